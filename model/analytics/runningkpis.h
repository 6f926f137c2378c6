// The KPIs of a set of rows that changes a little from one date of a trend to the next: rows are added and removed
// one by one with their values at that moment, so a point costs the rows that changed, not the whole set (the base
// of a trend is most of the customers at every point).
//
// Exact: result() gives what StoreKpis::compute gives for the same rows on the same store — sums of money (revenue,
// predicted CLV) in millionths as MoneySum adds them, sums of whole numbers (orders, churn flags) as integers, NPS
// answers counted, and the median recency from a count of rows per last-purchase day. Where a running value could
// differ from the sum in row order (an amount beyond ±1e12, an orders count or churn flag that is not a whole number,
// sums beyond 2^53), result() gives nothing and the caller computes the set in full.
#pragma once

#include "model/analytics/kpicalculator.h"
#include "model/filter/bitset.h"

#include <QDate>

#include <optional>
#include <vector>

namespace swb {

class StoreKpis;

class RunningKpis
{
public:
    // What a row brings to the set: its membership and each KPI column's value.
    enum Part : unsigned {
        Member = 1,
        Revenue = 2,
        Orders = 4,
        LastPurchase = 8,
        Churn = 16,
        Nps = 32,
        PredictedClv = 64,
        AllParts = 127,
    };

    // `kpis` (and its store) must outlive this; the set starts empty.
    explicit RunningKpis(const StoreKpis& kpis);
    // The parts whose columns are derived from the orders (those a trend's working copy changes; not predicted_clv,
    // which the customer-value models wrote once).
    static unsigned derivedParts(const StoreKpis& kpis);

    // The row's current values join (leave) the set; a row leaves with the values it joined with.
    void add(qint64 row) { change(row, 1, AllParts); }
    void remove(qint64 row) { change(row, -1, AllParts); }
    // The same for some parts only: a row whose derived values change leaves and joins again with those alone.
    void change(qint64 row, int sign, unsigned parts);

    qint64 size() const { return m_size; }
    // The set's KPIs with recency counted to `asOfDate`; nothing when they cannot be given exactly (see above).
    std::optional<KpiSet> result(const QString& name, const QDate& asOfDate) const;

private:
    // A sum of values, with the counts KpiMath gives: exact in `total` while `inexact` is 0.
    struct Sum
    {
        Int128 total = 0; // millionths (money) or whole numbers
        Int128 magnitude = 0; // whole numbers: the sum of their absolute values
        qint64 known = 0;
        qint64 unknown = 0;
        qint64 inexact = 0; // values not held exactly in `total`
    };

    static void changeMoney(Sum& sum, double value, int sign);
    static void changeWhole(Sum& sum, double value, int sign);
    static std::optional<KpiValue> moneyValue(const Sum& sum);
    static std::optional<KpiValue> wholeValue(const Sum& sum);
    std::optional<KpiValue> medianRecency(const QDate& asOfDate) const;

    const StoreKpis& m_kpis;
    qint64 m_size = 0;
    Sum m_revenue, m_orders, m_churn, m_predictedClv;
    qint64 m_npsKnown = 0, m_npsUnknown = 0, m_promoters = 0, m_detractors = 0;
    // Last purchase: its distinct julian days ascending; the rank of each dictionary code (text column) or row
    // (numeric column) among them, -1 for none; how many rows of the set have each.
    std::vector<double> m_days;
    std::vector<qint32> m_rankOf;
    std::vector<qint64> m_perDay;
    qint64 m_lastUnknown = 0;
    qint64 m_lastKnown = 0;
};

// A set of rows followed from point to point of a trend: its rows at the last point and their running KPIs.
class TrackedSet
{
public:
    // `changing`: the parts whose values may change while a row stays in the set (RunningKpis::derivedParts).
    TrackedSet(const StoreKpis& kpis, unsigned changing)
        : m_running(kpis)
        , m_changing(changing)
    { }

    // Whether a row's values changing concerns the set (it holds the row and some parts may change).
    bool follows(qint64 row) const { return m_changing != 0 && m_rows.size() != 0 && m_rows.test(row); }
    // Around a change of a row's values in the store: its changing parts leave before, and come back after.
    void beforeRowChanges(qint64 row)
    {
        if (follows(row))
            m_running.change(row, -1, m_changing);
    }
    void afterRowChanged(qint64 row)
    {
        if (follows(row))
            m_running.change(row, 1, m_changing);
    }
    // The set becomes `rows`: the rows that joined are added, those that left removed, with their current values.
    void moveTo(const Bitset& rows);
    const RunningKpis& kpis() const { return m_running; }

private:
    RunningKpis m_running;
    unsigned m_changing;
    Bitset m_rows; // empty before the first point
};

} // namespace swb
