#include "ui/rfm/rfmgrouptablemodel.h"

#include "ui/dashboard/tabletsv.h"

#include <QLocale>

namespace swb {

namespace {

bool isPercent(int column)
{
    return column == RfmGroupTableModel::Share || column == RfmGroupTableModel::RevenueShare
        || column == RfmGroupTableModel::ChurnRate;
}

int decimals(int column)
{
    switch (column) {
    case RfmGroupTableModel::Customers:
    case RfmGroupTableModel::MedianRecency:
    case RfmGroupTableModel::MeanRecency:
        return 0;
    case RfmGroupTableModel::Nps:
        return 1;
    default:
        return isPercent(column) ? 1 : 2;
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
    switch (column) {
    case Revenue:
        return &group.kpis.revenue;
    case RevenuePerCustomer:
        return &group.kpis.revenuePerCustomer;
    case AverageOrderValue:
        return &group.kpis.averageOrderValue;
    case PurchaseFrequency:
        return &group.kpis.purchaseFrequency;
    case MedianRecency:
        return &group.kpis.medianRecencyDays;
    case ChurnRate:
        return &group.kpis.churnRate;
    case Nps:
        return &group.kpis.nps;
    case Clv:
        return &group.kpis.clv;
    default:
        return nullptr;
    }
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
    const QLocale locale;
    return isPercent(column) ? locale.toString(*v * 100.0, 'f', decimals(column)) + QLatin1Char('%')
                             : locale.toString(*v, 'f', decimals(column));
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
    static const char* const titles[] = {QT_TR_NOOP("Group"),
                                         QT_TR_NOOP("Customers"),
                                         QT_TR_NOOP("Share of customers"),
                                         QT_TR_NOOP("Share of revenue"),
                                         QT_TR_NOOP("Mean recency (days)"),
                                         QT_TR_NOOP("Mean frequency (orders)"),
                                         QT_TR_NOOP("Mean monetary value"),
                                         QT_TR_NOOP("Revenue"),
                                         QT_TR_NOOP("Revenue per customer"),
                                         QT_TR_NOOP("Avg. order value"),
                                         QT_TR_NOOP("Orders per customer"),
                                         QT_TR_NOOP("Median recency (days)"),
                                         QT_TR_NOOP("Churn rate"),
                                         QT_TR_NOOP("NPS"),
                                         QT_TR_NOOP("CLV (historical)")};
    static_assert(std::size(titles) == ColumnCount);
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    return {};
}

QString RfmGroupTableModel::toTsv() const
{
    return TableTsv::fromModel(*this);
}

} // namespace swb
