#include "ui/charts/barlabels.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QFontMetricsF>
#include <QPainter>

namespace swb {

namespace {

constexpr double s_gap = 4.0; // pixels between a bar's end and its label

} // namespace

BarLabels::BarLabels(QChart* chart)
    : QGraphicsItem(chart)
    , m_chart(chart)
{
    setZValue(100); // above the series and the grid
}

void BarLabels::setBars(QAbstractBarSeries* series, bool horizontal, const QList<QStringList>& texts)
{
    prepareGeometryChange();
    m_series = series;
    m_horizontal = horizontal;
    m_texts = texts;
    update();
}

void BarLabels::setFont(const QFont& font)
{
    m_font = font;
    update();
}

void BarLabels::setColor(const QColor& color)
{
    m_color = color;
    update();
}

void BarLabels::relayout()
{
    prepareGeometryChange();
    update();
}

QPointF BarLabels::position(double category, double value) const
{
    return m_chart->mapToPosition(m_horizontal ? QPointF(value, category) : QPointF(category, value), m_series);
}

QRectF BarLabels::pastLabel(QRectF rect, const QRectF& other, bool forward) const
{
    if (m_horizontal) {
        if (forward)
            rect.moveLeft(other.right() + s_gap);
        else
            rect.moveRight(other.left() - s_gap);
    } else {
        if (forward)
            rect.moveBottom(other.top() - s_gap);
        else
            rect.moveTop(other.bottom() + s_gap);
    }
    return rect;
}

QList<BarLabel> BarLabels::layout() const
{
    QList<BarLabel> labels;
    if (!m_series)
        return labels;
    const QRectF plot = m_chart->plotArea();
    const QFontMetricsF metrics(m_font);
    const QList<QBarSet*> sets = m_series->barSets();
    // Qt Charts lays the sets of a category side by side across barWidth() categories, centred on the category.
    const double width = m_series->barWidth();
    for (int set = 0; set < sets.size() && set < m_texts.size(); ++set) {
        for (int category = 0; category < sets[set]->count() && category < m_texts[set].size(); ++category) {
            const double value = sets[set]->at(category);
            const double middle = category - width / 2.0 + (set + 0.5) * width / double(sets.size());
            const QPointF start = position(middle, 0.0);
            const QPointF end = position(middle, value);
            BarLabel label{m_texts[set][category], QRectF(QPointF(), metrics.size(0, m_texts[set][category])), false};
            label.rect.moveCenter(end);
            // Screen coordinates grow to the right and downwards: a positive bar ends right of (above) its start.
            const bool forward = m_horizontal ? end.x() >= start.x() : end.y() <= start.y();
            const auto place = [&](bool past) {
                if (m_horizontal) {
                    if (forward == past)
                        label.rect.moveLeft(end.x() + s_gap);
                    else
                        label.rect.moveRight(end.x() - s_gap);
                } else {
                    if (forward == past)
                        label.rect.moveBottom(end.y() - s_gap);
                    else
                        label.rect.moveTop(end.y() + s_gap);
                }
            };
            place(true);
            // Bars of neighbouring sets that end alike would put their labels on top of each other: a later one
            // moves on past the earlier.
            for (const BarLabel& earlier : std::as_const(labels)) {
                if (!earlier.inside && earlier.rect.intersects(label.rect))
                    label.rect = pastLabel(label.rect, earlier.rect, forward);
            }
            if (!plot.contains(label.rect)) {
                const QRectF past = label.rect;
                place(false);
                const QRectF bar = QRectF(start, end).normalized().adjusted(-1, -1, 1, 1);
                const bool fits = m_horizontal ? bar.width() >= label.rect.width() + 2 * s_gap
                                               : bar.height() >= label.rect.height() + 2 * s_gap;
                label.inside = fits;
                if (!fits)
                    label.rect = past;
            }
            labels << label;
        }
    }
    return labels;
}

QRectF BarLabels::boundingRect() const
{
    return QRectF(QPointF(0, 0), m_chart->size());
}

void BarLabels::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    if (!m_series)
        return;
    const QList<QBarSet*> sets = m_series->barSets();
    const QList<BarLabel> labels = layout();
    painter->setFont(m_font);
    int index = 0;
    for (int set = 0; set < sets.size() && set < m_texts.size(); ++set) {
        const QColor bar = sets[set]->color();
        // Inside a bar the text takes the colour that stands out against the bar.
        const QColor inside = bar.lightnessF() > 0.6 ? QColor(Qt::black) : QColor(Qt::white);
        for (int category = 0; category < sets[set]->count() && category < m_texts[set].size(); ++category) {
            const BarLabel& label = labels.at(index++);
            painter->setPen(label.inside ? inside : m_color);
            painter->drawText(label.rect, Qt::AlignCenter, label.text);
        }
    }
}

} // namespace swb
