// Groups × measures, each cell coloured by how far the group's mean lies from everyone's (a z-score: blue below,
// red above, white at the average) and labelled with the mean itself (cluster profiles). Painted by hand, like Heatmap.
#pragma once

#include "ui/charts/chartpanel.h"

#include <QList>
#include <QStringList>

namespace swb {

class ProfileHeatmapView;

struct ProfileHeatmapData
{
    QStringList rows; // e.g. "Cluster 1: high revenue"
    QList<qint64> sizes; // per row
    QStringList columns; // measures
    QList<double> baseMeans; // per column: everyone's mean
    QList<QList<double>> means; // [row][column], original units
    QList<QList<double>> zScores; // [row][column]
};

class ProfileHeatmap : public ChartPanel
{
    Q_OBJECT

public:
    explicit ProfileHeatmap(QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setData(const ProfileHeatmapData& data);
    void clear() { setData({}); }

    const ProfileHeatmapData& data() const { return m_data; }
    QString cellText(int row, int column) const;
    QString tipFor(int row, int column) const;
    // The fill of a cell: white at z = 0, full blue at z <= -2, full red at z >= 2.
    static QColor colorFor(double zScore);

private:
    friend class ProfileHeatmapView;
    ProfileHeatmapData m_data;
    ProfileHeatmapView* m_view = nullptr;
};

} // namespace swb
