#include "ui/charts/linechart.h"

#include "ui/charts/charttheme.h"

#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

LineChart::LineChart(QWidget* parent)
    : AxisChart(parent)
{ }

LineChart::~LineChart() = default;

void LineChart::setNote(const QString& note)
{
    m_note = note;
    rebuild();
}

void LineChart::setSeries(const QList<LineSeriesData>& series)
{
    m_series = series;
    rebuild();
}

void LineChart::rebuild()
{
    clearChart();
    auto* dates = new QDateTimeAxis;
    auto* values = new QValueAxis;
    QDate first;
    QDate last;
    double low = std::numeric_limits<double>::max();
    double high = std::numeric_limits<double>::lowest();
    for (int index = 0; index < m_series.size(); ++index) {
        const LineSeriesData& data = m_series[index];
        auto* line = new QLineSeries;
        line->setName(data.name);
        for (const auto& [date, value] : data.points) {
            line->append(double(date.startOfDay().toMSecsSinceEpoch()), value);
            first = first.isValid() ? std::min(first, date) : date;
            last = last.isValid() ? std::max(last, date) : date;
            low = std::min(low, value);
            high = std::max(high, value);
        }
        QPen pen = line->pen();
        pen.setColor(data.color.isValid() ? data.color : ChartTheme::seriesColor(index));
        pen.setWidthF(2.0);
        pen.setStyle(data.dashed ? Qt::DashLine : Qt::SolidLine);
        line->setPen(pen);
        line->setPointsVisible(data.markers);
        if (!data.tips.isEmpty()) {
            connect(line, &QLineSeries::hovered, this,
                    [this, index](const QPointF& point, bool state) { showTip(index, point, state); });
        }
        m_chart->addSeries(line);
    }
    if (!first.isValid()) {
        first = QDate::currentDate().addMonths(-1);
        last = QDate::currentDate();
        low = 0;
        high = 1;
    }
    if (first == last)
        first = first.addDays(-1);
    dates->setRange(first.startOfDay(), last.startOfDay());
    const qint64 days = first.daysTo(last);
    // Month ends (or snapshots over months) read best as months with their year ("Mar 24", short enough for the
    // report's half-page charts); a few weeks as days.
    dates->setFormat(days > 62 ? QStringLiteral("MMM yy") : QStringLiteral("d MMM"));
    dates->setTickCount(std::clamp(int(days / 30) + 1, 2, 8));
    dates->setTitleText(m_note);
    dates->setTruncateLabels(false); // "mars 24", "sept. 24": French month names are longer than the tick spacing
    const double margin = high > low ? (high - low) * 0.08 : std::max(1.0, std::abs(high) * 0.1);
    // Counts and money start at zero (no axis reaching below it for a margin); values below zero get the margin.
    values->setRange(low >= 0 ? 0.0 : low - margin, high + margin);
    values->applyNiceNumbers();
    values->setTitleText(m_valueTitle);
    values->setLabelFormat(valueLabelFormat());
    values->setTruncateLabels(false); // as in SweepChart: no "10,0…"
    m_chart->addAxis(dates, Qt::AlignBottom);
    m_chart->addAxis(values, Qt::AlignLeft);
    for (QAbstractSeries* series : m_chart->series()) {
        series->attachAxis(dates);
        series->attachAxis(values);
    }
    m_chart->legend()->setVisible(m_series.size() > 1);
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    // Each line's points as dates and values in the interface's language.
    const QLocale locale;
    QStringList lines;
    for (const LineSeriesData& data : std::as_const(m_series)) {
        QStringList points;
        for (const auto& [date, value] : data.points)
            points << QStringLiteral("%1 %2").arg(locale.toString(date, QLocale::ShortFormat),
                                                  locale.toString(value, 'f', m_decimals) + m_suffix);
        lines << QStringLiteral("%1: %2").arg(data.name, points.join(QStringLiteral(", ")));
    }
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

void LineChart::showTip(int series, const QPointF& point, bool state)
{
    if (!state || series >= m_series.size()) {
        QToolTip::hideText();
        return;
    }
    // The point nearest to the pointer in time.
    const LineSeriesData& data = m_series[series];
    int nearest = -1;
    double distance = std::numeric_limits<double>::max();
    for (int i = 0; i < data.points.size() && i < data.tips.size(); ++i) {
        const double d = std::abs(double(data.points[i].first.startOfDay().toMSecsSinceEpoch()) - point.x());
        if (d < distance) {
            distance = d;
            nearest = i;
        }
    }
    if (nearest >= 0)
        QToolTip::showText(QCursor::pos(), data.tips[nearest], this);
}

} // namespace swb
