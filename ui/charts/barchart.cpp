#include "ui/charts/barchart.h"

#include "ui/charts/charttheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace swb {

BarChart::BarChart(QWidget* parent)
    : AxisChart(parent)
    , m_labelItem(new BarLabels(m_chart))
{
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { m_labelItem->relayout(); });
}

BarChart::~BarChart() = default;

void BarChart::setHorizontal(bool horizontal)
{
    m_horizontal = horizontal;
    rebuild();
}

void BarChart::setLabelsVisible(bool visible)
{
    m_labels = visible;
    rebuild();
}

void BarChart::setReferenceLine(std::optional<double> value, const QString& label)
{
    m_reference = value;
    m_referenceLabel = label;
    rebuild();
}

void BarChart::setData(const QStringList& categories, const QList<BarSet>& sets)
{
    m_categories = categories;
    m_sets = sets;
    rebuild();
}

void BarChart::rebuild()
{
    clearChart();
    QAbstractBarSeries* series = m_horizontal ? static_cast<QAbstractBarSeries*>(new QHorizontalBarSeries)
                                              : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double top = m_reference.value_or(0.0);
    double bottom = std::min(0.0, m_reference.value_or(0.0));
    const QLocale locale;
    const double unit = std::pow(10.0, m_decimals);
    const auto rounded = [unit](double v) {
        return std::round(v * unit) / unit;
    };
    const auto format = [&](double v) {
        return locale.toString(rounded(v), 'f', m_decimals) + m_suffix;
    };
    for (int index = 0; index < m_sets.size(); ++index) {
        const BarSet& data = m_sets[index];
        auto* set = new QBarSet(data.name);
        set->setColor(data.color.isValid() ? data.color : ChartTheme::seriesColor(index));
        set->setBorderColor(set->color());
        for (double value : data.values) {
            *set << rounded(value); // drawn as rounded as its label says
            top = std::max(top, value);
            bottom = std::min(bottom, value);
        }
        series->append(set);
    }
    // Our own labels: Qt Charts' would drop trailing zeros ("9%" next to "12.4%").
    series->setLabelsVisible(false);
    QList<QStringList> texts;
    for (const BarSet& data : std::as_const(m_sets)) {
        QStringList setTexts;
        for (double value : data.values)
            setTexts << format(value);
        texts << setTexts;
    }
    m_labelItem->setFont(m_chart->legend()->font());
    m_labelItem->setColor(m_chart->titleBrush().color());
    m_labelItem->setBars(m_labels ? series : nullptr, m_horizontal, texts);
    m_chart->addSeries(series);

    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_categories);
    // Segment names in full: Qt Charts elides them to "…" in a narrow chart, which leaves the bars unnamed.
    categoryAxis->setTruncateLabels(false);
    auto* valueAxis = new QValueAxis;
    valueAxis->setRange(bottom, top > bottom ? top * 1.12 : bottom + 1.0);
    valueAxis->setTitleText(m_valueTitle);
    valueAxis->setLabelFormat(valueLabelFormat());
    valueAxis->applyNiceNumbers();
    valueAxis->setTruncateLabels(false); // as in SweepChart: no "10,0…"
    m_chart->addAxis(categoryAxis, m_horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    m_chart->addAxis(valueAxis, m_horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);

    if (m_reference && !m_categories.isEmpty()) {
        // A line series on a category axis takes the category index as x: from the left edge to the right one.
        auto* line = new QLineSeries;
        line->setName(m_referenceLabel.isEmpty()
                          ? format(*m_reference)
                          : QStringLiteral("%1 (%2)").arg(m_referenceLabel, format(*m_reference)));
        const double from = -0.5;
        const double to = double(m_categories.size()) - 0.5;
        if (m_horizontal)
            line->append({QPointF(*m_reference, from), QPointF(*m_reference, to)});
        else
            line->append({QPointF(from, *m_reference), QPointF(to, *m_reference)});
        QPen pen(m_chart->titleBrush().color(), 1.5, Qt::DashLine);
        line->setPen(pen);
        m_chart->addSeries(line);
        line->attachAxis(categoryAxis);
        line->attachAxis(valueAxis);
    }
    m_chart->legend()->setVisible(m_sets.size() > 1 || m_reference.has_value());
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    // "DE: Segment A 12.4%, Base 9.0%": each category's values, as the labels write them.
    QStringList lines;
    for (int c = 0; c < m_categories.size(); ++c) {
        QStringList values;
        for (const BarSet& data : std::as_const(m_sets)) {
            if (c < data.values.size())
                values << (data.name.isEmpty() ? format(data.values[c])
                                               : QStringLiteral("%1 %2").arg(data.name, format(data.values[c])));
        }
        lines << QStringLiteral("%1: %2").arg(m_categories[c], values.join(QStringLiteral(", ")));
    }
    if (m_reference)
        lines << tr("Reference line: %1 %2").arg(m_referenceLabel, format(*m_reference)).simplified();
    setAccessibleDescription(lines.join(QLatin1Char('\n'))); // the picture's text alternative
}

QList<BarLabel> BarChart::valueLabels() const
{
    return m_labelItem->layout();
}

QRectF BarChart::plotArea() const
{
    return m_chart->plotArea();
}

} // namespace swb
