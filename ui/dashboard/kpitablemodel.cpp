#include "ui/dashboard/kpitablemodel.h"

#include "ui/dashboard/tabletsv.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace swb {

namespace {

// How far a lift is from 100 on the shading's scale, -1 … 1; 0 for none or one too close to 100 to show.
double liftStrength(const std::optional<double>& l)
{
    if (!l)
        return 0.0;
    // log2 of the lift: 200 and 50 are equally far from 100; full colour at 4× or ¼; near 100 none.
    const double strength = std::clamp(std::log2(*l / 100.0) / 2.0, -1.0, 1.0);
    return std::abs(strength) < 0.02 ? 0.0 : strength;
}

// The JSON key of each KPI column (as in `swb kpis --json`), for the reasons a KPI is unavailable.
const char* kpiKey(int column)
{
    switch (column) {
    case KpiTableModel::Revenue:
    case KpiTableModel::ShareOfRevenue:
        return "revenue";
    case KpiTableModel::RevenuePerCustomer:
        return "revenue_per_customer";
    case KpiTableModel::AverageOrderValue:
        return "average_order_value";
    case KpiTableModel::PurchaseFrequency:
        return "purchase_frequency";
    case KpiTableModel::MedianRecency:
        return "median_recency_days";
    case KpiTableModel::ChurnRate:
        return "churn_rate";
    case KpiTableModel::Nps:
        return "nps";
    case KpiTableModel::Clv:
        return "clv";
    case KpiTableModel::PredictedClv:
        return "predicted_clv";
    default:
        return nullptr;
    }
}

bool isPercent(int column)
{
    return column == KpiTableModel::ShareOfBase || column == KpiTableModel::ShareOfRevenue
        || column == KpiTableModel::ChurnRate;
}

int decimals(int column)
{
    switch (column) {
    case KpiTableModel::Size:
        return 0;
    case KpiTableModel::MedianRecency:
        return 0;
    case KpiTableModel::Nps:
        return 1;
    default:
        return isPercent(column) ? 1 : 2;
    }
}

} // namespace

KpiTableModel::KpiTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void KpiTableModel::setReport(const KpiReport& report)
{
    beginResetModel();
    m_report = report;
    m_hasReport = true;
    endResetModel();
}

void KpiTableModel::clear()
{
    beginResetModel();
    m_report = {};
    m_hasReport = false;
    endResetModel();
}

void KpiTableModel::setColors(const QHash<QString, QColor>& colors)
{
    m_colors = colors;
    if (rowCount() > 0)
        emit dataChanged(index(0, Name), index(rowCount() - 1, Name), {Qt::DecorationRole});
}

int KpiTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_hasReport ? 0 : int(m_report.segments.size()) + 1;
}

int KpiTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const KpiValue* KpiTableModel::kpi(const KpiSet& set, int column)
{
    switch (column) {
    case Revenue:
        return &set.revenue;
    case RevenuePerCustomer:
        return &set.revenuePerCustomer;
    case AverageOrderValue:
        return &set.averageOrderValue;
    case PurchaseFrequency:
        return &set.purchaseFrequency;
    case MedianRecency:
        return &set.medianRecencyDays;
    case ChurnRate:
        return &set.churnRate;
    case Nps:
        return &set.nps;
    case Clv:
        return &set.clv;
    case PredictedClv:
        return &set.predictedClv;
    default:
        return nullptr;
    }
}

std::optional<double> KpiTableModel::value(const KpiSet& set, int column) const
{
    switch (column) {
    case Size:
        return double(set.size);
    case ShareOfBase:
        return set.share;
    case ShareOfRevenue:
        if (set.revenue.value && m_report.base.revenue.value && *m_report.base.revenue.value != 0)
            return *set.revenue.value / *m_report.base.revenue.value;
        return std::nullopt;
    default:
        if (const KpiValue* v = kpi(set, column))
            return v->value;
        return std::nullopt;
    }
}

std::optional<double> KpiTableModel::lift(int row, int column) const
{
    // Sizes and sums are always below the whole base's: only per-customer KPIs compare (design.md's lift).
    if (row == 0 || column == Name || column == Size || column == ShareOfBase || column == Revenue
        || column == ShareOfRevenue)
        return std::nullopt;
    const auto own = value(setAt(row), column);
    const auto base = value(m_report.base, column);
    if (!own || !base || *base == 0)
        return std::nullopt;
    return *own / *base * 100.0;
}

QString KpiTableModel::display(int row, int column) const
{
    const KpiSet& set = setAt(row);
    if (column == Name)
        return row == 0 ? tr("All customers") : set.name;
    const auto v = value(set, column);
    if (!v)
        return tr("n/a");
    // The shading's direction in the text too, for readers who do not see the colour (or cannot tell them apart).
    const double strength = liftStrength(lift(row, column));
    if (strength == 0.0)
        return formatValue(column, *v);
    return formatValue(column, *v) + (strength > 0 ? QStringLiteral(" ▲") : QStringLiteral(" ▼"));
}

QString KpiTableModel::formatValue(int column, double value)
{
    const QLocale locale;
    return isPercent(column) ? locale.toString(value * 100.0, 'f', decimals(column)) + QLatin1Char('%')
                             : locale.toString(value, 'f', decimals(column));
}

QString KpiTableModel::unavailableReason(int column) const
{
    const char* key = kpiKey(column);
    if (!key)
        return {};
    for (const QString& reason : m_report.unavailable) {
        const QStringList keys = reason.section(QLatin1Char('('), 0, 0).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& k : keys) {
            if (k.trimmed() == QLatin1String(key))
                return reason;
        }
    }
    return {};
}

QString KpiTableModel::toolTip(int row, int column) const
{
    if (column == Name)
        return row == 0 ? tr("Every customer in the workspace") : setAt(row).name;
    const KpiSet& set = setAt(row);
    const auto v = value(set, column);
    if (!v) {
        const QString reason = unavailableReason(column);
        if (reason.isEmpty())
            return tr("Not available: no customer in this set has a value.");
        // The reason of predicted_clv already says what to do (save the customer-value predictions).
        return column == PredictedClv ? tr("Not available: %1.").arg(reason)
                                      : tr("Not available: %1. Give a field this role in Fields.").arg(reason);
    }
    const QLocale locale;
    // The exact value (six decimals at most, trailing zeros dropped) in the interface's language ("795,15").
    QString exact = locale.toString(*v, 'f', 6);
    while (exact.endsWith(QLatin1Char('0')))
        exact.chop(1);
    if (exact.endsWith(locale.decimalPoint()))
        exact.chop(locale.decimalPoint().size());
    QStringList lines{exact};
    if (const auto l = lift(row, column))
        lines << tr("Lift: %1 (base = 100)").arg(locale.toString(*l, 'f', 0));
    if (const KpiValue* k = kpi(set, column); k && k->unknown > 0)
        lines << tr("Customers without a value, left out: %1").arg(locale.toString(k->unknown));
    return lines.join(QLatin1Char('\n'));
}

QVariant KpiTableModel::background(int row, int column) const
{
    const double strength = liftStrength(lift(row, column));
    if (strength == 0.0)
        return {};
    QColor tint = strength > 0 ? QColor(0x2e, 0x7d, 0xd2) : QColor(0xe0, 0x7b, 0x39);
    // Translucent over the view's base colour: readable with light and dark palettes alike.
    tint.setAlphaF(0.12 + 0.38 * std::abs(strength));
    return tint;
}

QVariant KpiTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::BackgroundRole:
        return background(row, column);
    case Qt::TextAlignmentRole:
        return column == Name ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                              : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DecorationRole:
        if (column == Name && row > 0 && m_colors.contains(setAt(row).name))
            return m_colors.value(setAt(row).name);
        return {};
    case Qt::UserRole:
        if (column == Name)
            return row == 0 ? QString() : setAt(row).name;
        if (const auto v = value(setAt(row), column))
            return *v;
        return {};
    case LiftRole:
        if (const auto l = lift(row, column))
            return *l;
        return {};
    default:
        return {};
    }
}

QString KpiTableModel::columnTitle(int column)
{
    static const char* const titles[] = {QT_TR_NOOP("Segment"),
                                         QT_TR_NOOP("Customers"),
                                         QT_TR_NOOP("Share of base"),
                                         QT_TR_NOOP("Revenue"),
                                         QT_TR_NOOP("Share of revenue"),
                                         QT_TR_NOOP("Revenue per customer"),
                                         QT_TR_NOOP("Avg. order value"),
                                         QT_TR_NOOP("Orders per customer"),
                                         QT_TR_NOOP("Median recency (days)"),
                                         QT_TR_NOOP("Churn rate"),
                                         QT_TR_NOOP("NPS"),
                                         QT_TR_NOOP("CLV (historical)"),
                                         QT_TR_NOOP("Predicted CLV")};
    static_assert(std::size(titles) == ColumnCount);
    return column >= 0 && column < ColumnCount ? tr(titles[column]) : QString();
}

QVariant KpiTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole)
        return columnTitle(section);
    if (role == Qt::ToolTipRole && section != Name && section != Size && section != ShareOfBase)
        return tr("Shaded by lift against all customers: blue and ▲ above, orange and ▼ below (100 = the same).");
    return {};
}

QString KpiTableModel::toTsv() const
{
    return TableTsv::fromModel(*this);
}

} // namespace swb
