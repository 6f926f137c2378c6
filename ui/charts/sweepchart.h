// The k sweep of a clustering: the inertia (elbow) on the left axis and the silhouette on the right, one point per k,
// the Calinski–Harabasz index in each point's tooltip, the suggested k marked and the shown k ringed. Clicking a
// point (or Left/Right from the keyboard) emits kActivated.
#pragma once

#include "ui/charts/axischart.h"

#include <QList>

#include <optional>

namespace swb {

struct SweepChartPoint
{
    int k = 0;
    double inertia = 0;
    std::optional<double> silhouette;
    std::optional<double> calinskiHarabasz;
    std::optional<double> daviesBouldin;
};

class SweepChart : public AxisChart
{
    Q_OBJECT

public:
    explicit SweepChart(QWidget* parent = nullptr);
    ~SweepChart() override;

    void setData(const QList<SweepChartPoint>& points, int suggestedK);
    // The k whose clusters the page shows (ringed); 0 for none.
    void setShownK(int k);
    void clear();

    QList<SweepChartPoint> points() const { return m_points; }
    int suggestedK() const { return m_suggestedK; }
    int shownK() const { return m_shownK; }
    // What a point's tooltip says.
    QString tipFor(int k) const;
    // As a click on the point of k (tests, keyboard).
    void activate(int k);

signals:
    void kActivated(int k);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuild() override;
    int nearestK(double x) const;

    QList<SweepChartPoint> m_points;
    int m_suggestedK = 0;
    int m_shownK = 0;
};

} // namespace swb
