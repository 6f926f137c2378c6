// KPIs of design.md on a loaded ColumnStore: the fast path of the dashboard, swb kpis and the trend.
#pragma once

#include "model/analytics/kpicalculator.h"
#include "model/filter/columnstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <limits>
#include <vector>

namespace swb {

// Reads the same values KpiCalculator's SQL reads (SQLite's julianday(date(…)) of the last purchase, each number as
// sqlite3_column_double gives it) and hands them to KpiCalculator::fromInputs, so the KPIs are identical.
class StoreKpis
{
    Q_DECLARE_TR_FUNCTIONS(swb::StoreKpis)

public:
    explicit StoreKpis(const ColumnStore& store); // finds the KPI columns by their field roles
    QStringList unavailable() const; // same texts as KpiCalculator's report.unavailable
    // False when the store holds a KPI column as Irregular (values of mixed types): those KPIs are left
    // unavailable here (unavailable() says why), and only SQLite gives the exact numbers (KpiCalculator does).
    bool isExact() const { return m_irregular.isEmpty(); }
    // KPIs of the rows set in `rows` (nullptr: every row); recency counts to asOfDate. `share` left empty.
    KpiSet compute(const QString& name, const Bitset* rows, const QDate& asOfDate) const;

private:
    friend class RunningKpis; // reads the same columns, row by row

    // A numeric KPI column as doubles: NaN where NULL.
    struct Numbers
    {
        const ColumnStore::Column* column = nullptr;
        double at(qint64 row) const
        {
            if (!column->valid.test(row))
                return std::numeric_limits<double>::quiet_NaN();
            return column->storage == ColumnStore::Storage::Integer ? double(column->integers[size_t(row)])
                                                                    : column->reals[size_t(row)];
        }
    };

    const ColumnStore::Column* usable(const std::optional<FieldInfo>& field);
    void readLastPurchase(const ColumnStore::Column& column);
    double lastJulian(qint64 row) const;
    // m_fields without those whose column is Irregular (left out as if their role were missing).
    KpiFields presentFields() const;

    const ColumnStore& m_store;
    KpiFields m_fields;
    QStringList m_unavailable;
    QStringList m_irregular;
    Numbers m_revenue, m_orders, m_churn, m_nps, m_predictedClv;
    const ColumnStore::Column* m_lastPurchase = nullptr;
    // julianday(date(value)) (NaN: NULL) per dictionary code of a text column (the last entry for NULL rows), or
    // per row of a numeric one.
    std::vector<double> m_julian;
    bool m_julianByCode = false;
};

} // namespace swb
