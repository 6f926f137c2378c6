#include "analysis/kpimath.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace swb {

namespace {

std::vector<double> knownValues(std::span<const double> values, KpiValue* counts)
{
    std::vector<double> known;
    known.reserve(values.size());
    for (double v : values) {
        if (std::isnan(v))
            ++counts->unknown;
        else
            known.push_back(v);
    }
    counts->known = qint64(known.size());
    return known;
}

} // namespace

KpiValue KpiMath::sum(std::span<const double> values)
{
    KpiValue out;
    const std::vector<double> known = knownValues(values, &out);
    if (known.empty())
        return out;
    double total = 0;
    for (double v : known)
        total += v;
    out.value = total;
    return out;
}

namespace {
constexpr double s_moneyScale = 1e6; // 10^moneyDecimals
constexpr double s_exactLimit = 1e12; // × 1e6 stays far below 2^63; beyond, cents do not matter
} // namespace

double KpiMath::roundMoney(double value)
{
    if (!std::isfinite(value) || std::abs(value) > s_exactLimit)
        return value;
    const double rounded = double(std::llround(value * s_moneyScale)) / s_moneyScale;
    return rounded == 0 ? 0.0 : rounded; // no -0
}

void MoneySum::add(double value)
{
    if (std::isfinite(value) && std::abs(value) <= s_exactLimit)
        m_units += std::llround(value * s_moneyScale);
    else
        m_large += value;
}

double MoneySum::value() const
{
    // Below 2^53 both operands are exact, and one correctly rounded division gives the double nearest the decimal sum.
    const Int128 limit = Int128(1) << 53;
    const double exact = (m_units < limit && m_units > -limit)
        ? double(m_units) / s_moneyScale
        : double(m_units / Int128(s_moneyScale)) + double(m_units % Int128(s_moneyScale)) / s_moneyScale;
    const double total = m_large + exact;
    return total == 0 ? 0.0 : total;
}

KpiValue KpiMath::moneySum(std::span<const double> values)
{
    KpiValue out;
    const std::vector<double> known = knownValues(values, &out);
    if (known.empty())
        return out;
    MoneySum total;
    for (double v : known)
        total.add(v);
    out.value = total.value();
    return out;
}

KpiValue KpiMath::moneyMean(std::span<const double> values)
{
    KpiValue out = moneySum(values);
    if (out.value)
        out.value = *out.value / double(out.known);
    return out;
}

KpiValue KpiMath::mean(std::span<const double> values)
{
    KpiValue out = sum(values);
    if (out.value)
        out.value = *out.value / double(out.known);
    return out;
}

KpiValue KpiMath::median(std::span<const double> values)
{
    KpiValue out;
    std::vector<double> known = knownValues(values, &out);
    if (known.empty())
        return out;
    const size_t middle = known.size() / 2;
    std::nth_element(known.begin(), known.begin() + std::ptrdiff_t(middle), known.end());
    const double upper = known[middle];
    if (known.size() % 2 == 1) {
        out.value = upper;
    } else {
        const double lower = *std::max_element(known.begin(), known.begin() + std::ptrdiff_t(middle));
        out.value = lower + (upper - lower) / 2; // no overflow for huge values
    }
    return out;
}

KpiValue KpiMath::nps(std::span<const double> answers)
{
    KpiValue out;
    qint64 promoters = 0;
    qint64 detractors = 0;
    for (double a : answers) {
        if (std::isnan(a) || a < 0 || a > 10) {
            ++out.unknown;
            continue;
        }
        ++out.known;
        if (a >= 9)
            ++promoters;
        else if (a <= 6)
            ++detractors;
    }
    if (out.known > 0)
        out.value = 100.0 * double(promoters - detractors) / double(out.known);
    return out;
}

std::optional<double> KpiMath::ratio(double numerator, double denominator)
{
    if (denominator == 0 || !std::isfinite(numerator) || !std::isfinite(denominator))
        return std::nullopt;
    return numerator / denominator;
}

std::optional<double> KpiMath::lift(std::optional<double> segment, std::optional<double> base)
{
    if (!segment || !base)
        return std::nullopt;
    const auto r = ratio(*segment, *base);
    if (!r)
        return std::nullopt;
    return *r * 100.0;
}

} // namespace swb
