// Points in two dimensions coloured by group (customers on the first two principal components, coloured by cluster),
// with a legend that gives each group's size and a tooltip naming the point under the pointer. Painted by hand: tens
// of thousands of points stay quick, where Qt Charts makes an item per marker.
#pragma once

#include "ui/charts/chartpanel.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QStringList>

namespace swb {

class ScatterPlotView;

struct ScatterGroup
{
    QString name;
    qint64 size = 0; // all members, not only the drawn ones (the legend shows it)
    QColor color; // invalid: the palette's
};

class ScatterPlot : public ChartPanel
{
    Q_OBJECT

public:
    explicit ScatterPlot(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& y);
    // `groups[i]` is the group of point i, `names[i]` what its tooltip names (may be empty).
    void setData(const QList<QPointF>& points, const QList<int>& groupOfPoint, const QStringList& names,
                 const QList<ScatterGroup>& groups);
    void setNames(const QStringList& names);
    void clear();

    QList<QPointF> points() const { return m_points; }
    QList<int> groupOfPoint() const { return m_groupOf; }
    QList<ScatterGroup> groups() const { return m_groups; }
    QString xTitle() const { return m_xTitle; }
    QString yTitle() const { return m_yTitle; }
    QColor colorOf(int group) const;
    // What the tooltip of point `index` says.
    QString tipFor(int index) const;

private:
    friend class ScatterPlotView;
    QList<QPointF> m_points;
    QList<int> m_groupOf;
    QStringList m_names;
    QList<ScatterGroup> m_groups;
    QString m_xTitle;
    QString m_yTitle;
    ScatterPlotView* m_view = nullptr;
};

} // namespace swb
