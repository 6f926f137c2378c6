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
    double total = 0;
    for (double v : values) {
        if (std::isnan(v)) {
            ++out.unknown;
            continue;
        }
        ++out.known;
        total += v;
    }
    if (out.known > 0)
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

bool MoneySum::units(double value, qint64* units)
{
    if (!std::isfinite(value) || std::abs(value) > s_exactLimit)
        return false;
    // std::llround without the library call: |scaled| <= 1e18 fits a qint64; below 2^53 the truncation and the rest
    // are exact, above it `scaled` is a whole number already.
    const double scaled = value * s_moneyScale;
    const auto truncated = qint64(scaled);
    const double rest = scaled - double(truncated);
    *units = truncated + qint64(rest >= 0.5) - qint64(rest <= -0.5);
    return true;
}

double MoneySum::unitsValue(Int128 units)
{
    // Below 2^53 both operands are exact, and one correctly rounded division gives the double nearest the decimal sum.
    const Int128 limit = Int128(1) << 53;
    const double exact = (units < limit && units > -limit)
        ? double(units) / s_moneyScale
        : double(units / Int128(s_moneyScale)) + double(units % Int128(s_moneyScale)) / s_moneyScale;
    return exact == 0 ? 0.0 : exact;
}

void MoneySum::add(double value)
{
    qint64 units = 0;
    if (MoneySum::units(value, &units))
        m_units += units;
    else
        m_large += value;
}

double MoneySum::value() const
{
    const double total = m_large + unitsValue(m_units);
    return total == 0 ? 0.0 : total;
}

KpiValue KpiMath::moneySum(std::span<const double> values)
{
    KpiValue out;
    MoneySum total;
    for (double v : values) {
        if (std::isnan(v)) {
            ++out.unknown;
            continue;
        }
        ++out.known;
        total.add(v);
    }
    if (out.known > 0)
        out.value = total.value();
    return out;
}

KpiValue KpiMath::meanOf(KpiValue sum)
{
    if (sum.value)
        sum.value = *sum.value / double(sum.known);
    return sum;
}

KpiValue KpiMath::moneyMean(std::span<const double> values)
{
    return meanOf(moneySum(values));
}

KpiValue KpiMath::mean(std::span<const double> values)
{
    return meanOf(sum(values));
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
    qint64 known = 0;
    qint64 promoters = 0;
    qint64 detractors = 0;
    for (double a : answers) {
        if (!npsKnown(a))
            continue;
        ++known;
        if (a >= 9)
            ++promoters;
        else if (a <= 6)
            ++detractors;
    }
    return npsOf(promoters, detractors, known, qint64(answers.size()) - known);
}

KpiValue KpiMath::npsOf(qint64 promoters, qint64 detractors, qint64 known, qint64 unknown)
{
    KpiValue out;
    out.known = known;
    out.unknown = unknown;
    if (known > 0)
        out.value = 100.0 * double(promoters - detractors) / double(known);
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
