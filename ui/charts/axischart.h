// The part every Qt Charts chart with a value axis shares: the chart and its view, the title, and how values are
// written (decimals and a suffix). Subclasses draw their series in rebuild(), called after every change.
#pragma once

#include "ui/charts/chartpanel.h"

class QChart;
class QChartView;

namespace swb {

class AxisChart : public ChartPanel
{
    Q_OBJECT

public:
    explicit AxisChart(QWidget* parent = nullptr);
    ~AxisChart() override;

    void setTitle(const QString& title);
    void setValueAxisTitle(const QString& title);
    // How values appear on labels and the value axis: `decimals` after the point, then `suffix` ("%", " €").
    void setValueFormat(int decimals, const QString& suffix = {});

protected:
    virtual void rebuild() = 0;
    void settle() override;
    // Removes the series and the axes (deleting both) before a rebuild.
    void clearChart();
    // The value axis' label format ("%.1f%"; numbers are localized, see ChartTheme).
    QString valueLabelFormat() const;

    QChart* m_chart = nullptr;
    QChartView* m_view = nullptr;
    QString m_valueTitle;
    int m_decimals = 0;
    QString m_suffix;
};

} // namespace swb
