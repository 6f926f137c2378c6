#include "ui/charts/matrixheatmap.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace swb {

// The painted table: axis titles and labels on the left and top, cells shaded from the base colour (no customers)
// to the highlight (the largest cell).
class MatrixHeatmapView : public QWidget
{
public:
    explicit MatrixHeatmapView(MatrixHeatmap* owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true);
        setMinimumSize(220, 160);
    }

    QRect cellRect(int row, int column) const { return cellRect(geometry(), row, column); }

protected:
    void paintEvent(QPaintEvent*) override;
    void mousePressEvent(QMouseEvent* event) override
    {
        const auto [row, column] = cellAt(event->position().toPoint());
        if (row < 0)
            return;
        m_current = {row, column};
        update();
        emit m_owner->cellActivated(row, column);
    }
    void mouseMoveEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    struct Geometry
    {
        int left = 0; // where the cells start
        int top = 0;
        int title = 0; // height of the title line
        int rowTitle = 0; // width of the vertical row title
        int labelLines = 1; // lines of the column labels
        QSize cell;
    };
    // Measures every label: once per paint, not once per cell.
    Geometry geometry() const;
    static QRect cellRect(const Geometry& g, int row, int column)
    {
        return QRect(g.left + column * g.cell.width(), g.top + row * g.cell.height(), g.cell.width(), g.cell.height());
    }
    std::pair<int, int> cellAt(QPoint point) const
    {
        const Geometry g = geometry();
        const int rows = int(m_owner->m_rowLabels.size());
        const int columns = int(m_owner->m_columnLabels.size());
        if (point.x() < g.left || point.y() < g.top || g.cell.isEmpty())
            return {-1, -1};
        const int column = (point.x() - g.left) / g.cell.width();
        const int row = (point.y() - g.top) / g.cell.height();
        if (row >= rows || column >= columns)
            return {-1, -1};
        return {row, column};
    }
    void paintLabels(QPainter& painter, const Geometry& g);

    MatrixHeatmap* m_owner;
    std::pair<int, int> m_current{0, 0};
};

MatrixHeatmapView::Geometry MatrixHeatmapView::geometry() const
{
    const int rows = std::max<int>(1, int(m_owner->m_rowLabels.size()));
    const int columns = std::max<int>(1, int(m_owner->m_columnLabels.size()));
    const QFontMetrics metrics(font());
    int labelWidth = 0;
    for (const QString& label : m_owner->m_rowLabels)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(label));
    Geometry g;
    g.title = m_owner->title().isEmpty() ? 0 : metrics.height() + 8;
    g.rowTitle = m_owner->m_rowTitle.isEmpty() ? 0 : metrics.height() + 6;
    g.left = g.rowTitle + std::min(labelWidth + 12, width() / 3);
    const int columnTitle = m_owner->m_columnTitle.isEmpty() ? 0 : metrics.height() + 4;
    const int cellWidth = std::max(24, (width() - g.left - 4) / columns);
    // Column labels wider than their cells wrap, word by word, onto up to three lines ("Loyal gold and platinum"
    // takes three in a narrow cell; with two its first line was cut off).
    g.labelLines = 1;
    for (const QString& label : m_owner->m_columnLabels) {
        if (metrics.horizontalAdvance(label) <= cellWidth - 4)
            continue;
        const int wrapped = metrics.boundingRect(QRect(0, 0, cellWidth - 4, 100000), Qt::TextWordWrap, label).height();
        g.labelLines = std::clamp(wrapped / std::max(1, metrics.height()), g.labelLines, 3);
    }
    g.top = g.title + columnTitle + g.labelLines * metrics.height() + 6;
    g.cell = QSize(cellWidth, std::max(metrics.height() + 6, (height() - g.top - 4) / rows));
    return g;
}

void MatrixHeatmapView::paintLabels(QPainter& painter, const Geometry& g)
{
    const QFontMetrics metrics(font());
    painter.setPen(palette().color(QPalette::Text));
    const int rows = int(m_owner->m_rowLabels.size());
    const int columns = int(m_owner->m_columnLabels.size());
    if (g.rowTitle > 0) {
        // Turned a quarter to the left, centred on the cells.
        painter.save();
        const int middle = g.top + rows * g.cell.height() / 2;
        painter.translate(0, middle);
        painter.rotate(-90);
        const int length = std::max(rows * g.cell.height(), 40);
        painter.drawText(QRect(-length / 2, 0, length, g.rowTitle), Qt::AlignCenter,
                         metrics.elidedText(m_owner->m_rowTitle, Qt::ElideRight, length));
        painter.restore();
    }
    if (!m_owner->m_columnTitle.isEmpty()) {
        const QRect title(g.left, g.title, columns * g.cell.width(), metrics.height() + 4);
        painter.drawText(title, Qt::AlignCenter,
                         metrics.elidedText(m_owner->m_columnTitle, Qt::ElideRight, title.width()));
    }
    for (int row = 0; row < rows; ++row) {
        const QRect label(g.rowTitle, g.top + row * g.cell.height(), g.left - g.rowTitle - 6, g.cell.height());
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                         metrics.elidedText(m_owner->m_rowLabels[row], Qt::ElideRight, label.width()));
    }
    for (int column = 0; column < columns; ++column) {
        const int height = g.labelLines * metrics.height();
        const QRect label(g.left + column * g.cell.width() + 2, g.top - height - 4, g.cell.width() - 4, height);
        const QString text = m_owner->m_columnLabels[column];
        // Longer labels are shortened until their wrapped lines fit: eliding to lines × width alone can still wrap
        // onto one line more, whose first line would be cut off.
        QString shown = text;
        for (int room = label.width() * g.labelLines;
             room > 0 && metrics.boundingRect(label, Qt::TextWordWrap, shown).height() > height;
             room -= std::max(1, label.width() / 4))
            shown = metrics.elidedText(text, Qt::ElideRight, room);
        painter.drawText(label, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, shown);
    }
}

void MatrixHeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const Geometry g = geometry();
    if (g.title > 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(QRect(0, 2, width(), g.title), Qt::AlignHCenter | Qt::AlignTop,
                         QFontMetrics(bold).elidedText(m_owner->title(), Qt::ElideRight, width()));
        painter.setFont(font());
    }
    if (m_owner->m_counts.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, g.title, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, m_owner->m_emptyText);
        return;
    }
    paintLabels(painter, g);
    const QColor low = palette().color(QPalette::Base);
    const QColor high = palette().color(QPalette::Highlight);
    const QFontMetrics metrics(font());
    for (int row = 0; row < int(m_owner->m_counts.size()); ++row) {
        for (int column = 0; column < int(m_owner->m_counts[row].size()); ++column) {
            const QRect cell = cellRect(g, row, column).adjusted(1, 1, -1, -1);
            const double share = m_owner->cellShade(row, column);
            const QColor fill = QColor::fromRgbF(low.redF() + (high.redF() - low.redF()) * share,
                                                 low.greenF() + (high.greenF() - low.greenF()) * share,
                                                 low.blueF() + (high.blueF() - low.blueF()) * share);
            painter.fillRect(cell, fill);
            painter.setPen(palette().color(QPalette::Mid));
            painter.drawRect(cell.adjusted(0, 0, -1, -1));
            // Dark text on light cells, light text on dark ones, whatever the palette.
            painter.setPen(fill.lightnessF() < 0.5 ? QColor(Qt::white) : QColor(Qt::black));
            const QString count = m_owner->cellText(row, column);
            const QString caption = m_owner->caption(row, column);
            const QRect inner = cell.adjusted(3, 2, -3, -2);
            if (caption.isEmpty() || inner.height() < 2 * metrics.height()) {
                painter.drawText(inner, Qt::AlignCenter, count);
            } else {
                // The caption wraps on the lines above the count (cut at a word when it does not fit); the two are
                // centred in the cell together.
                QFont bold = font();
                bold.setBold(true);
                const QFontMetrics boldMetrics(bold);
                const QRect room(inner.left(), inner.top(), inner.width(), inner.height() - metrics.height());
                const int lines = std::max(1, room.height() / boldMetrics.lineSpacing());
                const int needed = boldMetrics.boundingRect(room, Qt::TextWordWrap, caption).height();
                const QString shown = needed <= room.height()
                    ? caption
                    : boldMetrics.elidedText(caption, Qt::ElideRight, room.width() * lines);
                const int captionHeight = std::min(needed, room.height());
                const int top = inner.top() + (inner.height() - captionHeight - metrics.height()) / 2;
                painter.setFont(bold);
                painter.drawText(QRect(inner.left(), top, inner.width(), captionHeight),
                                 Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, shown);
                painter.setFont(font());
                painter.drawText(QRect(inner.left(), top + captionHeight, inner.width(), metrics.height()),
                                 Qt::AlignHCenter | Qt::AlignTop, count);
            }
            if (hasFocus() && m_current == std::pair(row, column)) {
                painter.setPen(QPen(palette().color(QPalette::Text), 1, Qt::DotLine));
                painter.drawRect(cell.adjusted(2, 2, -3, -3));
            }
        }
    }
}

void MatrixHeatmapView::mouseMoveEvent(QMouseEvent* event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row < 0 || row >= int(m_owner->m_counts.size())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(), m_owner->cellToolTip(row, column), this);
}

void MatrixHeatmapView::keyPressEvent(QKeyEvent* event)
{
    const int rows = int(m_owner->m_counts.size());
    const int columns = int(m_owner->m_columnLabels.size());
    auto& [row, column] = m_current;
    switch (event->key()) {
    case Qt::Key_Left:
        column = std::max(0, column - 1);
        break;
    case Qt::Key_Right:
        column = std::min(columns - 1, column + 1);
        break;
    case Qt::Key_Up:
        row = std::max(0, row - 1);
        break;
    case Qt::Key_Down:
        row = std::min(rows - 1, row + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (rows > 0 && columns > 0)
            emit m_owner->cellActivated(row, column);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

MatrixHeatmap::MatrixHeatmap(QWidget* parent)
    : ChartPanel(parent)
    , m_view(new MatrixHeatmapView(this))
{
    setView(m_view);
}

void MatrixHeatmap::setTitle(const QString& title)
{
    setTitleText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
    m_view->update();
}

void MatrixHeatmap::setAxisTitles(const QString& rows, const QString& columns)
{
    m_rowTitle = rows;
    m_columnTitle = columns;
    m_view->update();
}

void MatrixHeatmap::setData(const QStringList& rowLabels, const QStringList& columnLabels,
                            const QList<QList<qint64>>& counts, const QList<QStringList>& captions)
{
    m_rowLabels = rowLabels;
    m_columnLabels = columnLabels;
    m_counts = counts;
    m_captions = captions;
    m_max = 0;
    for (const QList<qint64>& row : counts) {
        for (const qint64 count : row)
            m_max = std::max(m_max, count);
    }
    m_view->update();
    // Each row's cells as the view draws them (a subclass's figures included), one line per row.
    QStringList lines;
    for (int row = 0; row < m_counts.size(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_counts[row].size(); ++column)
            cells << QStringLiteral("%1 %2").arg(m_columnLabels.value(column),
                                                 cellText(row, column).replace(QLatin1Char('\n'), QLatin1Char(' ')));
        lines << QStringLiteral("%1: %2").arg(m_rowLabels.value(row), cells.join(QStringLiteral("; ")));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

void MatrixHeatmap::setEmptyText(const QString& text)
{
    m_emptyText = text;
    m_view->update();
}

QString MatrixHeatmap::cellText(int row, int column) const
{
    return QLocale().toString(m_counts[row][column]);
}

double MatrixHeatmap::cellShade(int row, int column) const
{
    return m_max > 0 ? double(m_counts[row][column]) / double(m_max) : 0.0;
}

QString MatrixHeatmap::cellToolTip(int row, int column) const
{
    const QLocale locale;
    const QString where = caption(row, column);
    if (where.isEmpty()) {
        //: A heat-map cell's tooltip: row label, column label, customers.
        return tr("%1, %2: %3 customers")
            .arg(m_rowLabels[row], m_columnLabels[column], locale.toString(m_counts[row][column]));
    }
    //: A heat-map cell's tooltip: row label, column label, the cell's group, customers.
    return tr("%1, %2 (%3): %4 customers")
        .arg(m_rowLabels[row], m_columnLabels[column], where, locale.toString(m_counts[row][column]));
}

QRect MatrixHeatmap::cellRect(int row, int column) const
{
    return m_view->cellRect(row, column).translated(m_view->pos());
}

} // namespace swb
