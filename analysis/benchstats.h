// Small figures for benchmarks and measurements: elapsed milliseconds, nearest-rank percentiles, rounding for JSON.
#pragma once

#include <QElapsedTimer>

#include <utility>
#include <vector>

namespace swb::BenchStats {

double elapsedMs(const QElapsedTimer& timer);
// Nearest-rank percentile of `values` for q in [0, 1]; 0 when there are none.
double percentile(std::vector<double> values, double q);
// Rounded to two decimals (JSON figures).
double round2(double value);
// Resident and peak resident memory of this process in MB (Linux; 0 elsewhere).
std::pair<double, double> residentMb();

} // namespace swb::BenchStats
