// Values over time: one line per series on a date axis (a segment's size or a KPI from its snapshots, solid with
// points, and from the back-calculation, dashed).
#pragma once

#include "ui/charts/axischart.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QPair>
#include <QStringList>

namespace swb {

struct LineSeriesData
{
    QString name;
    QList<QPair<QDate, double>> points; // in date order
    QColor color; // invalid: the theme's
    bool dashed = false;
    bool markers = false; // a dot at each point (snapshots)
    QStringList tips; // shown when the pointer is near a point: one per point, or none
};

class LineChart : public AxisChart
{
    Q_OBJECT

public:
    explicit LineChart(QWidget* parent = nullptr);
    ~LineChart() override;

    // A line of small print under the chart ("Fields other than orders are taken as they are today").
    void setNote(const QString& note);
    void setSeries(const QList<LineSeriesData>& series);

    QList<LineSeriesData> series() const { return m_series; }

private:
    void rebuild() override;
    void showTip(int series, const QPointF& point, bool state);

    QList<LineSeriesData> m_series;
    QString m_note;
};

} // namespace swb
