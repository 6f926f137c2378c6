// The customer-value charts: the backtest's repeat purchases per customer by calibration frequency (actual next to
// predicted, x = 0 … 7+), its weekly cumulative tracking lines and the distributions of predicted CLV and P(alive) over
// the customers.
#pragma once

#include "model/analytics/clvservice.h"

#include <QTabWidget>

namespace swb {

class BarChart;
class ChartPanel;
class LineChart;

class ValueCharts : public QTabWidget
{
    Q_OBJECT

public:
    explicit ValueCharts(QWidget* parent = nullptr);

    void showResult(const ClvResult& result);
    void clear();

    BarChart* frequencyChart() const { return m_frequency; }
    LineChart* trackingChart() const { return m_tracking; }
    BarChart* clvChart() const { return m_clv; }
    BarChart* pAliveChart() const { return m_pAlive; }
    QList<ChartPanel*> charts() const;

    // "0–50", …, "≥ 950" (the last of an open-ended histogram).
    static QStringList binLabels(const ClvHistogram& histogram, int decimals);

private:
    BarChart* m_frequency = nullptr;
    LineChart* m_tracking = nullptr;
    BarChart* m_clv = nullptr;
    BarChart* m_pAlive = nullptr;
};

} // namespace swb
