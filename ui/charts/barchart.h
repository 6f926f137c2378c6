// Bars per category, one colour per set (segment sizes; a KPI per segment with the base as a reference line; share
// of customers next to share of revenue; a field's distribution in a segment next to the base).
#pragma once

#include "ui/charts/axischart.h"
#include "ui/charts/barlabels.h"

#include <QColor>
#include <QList>
#include <QStringList>

#include <optional>

namespace swb {

struct BarSet
{
    QString name;
    QList<double> values; // one per category
    QColor color; // invalid: the theme's
};

class BarChart : public AxisChart
{
    Q_OBJECT

public:
    explicit BarChart(QWidget* parent = nullptr);
    ~BarChart() override;

    // Vertical bars (categories along the bottom) or horizontal (long names read better).
    void setHorizontal(bool horizontal);
    bool isHorizontal() const { return m_horizontal; }
    void setLabelsVisible(bool visible);
    // A dashed line across every category, e.g. the whole base's value.
    void setReferenceLine(std::optional<double> value, const QString& label = {});
    void setData(const QStringList& categories, const QList<BarSet>& sets);

    // What is drawn (GUI tests compare it with the CLI's numbers).
    QStringList categories() const { return m_categories; }
    QList<BarSet> sets() const { return m_sets; }
    std::optional<double> referenceLine() const { return m_reference; }
    // The value labels where they are drawn now (empty when hidden), and the plot area they stay in.
    QList<BarLabel> valueLabels() const;
    QRectF plotArea() const;

private:
    void rebuild() override;

    QStringList m_categories;
    QList<BarSet> m_sets;
    std::optional<double> m_reference;
    QString m_referenceLabel;
    bool m_horizontal = false;
    bool m_labels = true;
    BarLabels* m_labelItem = nullptr; // owned by the chart
};

} // namespace swb
