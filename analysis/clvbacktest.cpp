#include "analysis/clvbacktest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

namespace {

void addSpend(const ClvData& data, const GammaGammaParams& spend, ClvBacktest* out)
{
    qint64 repeat = 0;
    double holdoutAmount = 0;
    qint64 holdoutTransactions = 0;
    for (const ClvCustomer& c : data.customers) {
        holdoutAmount += c.holdoutAmount;
        holdoutTransactions += c.holdoutTransactions;
        if (c.x == 0 || !(c.mx > 0))
            continue;
        ++repeat;
        out->predictedMeanSpend += GammaGamma::expectedValue(spend, c.x, c.mx);
        out->observedMeanSpend += c.mx;
    }
    out->predictedMeanSpend = repeat > 0 ? out->predictedMeanSpend / double(repeat) : 0;
    out->observedMeanSpend = repeat > 0 ? out->observedMeanSpend / double(repeat) : 0;
    out->holdoutMeanSpend = holdoutTransactions > 0 ? holdoutAmount / double(holdoutTransactions)
                                                    : std::numeric_limits<double>::quiet_NaN();
}

} // namespace

ClvBacktest ClvBacktester::run(const ClvData& data, const BgNbdParams& bgnbd, const GammaGammaParams& spend,
                               int lastBin)
{
    ClvBacktest out;
    out.holdoutWeeks = data.holdoutWeeks;
    lastBin = std::max(lastBin, 0);
    for (int x = 0; x <= lastBin; ++x)
        out.byFrequency.push_back({x, 0, 0, 0});
    double absoluteErrors = 0;
    for (const ClvCustomer& c : data.customers) {
        const double predicted = BgNbd::expectedTransactions(bgnbd, c.x, c.tx, c.T, out.holdoutWeeks);
        if (std::isnan(predicted)) {
            ++out.predictionFailures;
            continue;
        }
        ++out.customers;
        out.actual += c.holdoutTransactions;
        out.predicted += predicted;
        absoluteErrors += std::abs(c.holdoutTransactions - predicted);
        ClvFrequencyBin& bin = out.byFrequency[std::size_t(std::min(c.x, lastBin))];
        ++bin.customers;
        bin.actual += c.holdoutTransactions;
        bin.predicted += predicted;
    }
    out.meanAbsoluteError = out.customers > 0 ? absoluteErrors / double(out.customers) : 0;
    addSpend(data, spend, &out);
    return out;
}

} // namespace swb
