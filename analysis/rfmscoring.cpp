#include "analysis/rfmscoring.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace swb {

std::vector<int> RfmScoring::scores(std::span<const double> values, int levels, Order order)
{
    std::vector<int> out(values.size(), 0);
    if (levels < 1)
        return out;
    std::vector<size_t> ranked;
    ranked.reserve(values.size());
    for (size_t i = 0; i < values.size(); ++i) {
        if (!std::isnan(values[i]))
            ranked.push_back(i);
    }
    const bool ascending = order == Order::Ascending;
    std::sort(ranked.begin(), ranked.end(),
              [&](size_t a, size_t b) { return ascending ? values[a] < values[b] : values[a] > values[b]; });
    const qint64 n = qint64(ranked.size());
    qint64 before = 0; // values strictly before the current tie group
    for (qint64 i = 0; i < n; ++i) {
        if (i > 0 && values[ranked[size_t(i)]] != values[ranked[size_t(i - 1)]])
            before = i;
        const qint64 score = n == 1 ? 1 : 1 + (qint64(levels) * before) / (n - 1);
        out[ranked[size_t(i)]] = int(std::min<qint64>(score, levels));
    }
    return out;
}

int RfmScoring::fmScore(int f, int m)
{
    if (f <= 0 || m <= 0)
        return 0;
    return (f + m + 1) / 2;
}

} // namespace swb
