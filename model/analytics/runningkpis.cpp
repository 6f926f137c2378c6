#include "model/analytics/runningkpis.h"

#include "model/analytics/storekpis.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace swb {

namespace {

constexpr double s_wholeLimit = 9007199254740992.0; // 2^53: every whole number up to it is a double

// Calls `visit(row)` for each bit set in `word` (word `w` of a Bitset).
template<typename Visit>
void forEachBit(qint64 w, quint64 word, Visit visit)
{
    for (; word != 0; word &= word - 1)
        visit((w << 6) + std::countr_zero(word));
}

} // namespace

RunningKpis::RunningKpis(const StoreKpis& kpis)
    : m_kpis(kpis)
{
    if (!kpis.m_lastPurchase)
        return;
    for (const double day : kpis.m_julian) {
        if (!std::isnan(day))
            m_days.push_back(day);
    }
    std::sort(m_days.begin(), m_days.end());
    m_days.erase(std::unique(m_days.begin(), m_days.end()), m_days.end());
    m_rankOf.reserve(kpis.m_julian.size());
    for (const double day : kpis.m_julian) {
        m_rankOf.push_back(
            std::isnan(day) ? -1 : qint32(std::lower_bound(m_days.begin(), m_days.end(), day) - m_days.begin()));
    }
    m_perDay.assign(m_days.size(), 0);
}

void RunningKpis::changeMoney(Sum& sum, double value, int sign)
{
    if (std::isnan(value)) {
        sum.unknown += sign;
        return;
    }
    sum.known += sign;
    qint64 units = 0;
    if (MoneySum::units(value, &units))
        sum.total += Int128(units) * sign;
    else
        sum.inexact += sign;
}

void RunningKpis::changeWhole(Sum& sum, double value, int sign)
{
    if (std::isnan(value)) {
        sum.unknown += sign;
        return;
    }
    sum.known += sign;
    const auto whole = std::abs(value) <= s_wholeLimit ? qint64(value) : 0;
    if (std::abs(value) <= s_wholeLimit && double(whole) == value) {
        sum.total += Int128(whole) * sign;
        sum.magnitude += Int128(whole < 0 ? -whole : whole) * sign;
    } else {
        sum.inexact += sign;
    }
}

unsigned RunningKpis::derivedParts(const StoreKpis& kpis)
{
    unsigned parts = 0;
    auto add = [&](const ColumnStore::Column* column, Part part) {
        if (column && column->field.derived)
            parts |= part;
    };
    add(kpis.m_revenue.column, Revenue);
    add(kpis.m_orders.column, Orders);
    add(kpis.m_lastPurchase, LastPurchase);
    add(kpis.m_churn.column, Churn);
    add(kpis.m_nps.column, Nps);
    return parts;
}

void RunningKpis::change(qint64 row, int sign, unsigned parts)
{
    const StoreKpis& kpis = m_kpis;
    if (parts & Member)
        m_size += sign;
    if ((parts & Revenue) && kpis.m_revenue.column)
        changeMoney(m_revenue, kpis.m_revenue.at(row), sign);
    if ((parts & PredictedClv) && kpis.m_predictedClv.column)
        changeMoney(m_predictedClv, kpis.m_predictedClv.at(row), sign);
    if ((parts & Orders) && kpis.m_orders.column)
        changeWhole(m_orders, kpis.m_orders.at(row), sign);
    if ((parts & Churn) && kpis.m_churn.column)
        changeWhole(m_churn, kpis.m_churn.at(row), sign);
    if ((parts & LastPurchase) && kpis.m_lastPurchase) {
        const qint32 rank
            = kpis.m_julianByCode ? m_rankOf[kpis.m_lastPurchase->codes[size_t(row)]] : m_rankOf[size_t(row)];
        if (rank < 0) {
            m_lastUnknown += sign;
        } else {
            m_perDay[size_t(rank)] += sign;
            m_lastKnown += sign;
        }
    }
    if ((parts & Nps) && kpis.m_nps.column) {
        const double answer = kpis.m_nps.at(row);
        if (!KpiMath::npsKnown(answer)) {
            m_npsUnknown += sign;
        } else {
            m_npsKnown += sign;
            if (answer >= 9)
                m_promoters += sign;
            else if (answer <= 6)
                m_detractors += sign;
        }
    }
}

std::optional<KpiValue> RunningKpis::moneyValue(const Sum& sum)
{
    // An amount MoneySum adds as floating point (beyond ±1e12) makes the sum depend on the order of the rows.
    if (sum.inexact != 0)
        return std::nullopt;
    KpiValue value;
    value.known = sum.known;
    value.unknown = sum.unknown;
    if (sum.known > 0)
        value.value = MoneySum::unitsValue(sum.total);
    return value;
}

std::optional<KpiValue> RunningKpis::wholeValue(const Sum& sum)
{
    KpiValue value;
    value.known = sum.known;
    value.unknown = sum.unknown;
    // Whole numbers whose absolute values add up to at most 2^53: every partial sum in row order is exact.
    if (sum.inexact != 0 || sum.magnitude > Int128(s_wholeLimit))
        return std::nullopt;
    if (sum.known > 0)
        value.value = double(qint64(sum.total));
    return value;
}

std::optional<KpiValue> RunningKpis::medianRecency(const QDate& asOfDate) const
{
    KpiValue value;
    value.known = m_lastKnown;
    value.unknown = m_lastUnknown;
    if (m_lastKnown == 0)
        return value;
    // The recencies ascending are the last-purchase days descending, each subtracted from the as-of date.
    const double asOf = KpiCalculator::julianMidnight(asOfDate);
    const qint64 middle = m_lastKnown / 2;
    const bool even = m_lastKnown % 2 == 0;
    std::optional<double> upper;
    std::optional<double> lower; // the one before the middle, for an even count
    qint64 seen = 0;
    for (size_t rank = m_perDay.size(); rank-- > 0 && !upper;) {
        seen += m_perDay[rank];
        if (even && !lower && seen > middle - 1)
            lower = asOf - m_days[rank];
        if (seen > middle)
            upper = asOf - m_days[rank];
    }
    if (!upper || (even && !lower))
        return std::nullopt; // the counts went wrong: let the full computation answer
    value.value = even ? *lower + (*upper - *lower) / 2 : *upper;
    return value;
}

std::optional<KpiSet> RunningKpis::result(const QString& name, const QDate& asOfDate) const
{
    const KpiFields fields = m_kpis.presentFields();
    KpiParts parts;
    parts.size = m_size;
    // Each sum the set's fields have, or nothing when one of them is not exact.
    auto take = [](bool present, const std::optional<KpiValue>& value, KpiValue* part) {
        if (present && value)
            *part = *value;
        return !present || value.has_value();
    };
    if (!take(fields.revenue.has_value(), moneyValue(m_revenue), &parts.revenue)
        || !take(fields.predictedClv.has_value(), moneyValue(m_predictedClv), &parts.predictedClv)
        || !take(fields.orders.has_value(), wholeValue(m_orders), &parts.orders)
        || !take(fields.churn.has_value(), wholeValue(m_churn), &parts.churn))
        return std::nullopt;
    if (fields.lastPurchase) {
        const auto recency = medianRecency(asOfDate);
        if (!recency)
            return std::nullopt;
        parts.recency = *recency;
    }
    if (fields.nps)
        parts.nps = KpiMath::npsOf(m_promoters, m_detractors, m_npsKnown, m_npsUnknown);
    return KpiCalculator::fromParts(name, fields, parts);
}

void TrackedSet::moveTo(const Bitset& rows)
{
    const quint64* next = rows.words();
    if (m_rows.size() == 0) {
        for (qint64 w = 0; w < rows.wordCount(); ++w)
            forEachBit(w, next[w], [&](qint64 row) { m_running.add(row); });
    } else {
        const quint64* previous = m_rows.words();
        for (qint64 w = 0; w < rows.wordCount(); ++w) {
            forEachBit(w, next[w] & ~previous[w], [&](qint64 row) { m_running.add(row); });
            forEachBit(w, previous[w] & ~next[w], [&](qint64 row) { m_running.remove(row); });
        }
    }
    m_rows = rows;
}

} // namespace swb
