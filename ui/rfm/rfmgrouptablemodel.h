// The RFM page's group table: one row per named group of the latest run (grid order), with its size, share of the
// customers and of the revenue, mean recency, frequency and monetary value, and the KPIs of design.md.
#pragma once

#include "model/analytics/rfmoverview.h"

#include <QAbstractTableModel>

namespace swb {

class RfmGroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        Customers,
        Share,
        RevenueShare,
        MeanRecency,
        MeanFrequency,
        MeanMonetary,
        Revenue,
        RevenuePerCustomer,
        AverageOrderValue,
        PurchaseFrequency,
        MedianRecency,
        ChurnRate,
        Nps,
        Clv,
        ColumnCount
    };
    // Qt::UserRole: the raw number (sorting, tests); the group's stored (English) name in the Group column.

    explicit RfmGroupTableModel(QObject* parent = nullptr);

    void setGroups(const QList<RfmGroupSummary>& groups);
    void clear();
    const QList<RfmGroupSummary>& groups() const { return m_groups; }
    // The raw value of a cell; nullopt when unavailable.
    std::optional<double> value(int row, int column) const;
    // The table as tab-separated text with a header line (for the clipboard), numbers unformatted.
    QString toTsv() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(int row, int column) const;
    const KpiValue* kpi(const RfmGroupSummary& group, int column) const;

    QList<RfmGroupSummary> m_groups;
};

} // namespace swb
