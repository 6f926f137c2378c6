// The KPIs of a set of rows that changes a little from one date of a trend to the next: rows are added and removed
// one by one with their values at that moment, so a point costs the rows that changed, not the whole set (the base
// of a trend is most of the customers at every point).
//
// Exact: result() gives what StoreKpis::compute gives for the same rows on the same store — sums of money in
// millionths as MoneySum adds them, sums of whole numbers (orders, churn flags) as integers, NPS answers counted, and
// the median recency from a count of rows per last-purchase day. Where a running value could differ from the sum
// in row order (an amount beyond ±1e12, an orders count or churn flag that is not a whole number, sums beyond 2^53),
// result() gives nothing and the caller computes the set in full.
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
    // `kpis` (and its store) must outlive this; the set starts empty.
    explicit RunningKpis(const StoreKpis& kpis);

    // The row's current values join (leave) the set; a row leaves with the values it joined with.
    void add(qint64 row) { change(row, 1); }
    void remove(qint64 row) { change(row, -1); }

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

    void change(qint64 row, int sign);
    static void changeMoney(Sum& sum, double value, int sign);
    static void changeWhole(Sum& sum, double value, int sign);
    static std::optional<KpiValue> wholeValue(const Sum& sum);
    std::optional<KpiValue> medianRecency(const QDate& asOfDate) const;

    const StoreKpis& m_kpis;
    qint64 m_size = 0;
    Sum m_revenue, m_orders, m_churn;
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
    explicit TrackedSet(const StoreKpis& kpis)
        : m_running(kpis)
    { }

    // Before the store takes new values: the rows of the set among `changed` (the rows whose values change) leave.
    void beforeChange(const Bitset& changed);
    // After: the set becomes `rows` (the rows `changed` took out come back with their new values, if still in).
    void moveTo(const Bitset& rows, const Bitset& changed);
    const RunningKpis& kpis() const { return m_running; }

private:
    RunningKpis m_running;
    Bitset m_rows; // empty before the first point
};

} // namespace swb
