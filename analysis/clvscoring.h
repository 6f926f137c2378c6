// Every customer's predicted value at once: the BG/NBD parts once per (x, t_x, T) and on all cores.
#pragma once

#include "analysis/gammagamma.h"

#include <span>
#include <vector>

namespace swb {

struct ClvScore
{
    double pAlive = 0; // BgNbd::pAlive
    double expectedPurchases = 0; // BgNbd::expectedTransactions over the horizon
    double expectedValue = 0; // GammaGamma::expectedValue
    double clv = 0; // GammaGamma::predictedClv
};

class ClvScoring
{
public:
    // The scores of customers[i] in element i: the same numbers as the per-customer functions give. groups and
    // groupOf are BgNbd::group's result and mapping for these customers. threads <= 0: one per core.
    static std::vector<ClvScore> score(std::span<const ClvCustomer> customers, std::span<const BgNbdGroup> groups,
                                       std::span<const qint64> groupOf, const BgNbdParams& bgnbd,
                                       const GammaGammaParams& spend, double horizonWeeks, double annualDiscountRate,
                                       int threads = 0);
};

} // namespace swb
