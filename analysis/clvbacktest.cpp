#include "analysis/clvbacktest.h"

#include "analysis/kpimath.h"

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

// Holdout transactions per week after the calibration end (index 0 = the first week), of the customers in data.
std::vector<double> holdoutPerWeek(std::span<const ClvOrderLine> lines, const ClvData& data, std::size_t weeks)
{
    std::vector<ClvOrderLine> sorted(lines.begin(), lines.end());
    std::sort(sorted.begin(), sorted.end(), [](const ClvOrderLine& l, const ClvOrderLine& r) {
        return l.customer != r.customer ? l.customer < r.customer : l.day < r.day;
    });
    std::vector<qint64> known;
    known.reserve(data.customers.size());
    for (const ClvCustomer& c : data.customers)
        known.push_back(c.customer);
    std::sort(known.begin(), known.end());
    std::vector<double> counts(weeks, 0);
    for (std::size_t i = 0; i < sorted.size();) {
        MoneySum sum;
        std::size_t j = i;
        for (; j < sorted.size() && sorted[j].customer == sorted[i].customer && sorted[j].day == sorted[i].day; ++j)
            sum.add(sorted[j].amount);
        const qint64 after = sorted[i].day - data.calibrationEndDay;
        if (after > 0 && sum.value() >= 0 && std::binary_search(known.begin(), known.end(), sorted[i].customer))
            ++counts[std::min(weeks - 1, std::size_t((after - 1) / 7))];
        i = j;
    }
    return counts;
}

} // namespace

std::vector<ClvTrackingPoint> ClvBacktester::weeklyTracking(std::span<const ClvOrderLine> lines, const ClvData& data,
                                                            const BgNbdParams& bgnbd)
{
    if (!(data.holdoutWeeks > 0))
        return {};
    const auto weeks = std::size_t(std::ceil(data.holdoutWeeks - 1e-9));
    const std::vector<double> perWeek = holdoutPerWeek(lines, data, weeks);
    const std::vector<BgNbdGroup> groups = BgNbd::group(data.customers);
    std::vector<ClvTrackingPoint> out;
    double actual = 0;
    for (std::size_t w = 0; w < weeks; ++w) {
        ClvTrackingPoint point;
        point.week = std::min(double(w + 1), data.holdoutWeeks);
        actual += perWeek[w];
        point.actual = actual;
        for (const BgNbdGroup& g : groups) {
            const double expected = BgNbd::expectedTransactions(bgnbd, g.x, g.tx, g.T, point.week);
            if (!std::isnan(expected))
                point.predicted += g.weight * expected;
        }
        out.push_back(point);
    }
    return out;
}

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
