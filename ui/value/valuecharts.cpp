#include "ui/value/valuecharts.h"

#include "ui/charts/barchart.h"
#include "ui/charts/linechart.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace swb {

namespace {

QList<double> toList(const std::vector<qint64>& counts)
{
    QList<double> out;
    for (const qint64 n : counts)
        out << double(n);
    return out;
}

} // namespace

ValueCharts::ValueCharts(QWidget* parent)
    : QTabWidget(parent)
    , m_frequency(new BarChart(this))
    , m_tracking(new LineChart(this))
    , m_clv(new BarChart(this))
    , m_pAlive(new BarChart(this))
{
    setObjectName(QStringLiteral("valueCharts"));
    setDocumentMode(true);
    m_frequency->setObjectName(QStringLiteral("valueFrequencyChart"));
    m_frequency->setTitle(tr("Later purchases by earlier purchases (x)"));
    m_frequency->setValueAxisTitle(tr("Purchases per customer"));
    m_frequency->setValueFormat(2);
    m_clv->setObjectName(QStringLiteral("valueClvChart"));
    m_clv->setTitle(tr("Customers by predicted CLV"));
    m_clv->setValueAxisTitle(tr("Customers"));
    m_clv->setValueFormat(0);
    m_clv->setLabelsVisible(false);
    // Ranges read better down the side than squeezed under twenty bars.
    m_clv->setHorizontal(true);
    m_pAlive->setObjectName(QStringLiteral("valuePAliveChart"));
    m_pAlive->setTitle(tr("Customers by probability of being active, P(alive)"));
    m_pAlive->setValueAxisTitle(tr("Customers"));
    m_pAlive->setValueFormat(0);
    m_pAlive->setHorizontal(true);
    m_tracking->setObjectName(QStringLiteral("valueTrackingChart"));
    m_tracking->setTitle(tr("Repeat purchases after the calibration end"));
    m_tracking->setValueAxisTitle(tr("Repeat purchases (cumulative)"));
    m_tracking->setValueFormat(0);
    addTab(m_frequency, tr("Backtest"));
    addTab(m_tracking, tr("Tracking"));
    addTab(m_clv, tr("Predicted CLV"));
    addTab(m_pAlive, tr("P(alive)"));
}

QList<ChartPanel*> ValueCharts::charts() const
{
    return {m_frequency, m_tracking, m_clv, m_pAlive};
}

QStringList ValueCharts::binLabels(const ClvHistogram& histogram, int decimals)
{
    const QLocale locale;
    QStringList labels;
    const int bins = int(histogram.counts.size());
    for (int i = 0; i < bins; ++i) {
        const double from = histogram.lower + i * histogram.width;
        if (histogram.openEnded && i == bins - 1)
            labels << tr("≥ %1").arg(locale.toString(from, 'f', decimals));
        else
            labels << tr("%1–%2").arg(locale.toString(from, 'f', decimals),
                                      locale.toString(from + histogram.width, 'f', decimals));
    }
    return labels;
}

void ValueCharts::showResult(const ClvResult& result)
{
    clear();
    if (!result.outcome.report || !result.outcome.report->fitted)
        return;
    const ClvReport& report = *result.outcome.report;
    if (report.backtest) {
        QStringList categories;
        BarSet actual{tr("Actual"), {}, {}};
        BarSet predicted{tr("Predicted"), {}, {}};
        for (const ClvFrequencyBin& bin : report.backtest->byFrequency) {
            categories << (&bin == &report.backtest->byFrequency.back() ? tr("%1+").arg(bin.x)
                                                                        : QString::number(bin.x));
            actual.values << bin.meanActual();
            predicted.values << bin.meanPredicted();
        }
        m_frequency->setTitle(tr("Later purchases by earlier purchases (x)"));
        m_frequency->setValueAxisTitle(
            tr("Purchases per customer in %1 weeks").arg(QLocale().toString(report.backtest->holdoutWeeks, 'f', 1)));
        m_frequency->setData(categories, {actual, predicted});
        LineSeriesData actualLine{tr("Actual"), {}, {}, false, false, {}};
        LineSeriesData predictedLine{tr("Predicted"), {}, {}, true, false, {}};
        const QDate end = report.calibrationEnd;
        for (const ClvTrackingPoint& point : report.backtest->weekly) {
            const QDate day = end.addDays(qint64(std::llround(point.week * 7)));
            actualLine.points.append({day, point.actual});
            predictedLine.points.append({day, point.predicted});
        }
        m_tracking->setSeries({actualLine, predictedLine});
    } else {
        m_frequency->setTitle(tr("Backtest: no orders after the calibration end. Choose an earlier calibration end to "
                                 "compare predictions with what happened."));
    }
    // Whole currency units, unless the bins are narrower (2.5, 0.5, ...): then as many decimals as the width has.
    const double width = result.clvHistogram.width;
    const int decimals = width >= 1 && width == std::floor(width)
        ? 0
        : std::clamp(int(std::ceil(-std::log10(width) + 1e-9)) + 1, 1, 4);
    m_clv->setData(binLabels(result.clvHistogram, decimals),
                   {BarSet{tr("Customers"), toList(result.clvHistogram.counts), {}}});
    m_pAlive->setData(binLabels(result.pAliveHistogram, 1),
                      {BarSet{tr("Customers"), toList(result.pAliveHistogram.counts), {}}});
}

void ValueCharts::clear()
{
    for (BarChart* chart : {m_frequency, m_clv, m_pAlive})
        chart->setData({}, {});
    m_tracking->setSeries({});
}

} // namespace swb
