// The right side of the Clusters page: the k sweep, the customers on the first two principal components coloured by
// cluster, the profile heatmap, and the cluster table (labels to edit, sizes, each cluster as a rule) with "Save
// Clusters as Segments" and "Open in Builder".
#pragma once

#include "model/analytics/clusteranalysis.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTabWidget;
class QTableView;

namespace swb {

class ChartPanel;
class ClusterTableModel;
class ProfileHeatmap;
class ScatterPlot;
class SweepChart;

class ClusterResults : public QWidget
{
    Q_OBJECT

public:
    explicit ClusterResults(QWidget* parent = nullptr);

    // `labels`: the user's labels for this k (empty: the automatic ones).
    void showRun(const ClusterRun& run, const std::optional<KSweepResult>& sweep, const QStringList& labels);
    // Customer keys of the scatter's points, in the projection's order.
    void setKeys(const QStringList& keys);
    void clear();

    SweepChart* sweepChart() const { return m_sweep; }
    ScatterPlot* scatter() const { return m_scatter; }
    ProfileHeatmap* heatmap() const { return m_heatmap; }
    ClusterTableModel* clusterModel() const { return m_model; }
    QTableView* clusterView() const { return m_table; }
    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* openButton() const { return m_open; }
    QList<ChartPanel*> charts() const;
    // The cluster chosen in the table (the first when none is).
    int currentCluster() const;

signals:
    void kActivated(int k);
    void labelsEdited(const QStringList& labels);
    void saveRequested();
    void openRuleRequested(int cluster);

private:
    void createTable();
    // Labels changed: the heatmap's rows and the scatter's legend follow.
    void relabel();

    SweepChart* m_sweep = nullptr;
    ScatterPlot* m_scatter = nullptr;
    ProfileHeatmap* m_heatmap = nullptr;
    ClusterTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_open = nullptr;
    ClusterProfiles m_profiles;
    QStringList m_keys;
};

} // namespace swb
