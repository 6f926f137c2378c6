// The Dashboard's four charts over a finished KPI report and overlap matrix: segment sizes (with their share of the
// base), one KPI per segment against the base, share of customers next to share of revenue, and the overlaps.
#pragma once

#include "model/segments/segmentrepository.h"

#include <QWidget>

class QComboBox;

namespace swb {

class BarChart;
class Heatmap;
class KpiTableModel;

class DashboardCharts : public QWidget
{
    Q_OBJECT

public:
    // At most this many segments are drawn; the table shows them all.
    static constexpr int maxDrawn = 20;

    explicit DashboardCharts(QWidget* parent = nullptr);

    // Redraws the KPI charts from `model` (rows: the base, then the segments in report order).
    void setKpis(const KpiTableModel* model);
    void setOverlap(const OverlapMatrix& matrix);
    void clear();

    BarChart* sizesChart() const { return m_sizes; }
    BarChart* kpiChart() const { return m_kpi; }
    BarChart* shareChart() const { return m_share; }
    Heatmap* overlapChart() const { return m_overlap; }
    QComboBox* kpiChoice() const { return m_kpiChoice; }
    // The KpiTableModel column the KPI chart shows.
    int kpiColumn() const;

signals:
    void overlapCellActivated(int row, int column);

private:
    void fillKpiChoice();
    void drawSizes();
    void drawKpi();
    void drawShares();
    int drawnCount() const;

    const KpiTableModel* m_model = nullptr;
    bool m_empty = true; // nothing drawn since the last clear
    BarChart* m_sizes = nullptr;
    BarChart* m_kpi = nullptr;
    BarChart* m_share = nullptr;
    Heatmap* m_overlap = nullptr;
    QComboBox* m_kpiChoice = nullptr;
};

} // namespace swb
