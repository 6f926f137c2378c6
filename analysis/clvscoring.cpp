#include "analysis/clvscoring.h"

#include "analysis/threadpool.h"

#include <algorithm>

namespace swb {

namespace {

// The parts of a score that depend on (x, t_x, T) only.
struct GroupScore
{
    double pAlive = 0;
    double expected = 0;
    double discounted = 0;
};

constexpr qint64 kChunk = 2048;

} // namespace

std::vector<ClvScore> ClvScoring::score(std::span<const ClvCustomer> customers, std::span<const BgNbdGroup> groups,
                                        std::span<const qint64> groupOf, const BgNbdParams& bgnbd,
                                        const GammaGammaParams& spend, double horizonWeeks, double annualDiscountRate,
                                        int threads)
{
    ThreadPool pool(threads);
    std::vector<GroupScore> perGroup(groups.size());
    const qint64 groupCount = qint64(groups.size());
    pool.run(int((groupCount + kChunk - 1) / kChunk), [&](int chunk) {
        const qint64 end = std::min(groupCount, (chunk + 1) * kChunk);
        for (qint64 i = chunk * kChunk; i < end; ++i) {
            const BgNbdGroup& g = groups[std::size_t(i)];
            GroupScore& s = perGroup[std::size_t(i)];
            s.pAlive = BgNbd::pAlive(bgnbd, g.x, g.tx, g.T);
            s.discounted = GammaGamma::discountedTransactions(bgnbd, g.x, g.tx, g.T, horizonWeeks, annualDiscountRate,
                                                              &s.expected);
        }
    });
    std::vector<ClvScore> out(customers.size());
    const qint64 customerCount = qint64(customers.size());
    pool.run(int((customerCount + kChunk - 1) / kChunk), [&](int chunk) {
        const qint64 end = std::min(customerCount, (chunk + 1) * kChunk);
        for (qint64 i = chunk * kChunk; i < end; ++i) {
            const ClvCustomer& c = customers[std::size_t(i)];
            const GroupScore& g = perGroup[std::size_t(groupOf[std::size_t(i)])];
            const double value = GammaGamma::expectedValue(spend, c.x, c.mx);
            out[std::size_t(i)] = {g.pAlive, g.expected, value, value * g.discounted};
        }
    });
    return out;
}

} // namespace swb
