#include "ui/report/reportcanvas.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

#include <numeric>

namespace swb {

namespace {

constexpr double footerHeight = 28.0;
const QColor textColor(0x20, 0x20, 0x20);
const QColor mutedColor(0x60, 0x60, 0x60);
const QColor ruleColor(0xb0, 0xb0, 0xb0);
const QColor headerFill(0xe8, 0xeb, 0xef);

} // namespace

ReportCanvas::ReportCanvas(QPdfWriter& writer, QPainter& painter, QString footer)
    : m_writer(writer)
    , m_painter(painter)
    , m_footer(std::move(footer))
{
    const QRectF page(QPointF(0, 0), QSizeF(painter.viewport().size()));
    m_body = page.adjusted(0, 0, 0, -footerHeight);
    m_footerArea = QRectF(page.left(), page.bottom() - footerHeight, page.width(), footerHeight);
}

QFont ReportCanvas::font(double points, bool bold) const
{
    QFont font = QApplication::font();
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

void ReportCanvas::footer()
{
    m_painter.save();
    m_painter.setPen(QPen(ruleColor, 0.8));
    const double y = m_footerArea.top() + 8;
    m_painter.drawLine(QPointF(m_footerArea.left(), y), QPointF(m_footerArea.right(), y));
    m_painter.setFont(font(8));
    m_painter.setPen(mutedColor);
    const QRectF text = m_footerArea.adjusted(0, 10, 0, 0);
    const QString number = tr("Page %1 of %2").arg(QLocale().toString(m_page), QLocale().toString(m_totalPages));
    const QFontMetricsF metrics(m_painter.font(), m_painter.device());
    const QString left
        = metrics.elidedText(m_footer, Qt::ElideMiddle, text.width() - metrics.horizontalAdvance(number) - 24);
    m_painter.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, left);
    m_painter.drawText(text, Qt::AlignRight | Qt::AlignVCenter, number);
    m_painter.restore();
}

void ReportCanvas::newPage()
{
    footer();
    m_writer.newPage();
    ++m_page;
}

void ReportCanvas::finish()
{
    footer();
}

double ReportCanvas::paragraph(const QString& text, double top, const QFont& font, double width, const QColor& color,
                               double left)
{
    const double x = left < 0 ? m_body.left() : left;
    const double w = width < 0 ? m_body.right() - x : width;
    m_painter.setFont(font);
    m_painter.setPen(color.isValid() ? color : textColor);
    const QRectF bounds(x, top, w, m_body.bottom() - top);
    QRectF used;
    m_painter.drawText(bounds, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return top + used.height();
}

double ReportCanvas::heading(const QString& text, double top, double points)
{
    const double bottom = paragraph(text, top, font(points, true));
    m_painter.setPen(QPen(ruleColor, 0.8));
    m_painter.drawLine(QPointF(m_body.left(), bottom + 3), QPointF(m_body.right(), bottom + 3));
    return bottom + 12;
}

double ReportCanvas::rowHeight(const ReportTable& table, double width) const
{
    const QFontMetricsF metrics(font(table.fontSize), m_painter.device());
    int lines = 1;
    if (table.wrapFirst && !table.widths.isEmpty()) {
        const double room = columnWidths(table, width).first() - 8;
        for (const QStringList& row : table.rows) {
            if (metrics.horizontalAdvance(row.value(0)) > room)
                lines = 2;
        }
    }
    return metrics.height() * lines + 7;
}

QList<double> ReportCanvas::columnWidths(const ReportTable& table, double width) const
{
    const double total = std::accumulate(table.widths.cbegin(), table.widths.cend(), 0.0);
    QList<double> widths;
    if (!table.fitContent) {
        for (double w : table.widths)
            widths << width * w / total;
        return widths;
    }
    // Numbers are never cut short: each column gets the room of its longest value first, then a share of the rest.
    const QFontMetricsF plain(font(table.fontSize), m_painter.device());
    const QFontMetricsF bold(font(table.fontSize, true), m_painter.device());
    QList<double> needed;
    for (int column = 0; column < table.widths.size(); ++column) {
        double need = 0;
        const QStringList words = table.headers.value(column).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString& word : words)
            need = std::max(need, bold.horizontalAdvance(word));
        for (const QStringList& row : table.rows) {
            double text = plain.horizontalAdvance(row.value(column));
            if (column == 0 && table.wrapFirst)
                text = std::min(text, width * 0.25);
            need = std::max(need, text);
        }
        needed << need + 10;
    }
    const double sum = std::accumulate(needed.cbegin(), needed.cend(), 0.0);
    const double spare = width - sum;
    for (int column = 0; column < needed.size(); ++column) {
        widths << (spare >= 0 ? needed[column] + spare * table.widths[column] / total
                              : needed[column] * width / sum); // too wide for the page: all narrower alike
    }
    return widths;
}

double ReportCanvas::headerHeight(const ReportTable& table, double width) const
{
    const QFontMetricsF metrics(font(table.fontSize, true), m_painter.device());
    const QList<double> widths = columnWidths(table, width);
    double height = 0;
    for (int column = 0; column < widths.size(); ++column) {
        const QRectF room(0, 0, widths[column] - 8, 1000);
        height = std::max(height, metrics.boundingRect(room, Qt::TextWordWrap, table.headers.value(column)).height());
    }
    return std::max(height + 8, QFontMetricsF(font(table.fontSize), m_painter.device()).height() + 7);
}

int ReportCanvas::rowsFitting(const ReportTable& table, double width, double height) const
{
    const double row = rowHeight(table, width);
    return std::max(0, int((height - headerHeight(table, width)) / row));
}

double ReportCanvas::table(const ReportTable& table, const QRectF& area, int first, int count)
{
    const QList<double> widths = columnWidths(table, area.width());
    const double row = rowHeight(table, area.width());
    const QFont bold = font(table.fontSize, true);
    const QFont plain = font(table.fontSize);
    const QFontMetricsF metrics(plain, m_painter.device());
    const int last = std::min<int>(first + count, table.rows.size());
    double y = area.top();
    auto cells = [&](const QStringList& texts, double height, bool header, int rowIndex) {
        double x = area.left();
        for (int column = 0; column < widths.size(); ++column) {
            const QRectF cell(x, y, widths[column], height);
            QColor fill = header ? headerFill : QColor();
            if (!header && rowIndex < table.backgrounds.size() && column < table.backgrounds[rowIndex].size())
                fill = table.backgrounds[rowIndex][column];
            if (fill.isValid())
                m_painter.fillRect(cell, fill);
            const QRectF inner = cell.adjusted(4, 2, -4, -2);
            const Qt::Alignment align = (column < table.leftAligned ? Qt::AlignLeft : Qt::AlignRight)
                | (header ? Qt::AlignBottom : Qt::AlignVCenter);
            m_painter.setFont(header ? bold : plain);
            m_painter.setPen(textColor);
            const QString text = texts.value(column);
            if (header || (column == 0 && table.wrapFirst)) {
                m_painter.save();
                m_painter.setClipRect(cell);
                m_painter.drawText(inner, align | Qt::TextWordWrap, text);
                m_painter.restore();
            } else
                m_painter.drawText(inner, align, metrics.elidedText(text, Qt::ElideRight, inner.width()));
            x += widths[column];
        }
        y += height;
        m_painter.setPen(QPen(ruleColor, header ? 1.0 : 0.5));
        m_painter.drawLine(QPointF(area.left(), y), QPointF(area.left() + area.width(), y));
    };
    cells(table.headers, headerHeight(table, area.width()), true, -1);
    for (int index = first; index < last; ++index)
        cells(table.rows[index], row, false, index);
    return y;
}

} // namespace swb
