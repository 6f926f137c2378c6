#include "analysis/readablethreshold.h"

#include <QDate>

#include <array>
#include <cmath>
#include <limits>

namespace swb {

namespace {

// n · 10^p, written so that n / 10^-p gives the nearest double to the decimal (0.3, not 0.30000000000000004).
double scaled(double n, int p)
{
    // Powers of ten up to 10^22 are exact doubles; a table spares pow() in the tree's inner loop.
    static const std::array<double, 23> powers = [] {
        std::array<double, 23> table{};
        double power = 1.0;
        for (double& entry : table) {
            entry = power;
            power *= 10.0;
        }
        return table;
    }();
    const int magnitude = p >= 0 ? p : -p;
    const double power = magnitude < int(powers.size()) ? powers[size_t(magnitude)] : std::pow(10.0, magnitude);
    return p >= 0 ? n * power : n / power;
}

// The first day in (low, high] that `accept` takes, the one closest to the middle; NaN when none.
template<typename Accept>
double dayIn(double low, double high, Accept accept)
{
    const double middle = (low + high) / 2.0;
    double best = std::numeric_limits<double>::quiet_NaN();
    // Dates are at most a few hundred years apart; walking day by day is cheap enough for month and year starts.
    const qint64 first = qint64(std::floor(low)) + 1;
    const qint64 last = qint64(std::floor(high));
    if (last - first > 400 * 366)
        return best;
    for (qint64 day = first; day <= last; ++day) {
        if (!accept(day))
            continue;
        if (std::isnan(best) || std::abs(double(day) - middle) < std::abs(best - middle))
            best = double(day);
    }
    return best;
}

} // namespace

int ReadableThreshold::significantDigits(double value)
{
    if (value == 0.0 || !std::isfinite(value))
        return 1;
    for (int digits = 1; digits < 17; ++digits) {
        if (roundToDigits(value, digits) == value)
            return digits;
    }
    return 17;
}

double ReadableThreshold::roundToDigits(double value, int digits)
{
    if (value == 0.0 || !std::isfinite(value))
        return value;
    const int p = int(std::floor(std::log10(std::abs(value)))) - digits + 1;
    const double n = std::round(scaled(value, -p));
    return scaled(n, p);
}

double ReadableThreshold::roundest(double low, double high)
{
    return roundestDown(low, high, -17);
}

// roundest(), trying the powers of ten down to 10^lowest only (NaN when none has a multiple in the gap).
double ReadableThreshold::roundestDown(double low, double high, int lowest)
{
    const double magnitude = std::max(std::abs(low), std::abs(high));
    int p = magnitude > 0 ? int(std::floor(std::log10(magnitude))) + 1 : 0;
    for (; p >= lowest; --p) {
        // Multiples of 10^p in (low, high]: take the one closest to the middle.
        const double first = std::floor(scaled(low, -p)) + 1.0;
        const double last = std::floor(scaled(high, -p));
        if (first > last)
            continue;
        const double middle = std::round(scaled((low + high) / 2.0, -p));
        const double n = std::clamp(middle, first, last);
        const double t = scaled(n, p);
        if (t > low && t <= high)
            return t;
    }
    return lowest <= -17 ? high : std::numeric_limits<double>::quiet_NaN();
}

std::vector<double> ReadableThreshold::candidates(double low, double high, TreeFeatureKind kind, int digits)
{
    std::vector<double> result;
    appendCandidates(low, high, kind, digits, &result);
    return result;
}

void ReadableThreshold::appendCandidates(double low, double high, TreeFeatureKind kind, int digits,
                                         std::vector<double>* out)
{
    const double middle = (low + high) / 2.0;
    std::vector<double>& result = *out;
    switch (kind) {
    case TreeFeatureKind::Boolean:
        result.push_back(1.0);
        return;
    case TreeFeatureKind::Date: {
        const auto date = [](qint64 day) {
            return QDate::fromJulianDay(day);
        };
        double t = dayIn(low, high, [&](qint64 d) { return date(d).dayOfYear() == 1; });
        if (std::isnan(t))
            t = dayIn(low, high, [&](qint64 d) { return date(d).day() == 1; });
        if (std::isnan(t))
            t = dayIn(low, high, [](qint64) { return true; });
        if (!std::isnan(t)) {
            result.push_back(t);
        } else {
            result.push_back(std::floor(middle));
            result.push_back(std::ceil(middle));
        }
        // The firsts of the month and the 1 January nearest to the middle.
        const QDate near = date(qint64(std::floor(middle)));
        const QDate month(near.year(), near.month(), 1);
        const QDate year(near.year(), 1, 1);
        for (const QDate& d : {month, month.addMonths(1), year, year.addYears(1)}) {
            if (d.isValid())
                result.push_back(double(d.toJulianDay()));
        }
        return;
    }
    case TreeFeatureKind::Number:
        break;
    }
    // An exact threshold of at most `digits` digits is a multiple of 10^p with p no lower than this.
    const double magnitude = std::max(std::abs(low), std::abs(high));
    const int top = magnitude > 0 ? int(std::floor(std::log10(magnitude))) : 0;
    const double exact = roundestDown(low, high, top - digits);
    if (!std::isnan(exact) && significantDigits(exact) <= digits)
        result.push_back(exact);
    if (middle == 0.0) {
        result.push_back(0.0);
        return;
    }
    const int first = int(std::floor(std::log10(std::abs(middle))));
    for (int d = 1; d <= digits; ++d) {
        const int p = first - d + 1;
        result.push_back(scaled(std::round(scaled(middle, -p)), p));
    }
}

int ReadableThreshold::roughness(double threshold, TreeFeatureKind kind)
{
    switch (kind) {
    case TreeFeatureKind::Boolean:
        return 1;
    case TreeFeatureKind::Date: {
        const QDate date = QDate::fromJulianDay(qint64(std::floor(threshold)));
        return date.dayOfYear() == 1 ? 1 : date.day() == 1 ? 2 : 3;
    }
    case TreeFeatureKind::Number:
        break;
    }
    return significantDigits(threshold);
}

} // namespace swb
