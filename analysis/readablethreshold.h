// Round numbers and dates for the thresholds of an explanation rule: "revenue < 1,200", "signup < 2023-04-01".
#pragma once

#include <QtGlobal>

#include <vector>

namespace swb {

// How a feature's values are read. Dates are Julian day numbers (the fraction is the time of day), so a whole
// number is a midnight and `x < D` is "before day D".
enum class TreeFeatureKind { Number, Date, Boolean };

class ReadableThreshold
{
public:
    // Significant digits of `value` written in the shortest decimal form (1200 → 2, 0.05 → 1, 0 → 1).
    static int significantDigits(double value);
    // `value` rounded to `digits` significant digits (1234.5, 2 → 1200).
    static double roundToDigits(double value, int digits);
    // The roundest number t with low < t <= high (fewest significant digits; among those, the closest to the middle),
    // so that `x < t` splits the values <= low from those >= high exactly.
    static double roundest(double low, double high);
    // The thresholds to try for the gap between two neighbouring distinct values `low` < `high`. First the exact
    // one: the roundest number in (low, high] when it has at most `digits` significant digits; for dates a
    // 1 January, else a first of the month, else a whole day in (low, high]. Then rounder ones near the middle,
    // each a split somewhere else and tried as such: the middle rounded to 1 … `digits` significant digits; for
    // dates the nearest first of the month and 1 January (and the midnights around the middle when no whole day is
    // in the gap). Yes/no: 1 (`x < 1` is "= false").
    static std::vector<double> candidates(double low, double high, TreeFeatureKind kind, int digits);
    // The same, appended to `out` (the tree's inner loop: no allocation per gap).
    static void appendCandidates(double low, double high, TreeFeatureKind kind, int digits, std::vector<double>* out);
    // How hard a threshold is to read, lower is rounder: significant digits; dates 1 (1 January), 2 (a first of the
    // month) or 3; yes/no 1.
    static int roughness(double threshold, TreeFeatureKind kind);

private:
    static double roundestDown(double low, double high, int lowest);
};

} // namespace swb
