// Holdout backtest of the customer-value models: actual vs predicted repeat transactions after the calibration end.
#pragma once

#include "analysis/gammagamma.h"

#include <span>
#include <vector>

namespace swb {

// Customers with x calibration repeat transactions (the last bin holds x >= its x), as in Fader, Hardie & Lee's
// figure of conditional expectations.
struct ClvFrequencyBin
{
    int x = 0;
    qint64 customers = 0;
    double actual = 0; // holdout transactions, summed
    double predicted = 0; // E[Y(holdout weeks)], summed
    double meanActual() const { return customers > 0 ? actual / double(customers) : 0; }
    double meanPredicted() const { return customers > 0 ? predicted / double(customers) : 0; }
};

// The tracking curve of the papers' figure 2, over the holdout: repeat transactions from the calibration end to
// `week` weeks after it, summed over the customers, actual and predicted (E[Y(week)] of each customer).
struct ClvTrackingPoint
{
    double week = 0;
    double actual = 0;
    double predicted = 0;
};

struct ClvBacktest
{
    double holdoutWeeks = 0;
    qint64 customers = 0;
    double actual = 0; // holdout transactions of all customers
    double predicted = 0;
    double meanAbsoluteError = 0; // per customer
    std::vector<ClvFrequencyBin> byFrequency; // x = 0 … lastBin
    qint64 predictionFailures = 0; // customers whose expectation was NaN (left out of the sums)
    // Gamma-Gamma: mean of E[M | x, m_x] and of m_x over customers with x >= 1 and m_x > 0, and the mean value
    // per transaction in the holdout (NaN when it has none).
    double predictedMeanSpend = 0;
    double observedMeanSpend = 0;
    double holdoutMeanSpend = 0;
    std::vector<ClvTrackingPoint> weekly; // cumulative; filled by ClvBacktester::weeklyTracking
};

class ClvBacktester
{
public:
    // Nothing to compare (holdoutWeeks 0) when data has no transaction after the calibration end.
    static ClvBacktest run(const ClvData& data, const BgNbdParams& bgnbd, const GammaGammaParams& spend,
                           int lastBin = 7);
    // One point per week after data's calibration end (the last at data.holdoutWeeks, a part week when the holdout
    // ends inside one); empty without a holdout. `lines` are the order lines data was summarised from (the same
    // rule: one transaction per customer and day whose sum is >= 0); only customers in data count. Customers whose
    // expectation is NaN are left out of `predicted`.
    static std::vector<ClvTrackingPoint> weeklyTracking(std::span<const ClvOrderLine> lines, const ClvData& data,
                                                        const BgNbdParams& bgnbd);
};

} // namespace swb
