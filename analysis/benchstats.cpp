#include "analysis/benchstats.h"

#include <algorithm>
#include <cmath>

namespace swb::BenchStats {

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(std::vector<double> values, double q)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = size_t(std::ceil(q * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

double round2(double value)
{
    return std::round(value * 100.0) / 100.0;
}

} // namespace swb::BenchStats
