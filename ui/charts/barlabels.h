// The value written at the end of each bar of a Qt Charts bar series, in the chart's own format. Qt Charts writes
// its labels with printf's %g, which drops trailing zeros ("9%" next to "12.4%", "515.9" next to "795.15").
#pragma once

#include <QColor>
#include <QFont>
#include <QGraphicsItem>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QStringList>

class QAbstractBarSeries;
class QChart;

namespace swb {

struct BarLabel
{
    QString text;
    QRectF rect; // in the chart's coordinates
    bool inside = false; // drawn inside the bar's end: there was no room past it
};

class BarLabels : public QGraphicsItem
{
public:
    // A child item of `chart`, drawn above its series.
    explicit BarLabels(QChart* chart);

    // texts[set][category] for the bars of `series`; no series: nothing is drawn.
    void setBars(QAbstractBarSeries* series, bool horizontal, const QList<QStringList>& texts);
    void setFont(const QFont& font);
    void setColor(const QColor& color);
    // Where each text goes with the chart's current geometry: past the bar's end, or inside it when the plot area
    // ends there.
    QList<BarLabel> layout() const;
    // The chart's size or plot area changed.
    void relayout();

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    QPointF position(double category, double value) const;
    // `rect` moved on along the value axis until it clears `other`.
    QRectF pastLabel(QRectF rect, const QRectF& other, bool forward) const;

    QChart* m_chart = nullptr;
    QPointer<QAbstractBarSeries> m_series;
    bool m_horizontal = false;
    QList<QStringList> m_texts;
    QFont m_font;
    QColor m_color;
};

} // namespace swb
