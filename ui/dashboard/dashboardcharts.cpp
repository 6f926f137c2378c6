#include "ui/dashboard/dashboardcharts.h"

#include "ui/charts/barchart.h"
#include "ui/charts/charttheme.h"
#include "ui/charts/heatmap.h"
#include "ui/dashboard/kpitablemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace swb {

namespace {

bool isPercent(int column)
{
    return column == KpiTableModel::ShareOfBase || column == KpiTableModel::ShareOfRevenue
        || column == KpiTableModel::ChurnRate;
}

int decimalsOf(int column)
{
    if (column == KpiTableModel::Size || column == KpiTableModel::MedianRecency)
        return 0;
    return isPercent(column) ? 1 : 2;
}

// The value the KPI chart draws for `row` of `model`: percentages as 0…100; nullopt when unavailable.
std::optional<double> chartValue(const KpiTableModel* model, int row, int column)
{
    const QVariant value = model->index(row, column).data(Qt::UserRole);
    if (!value.isValid())
        return std::nullopt;
    return isPercent(column) ? value.toDouble() * 100.0 : value.toDouble();
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
    , m_sizes(new BarChart(this))
    , m_kpi(new BarChart(this))
    , m_share(new BarChart(this))
    , m_overlap(new Heatmap(this))
    , m_kpiChoice(new QComboBox(this))
{
    m_sizes->setObjectName(QStringLiteral("sizesChart"));
    m_sizes->setTitle(tr("Segment sizes"));
    m_sizes->setHorizontal(true);
    m_sizes->setValueAxisTitle(tr("Customers"));
    m_kpi->setObjectName(QStringLiteral("kpiChart"));
    m_kpi->setHorizontal(true);
    m_share->setObjectName(QStringLiteral("shareChart"));
    m_share->setTitle(tr("Who brings the money"));
    m_share->setHorizontal(true);
    m_share->setValueFormat(1, QStringLiteral("%"));
    m_share->setValueAxisTitle(tr("Share of all (%)"));
    m_overlap->setObjectName(QStringLiteral("overlapChart"));
    m_overlap->setTitle(tr("Overlaps (customers in both; % of the row's segment)"));
    m_kpiChoice->setObjectName(QStringLiteral("kpiChoice"));
    connect(m_overlap, &Heatmap::cellActivated, this, &DashboardCharts::overlapCellActivated);

    auto* kpiPanel = new QWidget(this);
    auto* kpiLayout = new QVBoxLayout(kpiPanel);
    kpiLayout->setContentsMargins(0, 0, 0, 0);
    auto* choiceRow = new QHBoxLayout;
    auto* choiceLabel = new QLabel(tr("&KPI:"), kpiPanel);
    choiceLabel->setBuddy(m_kpiChoice);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_kpiChoice);
    choiceRow->addStretch();
    kpiLayout->addLayout(choiceRow);
    kpiLayout->addWidget(m_kpi, 1);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_sizes, 0, 0);
    grid->addWidget(kpiPanel, 0, 1);
    grid->addWidget(m_share, 1, 0);
    grid->addWidget(m_overlap, 1, 1);
    for (int i = 0; i < 2; ++i) {
        grid->setRowStretch(i, 1);
        grid->setColumnStretch(i, 1);
    }
    fillKpiChoice();
    connect(m_kpiChoice, &QComboBox::currentIndexChanged, this, &DashboardCharts::drawKpi);
}

void DashboardCharts::fillKpiChoice()
{
    KpiTableModel headers;
    for (int column = KpiTableModel::Size; column < KpiTableModel::ColumnCount; ++column)
        m_kpiChoice->addItem(headers.headerData(column, Qt::Horizontal).toString(), column);
    m_kpiChoice->setCurrentIndex(m_kpiChoice->findData(int(KpiTableModel::RevenuePerCustomer)));
}

int DashboardCharts::kpiColumn() const
{
    return m_kpiChoice->currentData().toInt();
}

int DashboardCharts::drawnCount() const
{
    return m_model ? std::min(m_model->rowCount() - 1, maxDrawn) : 0;
}

void DashboardCharts::setKpis(const KpiTableModel* model)
{
    m_model = model;
    m_empty = false;
    drawSizes();
    drawKpi();
    drawShares();
}

void DashboardCharts::setOverlap(const OverlapMatrix& matrix)
{
    m_empty = false;
    m_overlap->setData(matrix.names, matrix.counts);
}

void DashboardCharts::clear()
{
    m_model = nullptr;
    if (std::exchange(m_empty, true))
        return; // drawn empty already: new charts cost milliseconds of the GUI thread
    m_sizes->setData({}, {});
    m_kpi->setReferenceLine(std::nullopt);
    m_kpi->setData({}, {});
    m_share->setData({}, {});
    m_overlap->setData({}, {});
}

void DashboardCharts::drawSizes()
{
    QStringList categories;
    BarSet sizes{tr("Customers"), {}, ChartTheme::seriesColor(0)};
    const QLocale locale;
    for (int row = 1; row <= drawnCount(); ++row) {
        const KpiSet& set = m_model->report().segments.at(row - 1);
        const QString share = set.share ? locale.toString(*set.share * 100.0, 'f', 1) : tr("n/a");
        //: A bar's label in the segment sizes chart: the segment's name, then (second line) its share of all customers.
        categories << tr("%1<br>%2% of all").arg(set.name.toHtmlEscaped(), share);
        sizes.values << double(set.size);
    }
    m_sizes->setData(categories, categories.isEmpty() ? QList<BarSet>{} : QList<BarSet>{sizes});
}

void DashboardCharts::drawKpi()
{
    if (!m_model)
        return;
    const int column = kpiColumn();
    const QString title = m_kpiChoice->currentText();
    m_kpi->setTitle(tr("%1 per segment").arg(title));
    m_kpi->setValueFormat(decimalsOf(column), isPercent(column) ? QStringLiteral("%") : QString());
    m_kpi->setValueAxisTitle(title);
    QStringList categories;
    BarSet values{title, {}, ChartTheme::seriesColor(1)};
    for (int row = 1; row <= drawnCount(); ++row) {
        categories << m_model->report().segments.at(row - 1).name;
        values.values << chartValue(m_model, row, column).value_or(0.0);
    }
    m_kpi->setReferenceLine(m_model->rowCount() > 0 ? chartValue(m_model, 0, column) : std::nullopt,
                            tr("All customers"));
    m_kpi->setData(categories, categories.isEmpty() ? QList<BarSet>{} : QList<BarSet>{values});
}

void DashboardCharts::drawShares()
{
    QStringList categories;
    BarSet customers{tr("Share of customers"), {}, ChartTheme::seriesColor(0)};
    BarSet revenue{tr("Share of revenue"), {}, ChartTheme::seriesColor(2)};
    for (int row = 1; row <= drawnCount(); ++row) {
        categories << m_model->report().segments.at(row - 1).name;
        customers.values << chartValue(m_model, row, KpiTableModel::ShareOfBase).value_or(0.0);
        revenue.values << chartValue(m_model, row, KpiTableModel::ShareOfRevenue).value_or(0.0);
    }
    m_share->setData(categories, categories.isEmpty() ? QList<BarSet>{} : QList<BarSet>{customers, revenue});
}

} // namespace swb
