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
};

class ClvBacktester
{
public:
    // Nothing to compare (holdoutWeeks 0) when data has no transaction after the calibration end.
    static ClvBacktest run(const ClvData& data, const BgNbdParams& bgnbd, const GammaGammaParams& spend,
                           int lastBin = 7);
};

} // namespace swb
