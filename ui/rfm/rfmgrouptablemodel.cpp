#include "ui/rfm/rfmgrouptablemodel.h"

#include "ui/dashboard/kpitablemodel.h"
#include "ui/dashboard/tabletsv.h"

#include <QLocale>

namespace swb {

namespace {

// The Dashboard's KPI table column of the same figure (its title and KPI), or -1.
int kpiColumn(int column)
{
    switch (column) {
    case RfmGroupTableModel::Customers:
        return KpiTableModel::Size;
    case RfmGroupTableModel::RevenueShare:
        return KpiTableModel::ShareOfRevenue;
    case RfmGroupTableModel::Revenue:
        return KpiTableModel::Revenue;
    case RfmGroupTableModel::RevenuePerCustomer:
        return KpiTableModel::RevenuePerCustomer;
    case RfmGroupTableModel::AverageOrderValue:
        return KpiTableModel::AverageOrderValue;
    case RfmGroupTableModel::PurchaseFrequency:
        return KpiTableModel::PurchaseFrequency;
    case RfmGroupTableModel::MedianRecency:
        return KpiTableModel::MedianRecency;
    case RfmGroupTableModel::ChurnRate:
        return KpiTableModel::ChurnRate;
    case RfmGroupTableModel::Nps:
        return KpiTableModel::Nps;
    case RfmGroupTableModel::Clv:
        return KpiTableModel::Clv;
    default:
        return -1;
    }
}

// The Dashboard's column whose format (%, decimals) a column shares.
int formatColumn(int column)
{
    switch (column) {
    case RfmGroupTableModel::Share:
        return KpiTableModel::ShareOfBase;
    case RfmGroupTableModel::MeanRecency:
        return KpiTableModel::MedianRecency;
    case RfmGroupTableModel::MeanFrequency:
        return KpiTableModel::PurchaseFrequency;
    case RfmGroupTableModel::MeanMonetary:
        return KpiTableModel::RevenuePerCustomer;
    default:
        return kpiColumn(column);
    }
}

} // namespace

RfmGroupTableModel::RfmGroupTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RfmGroupTableModel::setGroups(const QList<RfmGroupSummary>& groups)
{
    beginResetModel();
    m_groups = groups;
    endResetModel();
}

void RfmGroupTableModel::clear()
{
    setGroups({});
}

int RfmGroupTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int RfmGroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const KpiValue* RfmGroupTableModel::kpi(const RfmGroupSummary& group, int column) const
{
    return KpiTableModel::kpi(group.kpis, kpiColumn(column));
}

std::optional<double> RfmGroupTableModel::value(int row, int column) const
{
    if (row < 0 || row >= m_groups.size())
        return std::nullopt;
    const RfmGroupSummary& group = m_groups[row];
    switch (column) {
    case Customers:
        return double(group.customers);
    case Share:
        return group.share;
    case RevenueShare:
        return group.revenueShare;
    case MeanRecency:
        return group.meanRecencyDays;
    case MeanFrequency:
        return group.meanFrequency;
    case MeanMonetary:
        return group.meanMonetary;
    default:
        if (const KpiValue* v = kpi(group, column))
            return v->value;
        return std::nullopt;
    }
}

QString RfmGroupTableModel::display(int row, int column) const
{
    if (column == Group)
        return RfmGrid::displayName(m_groups[row].group);
    const auto v = value(row, column);
    if (!v)
        return tr("n/a");
    return KpiTableModel::formatValue(formatColumn(column), *v);
}

QVariant RfmGroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        if (column == Group)
            return tr("Double-click to open the group in the segment builder.");
        if (!value(row, column))
            return tr("Not available: no customer of this group has a value, or the field role is missing.");
        if (const KpiValue* k = kpi(m_groups[row], column); k && k->unknown > 0)
            return tr("Customers without a value, left out: %1").arg(QLocale().toString(k->unknown));
        return {};
    case Qt::TextAlignmentRole:
        return column == Group ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                               : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::UserRole:
        if (column == Group)
            return m_groups[row].group;
        if (const auto v = value(row, column))
            return *v;
        return {};
    default:
        return {};
    }
}

QVariant RfmGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Group:
        return tr("Group");
    case Share:
        return tr("Share of customers");
    case MeanRecency:
        return tr("Mean recency (days)");
    case MeanFrequency:
        return tr("Mean frequency (orders)");
    case MeanMonetary:
        return tr("Mean monetary value");
    default:
        return KpiTableModel::columnTitle(kpiColumn(section));
    }
}

QString RfmGroupTableModel::toTsv() const
{
    return TableTsv::fromModel(*this);
}

} // namespace swb
