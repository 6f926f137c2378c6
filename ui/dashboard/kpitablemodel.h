// The Dashboard's KPI table: the whole base and each chosen segment as rows, the KPIs of design.md as columns.
// Each segment's cell is shaded by its lift against the base (a diverging scale around 100); tooltips give the
// exact value, the lift and how many customers had no value; a KPI without its field role says why.
#pragma once

#include "model/analytics/kpicalculator.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>

namespace swb {

class KpiTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Name,
        Size,
        ShareOfBase,
        Revenue,
        ShareOfRevenue,
        RevenuePerCustomer,
        AverageOrderValue,
        PurchaseFrequency,
        MedianRecency,
        ChurnRate,
        Nps,
        Clv,
        PredictedClv,
        ColumnCount
    };
    // Qt::UserRole: the raw number (sorting, tests); LiftRole: the lift against the base (segments only).
    static constexpr int LiftRole = Qt::UserRole + 1;

    explicit KpiTableModel(QObject* parent = nullptr);

    void setReport(const KpiReport& report);
    void clear();
    // The dock's swatch colour of each segment, shown beside its name.
    void setColors(const QHash<QString, QColor>& colors);
    const KpiReport& report() const { return m_report; }

    // The table as tab-separated text with a header line (for the clipboard), numbers unformatted.
    QString toTsv() const;
    // The KPI of a column (Revenue … PredictedClv) of `set`; null for the other columns. Other tables of KPIs (the RFM
    // groups') take their values and titles from here too.
    static const KpiValue* kpi(const KpiSet& set, int column);
    static QString columnTitle(int column);
    // A value of a column as the table shows it: shares and rates in %, each column's decimals, the interface's
    // language ("12,4%").
    static QString formatValue(int column, double value);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const KpiSet& setAt(int row) const { return row == 0 ? m_report.base : m_report.segments[row - 1]; }
    std::optional<double> value(const KpiSet& set, int column) const;
    std::optional<double> lift(int row, int column) const;
    QString display(int row, int column) const;
    QString toolTip(int row, int column) const;
    QVariant background(int row, int column) const;
    QString unavailableReason(int column) const;

    KpiReport m_report;
    bool m_hasReport = false;
    QHash<QString, QColor> m_colors;
};

} // namespace swb
