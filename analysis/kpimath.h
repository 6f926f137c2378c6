// KPI arithmetic on plain arrays (the model layer fills them from SQL; NULL is NaN here).
#pragma once

#include <QtGlobal>

#include <cmath>
#include <optional>
#include <span>

namespace swb {

// A KPI value with how many inputs it rests on: NULL/NaN inputs are left out and counted as unknown.
struct KpiValue
{
    std::optional<double> value; // nullopt: unavailable (no known input, or undefined)
    qint64 known = 0; // inputs that took part
    qint64 unknown = 0; // NULL/NaN inputs left out (for NPS also answers outside 0..10)

    bool available() const { return value.has_value(); }
};

class KpiMath
{
public:
    static KpiValue sum(std::span<const double> values);
    static KpiValue mean(std::span<const double> values);
    // Amounts of money: each value taken to moneyDecimals places and added up as integers, so 24.21 + 104.55 −
    // 24.21 − 104.55 is 0, not −1.42e-14, whatever the order. Values beyond ±1e12 are added as floating point.
    static constexpr int moneyDecimals = 6;
    static KpiValue moneySum(std::span<const double> values);
    static KpiValue moneyMean(std::span<const double> values);
    // The mean from a sum (sum(), moneySum()) and its counts: what mean() and moneyMean() give.
    static KpiValue meanOf(KpiValue sum);
    // One amount rounded to moneyDecimals places (what aggregated money is stored as).
    static double roundMoney(double value);
    // The middle value; for an even count the mean of the two middle ones.
    static KpiValue median(std::span<const double> values);
    // Net Promoter Score in [-100, 100]: % of answers 9-10 minus % of answers 0-6, among answers in 0..10
    // (7-8 count as passives; a fractional answer counts by value: >= 9 promoter, <= 6 detractor). NaN and
    // answers outside 0..10 are unknown.
    static KpiValue nps(std::span<const double> answers);
    // The same from the counts: answers >= 9, answers <= 6, answers in 0..10, and the others (NaN or outside).
    static KpiValue npsOf(qint64 promoters, qint64 detractors, qint64 known, qint64 unknown);
    // Whether nps() counts an answer (in 0..10, not NaN).
    static bool npsKnown(double answer) { return !std::isnan(answer) && answer >= 0 && answer <= 10; }
    // numerator / denominator, unavailable when the denominator is 0 or either is not finite
    // (average order value = revenue / orders, purchase frequency = orders / size, share of base).
    static std::optional<double> ratio(double numerator, double denominator);
    // Lift = segment / base x 100; unavailable when either is unavailable or the base value is 0.
    static std::optional<double> lift(std::optional<double> segment, std::optional<double> base);
};

__extension__ using Int128 = __int128; // GCC and Clang; -Wpedantic would warn without __extension__

// A running sum of amounts of money, exact to KpiMath::moneyDecimals places (see KpiMath::moneySum).
class MoneySum
{
public:
    void add(double value);
    double value() const;
    void clear() { *this = MoneySum(); }

    // The millionths add() adds for `value` (std::llround(value × 10^6)); false for a value it adds as floating
    // point (not finite, or beyond ±1e12).
    static bool units(double value, qint64* units);
    // The sum of values that were all added as millionths, `units` of them: what value() gives then.
    static double unitsValue(Int128 units);

private:
    Int128 m_units = 0; // millionths
    double m_large = 0; // values beyond ±1e12
};

} // namespace swb
