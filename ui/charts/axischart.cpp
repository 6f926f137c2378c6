#include "ui/charts/axischart.h"

#include "ui/charts/charttheme.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>

#include <algorithm>

namespace swb {

AxisChart::AxisChart(QWidget* parent)
    : ChartPanel(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    ChartTheme::apply(m_chart, darkPalette());
    setView(m_view);
}

AxisChart::~AxisChart() = default;

void AxisChart::setTitle(const QString& title)
{
    setTitleText(title);
    setAccessibleName(title);
    m_chart->setTitle(title);
}

void AxisChart::setValueAxisTitle(const QString& title)
{
    m_valueTitle = title;
    rebuild();
}

void AxisChart::setValueFormat(int decimals, const QString& suffix)
{
    m_decimals = std::clamp(decimals, 0, 6);
    m_suffix = suffix;
    rebuild();
}

void AxisChart::settle()
{
    // Qt Charts creates an axis' labels and grid when its layout runs, which a rebuild only requests.
    if (QGraphicsLayout* layout = m_chart->layout())
        layout->activate();
}

void AxisChart::clearChart()
{
    m_chart->removeAllSeries();
    // removeAxis() hands the axis back to us: delete it, or every rebuild leaks one.
    for (QAbstractAxis* axis : m_chart->axes()) {
        m_chart->removeAxis(axis);
        delete axis;
    }
}

QString AxisChart::valueLabelFormat() const
{
    return QStringLiteral("%.") + QString::number(m_decimals) + QStringLiteral("f") + m_suffix;
}

} // namespace swb
