#include "ui/charts/profileheatmap.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace swb {

namespace {

QString number(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const double magnitude = std::abs(value);
    return QLocale().toString(value, 'f', magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2);
}

// " ▲" or " ▼" after a mean far enough from everyone's to be tinted: above or below shows as a sign too, not by the
// red or blue fill alone.
QString arrowFor(double zScore)
{
    if (!std::isfinite(zScore) || std::abs(zScore) < 0.5)
        return {};
    return zScore > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼");
}

} // namespace

class ProfileHeatmapView : public QWidget
{
public:
    explicit ProfileHeatmapView(ProfileHeatmap* owner)
        : QWidget(owner)
        , m_owner(owner)
    {
        setMouseTracking(true);
        setMinimumSize(240, 140);
    }

    struct Geometry
    {
        int left = 0, top = 0, title = 0;
        QSize cell;
    };
    Geometry geometry() const
    {
        const ProfileHeatmapData& d = m_owner->m_data;
        const QFontMetrics metrics(font());
        Geometry g;
        int labelWidth = 0;
        for (const QString& row : d.rows)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(row));
        g.title = m_owner->title().isEmpty() ? 0 : metrics.height() + 8;
        g.left = std::min(labelWidth + 12, width() * 2 / 5);
        g.top = g.title + metrics.height() * 3 + 8;
        const int columns = std::max<int>(1, int(d.columns.size()));
        const int rows = std::max<int>(1, int(d.rows.size()));
        g.cell = QSize(std::max(40, (width() - g.left - 4) / columns),
                       std::clamp((height() - g.top - 4) / rows, metrics.height() + 6, metrics.height() * 3));
        return g;
    }

protected:
    void paintEvent(QPaintEvent*) override;
    void mouseMoveEvent(QMouseEvent* event) override
    {
        const Geometry g = geometry();
        const QPoint p = event->position().toPoint();
        const int column = p.x() < g.left ? -1 : (p.x() - g.left) / g.cell.width();
        const int row = p.y() < g.top ? -1 : (p.y() - g.top) / g.cell.height();
        if (row < 0 || column < 0 || row >= m_owner->m_data.rows.size() || column >= m_owner->m_data.columns.size())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), m_owner->tipFor(row, column), this);
    }

private:
    ProfileHeatmap* m_owner;
};

void ProfileHeatmapView::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const ProfileHeatmapData& d = m_owner->m_data;
    const Geometry g = geometry();
    const QFontMetrics metrics(font());
    const QColor text = palette().color(QPalette::Text);
    painter.setPen(text);
    if (g.title > 0) {
        QFont bold = font();
        bold.setBold(true);
        painter.setFont(bold);
        painter.drawText(QRect(0, 2, width(), g.title), Qt::AlignHCenter | Qt::AlignTop, m_owner->title());
        painter.setFont(font());
    }
    for (int c = 0; c < d.columns.size(); ++c) {
        const QRect header(g.left + c * g.cell.width() + 2, g.title, g.cell.width() - 4, g.top - g.title - 4);
        painter.drawText(header, Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap, d.columns[c]);
    }
    for (int r = 0; r < d.rows.size(); ++r) {
        const QRect label(0, g.top + r * g.cell.height(), g.left - 6, g.cell.height());
        painter.setPen(text);
        // A long label ("2: high Orders count, high Total revenue") wraps onto the lines of its row; only what does
        // not fit even then is cut.
        const QString& full = d.rows[r];
        QString shown = full;
        for (int room = label.width() * 3; room > 0
             && metrics.boundingRect(label, Qt::AlignRight | Qt::TextWordWrap, shown).height() > label.height();
             room -= std::max(1, metrics.averageCharWidth() * 2))
            shown = metrics.elidedText(full, Qt::ElideRight, room);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap, shown);
        for (int c = 0; c < d.columns.size(); ++c) {
            const QRect cell(g.left + c * g.cell.width() + 1, g.top + r * g.cell.height() + 1, g.cell.width() - 2,
                             g.cell.height() - 2);
            const double z = d.zScores.value(r).value(c);
            painter.fillRect(cell, ProfileHeatmap::colorFor(z));
            // The fills are light or saturated whatever the theme: the text takes the contrasting ink.
            painter.setPen(std::abs(z) > 1.3 ? QColor(Qt::white) : QColor(Qt::black));
            painter.drawText(
                cell, Qt::AlignCenter,
                metrics.elidedText(m_owner->cellText(r, c) + arrowFor(z), Qt::ElideRight, cell.width() - 4));
        }
    }
}

ProfileHeatmap::ProfileHeatmap(QWidget* parent)
    : ChartPanel(parent)
    , m_view(new ProfileHeatmapView(this))
{
    setView(m_view);
}

void ProfileHeatmap::setTitle(const QString& title)
{
    setTitleText(title);
    setAccessibleName(title);
    m_view->setAccessibleName(title);
    m_view->update();
}

void ProfileHeatmap::setData(const ProfileHeatmapData& data)
{
    m_data = data;
    m_view->update();
    // Each cluster's means with their z-scores, as the tooltips give them.
    QStringList lines;
    for (int r = 0; r < m_data.rows.size(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_data.columns.size(); ++c)
            cells << tr("%1 %2 (z-score %3)")
                         .arg(m_data.columns[c], cellText(r, c) + arrowFor(m_data.zScores.value(r).value(c)),
                              QLocale().toString(m_data.zScores.value(r).value(c), 'f', 2));
        lines << QStringLiteral("%1: %2").arg(m_data.rows[r], cells.join(QStringLiteral("; ")));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

QString ProfileHeatmap::cellText(int row, int column) const
{
    return number(m_data.means.value(row).value(column, qQNaN()));
}

QString ProfileHeatmap::tipFor(int row, int column) const
{
    if (row < 0 || row >= m_data.rows.size() || column < 0 || column >= m_data.columns.size())
        return {};
    const double z = m_data.zScores.value(row).value(column);
    return tr("%1 (%2 customers)\n%3: mean %4, all clustered customers %5\nz-score %6")
        .arg(m_data.rows[row], QLocale().toString(m_data.sizes.value(row)), m_data.columns[column],
             cellText(row, column), number(m_data.baseMeans.value(column, qQNaN())), QLocale().toString(z, 'f', 2));
}

QColor ProfileHeatmap::colorFor(double zScore)
{
    const double t = std::isfinite(zScore) ? std::clamp(std::abs(zScore) / 2.0, 0.0, 1.0) : 0.0;
    const QColor end = zScore < 0 ? QColor(0x2c7bb6) : QColor(0xd7191c);
    return QColor::fromRgbF(1.0 + (end.redF() - 1.0) * t, 1.0 + (end.greenF() - 1.0) * t,
                            1.0 + (end.blueF() - 1.0) * t);
}

} // namespace swb
