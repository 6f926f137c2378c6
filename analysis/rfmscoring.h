// RFM scoring rules as pure functions (the SQL side fills the inputs): quantile scores and the FM score.
#pragma once

#include <QtGlobal>

#include <span>
#include <vector>

namespace swb {

class RfmScoring
{
public:
    // Which values score highest.
    enum class Order {
        Ascending, // larger value -> higher score (F: orders, M: revenue, R: last purchase date as a number)
        Descending, // smaller value -> higher score (R given as recency in days)
    };

    // score = 1 + floor(levels * PERCENT_RANK), capped at levels, where PERCENT_RANK = (rank - 1) / (n - 1) and
    // rank = 1 + the number of values strictly before this one in the order (SQL's RANK(): ties share a rank,
    // hence a score). n = 1 gives percent rank 0, so score 1. NaN (no value) scores 0 and does not count in n.
    // Computed exactly in integers; for n and levels in any realistic range it equals SQLite's double
    // computation of floor(levels * percent_rank()).
    static std::vector<int> scores(std::span<const double> values, int levels, Order order = Order::Ascending);

    // FM = floor((F + M + 1) / 2): the mean of F and M, rounded half up. 0 if either is 0.
    static int fmScore(int f, int m);
};

} // namespace swb
