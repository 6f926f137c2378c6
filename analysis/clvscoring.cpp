#include "analysis/clvscoring.h"

#include "analysis/threadpool.h"

#include <algorithm>
#include <tuple>

namespace swb {

namespace {

// The expectations of a customer still alive, which depend on (x, T) only.
struct IfAlive
{
    int x = 0;
    double T = 0;
    double expected = 0;
    double discounted = 0;

    bool operator<(const IfAlive& o) const { return std::tie(x, T) < std::tie(o.x, o.T); }
    bool operator==(const IfAlive& o) const { return x == o.x && T == o.T; }
};

constexpr qint64 kChunk = 1024;

// body(i) for i in [0, count), in fixed chunks on pool.
template<typename Body>
void forEach(ThreadPool& pool, qint64 count, const Body& body)
{
    pool.run(int((count + kChunk - 1) / kChunk), [&](int chunk) {
        const qint64 end = std::min(count, (chunk + 1) * kChunk);
        for (qint64 i = chunk * kChunk; i < end; ++i)
            body(std::size_t(i));
    });
}

} // namespace

std::vector<ClvScore> ClvScoring::score(std::span<const ClvCustomer> customers, std::span<const BgNbdGroup> groups,
                                        std::span<const qint64> groupOf, const BgNbdParams& bgnbd,
                                        const GammaGammaParams& spend, double horizonWeeks, double annualDiscountRate,
                                        int threads)
{
    ThreadPool pool(threads);
    // The hypergeometric series (12 per month of a year's horizon) once per distinct (x, T): for customers on
    // whole days a few per cent of the (x, t_x, T) groups.
    std::vector<IfAlive> ifAlive;
    ifAlive.reserve(groups.size());
    for (const BgNbdGroup& g : groups)
        ifAlive.push_back({g.x, g.T});
    std::sort(ifAlive.begin(), ifAlive.end());
    ifAlive.erase(std::unique(ifAlive.begin(), ifAlive.end()), ifAlive.end());
    forEach(pool, qint64(ifAlive.size()), [&](std::size_t i) {
        IfAlive& e = ifAlive[i];
        e.discounted
            = GammaGamma::discountedTransactionsIfAlive(bgnbd, e.x, e.T, horizonWeeks, annualDiscountRate, &e.expected);
    });
    struct PerGroup
    {
        double pAlive;
        const IfAlive* ifAlive;
    };
    std::vector<PerGroup> perGroup(groups.size());
    forEach(pool, qint64(groups.size()), [&](std::size_t i) {
        const BgNbdGroup& g = groups[i];
        perGroup[i] = {BgNbd::pAlive(bgnbd, g.x, g.tx, g.T),
                       &*std::lower_bound(ifAlive.begin(), ifAlive.end(), IfAlive{g.x, g.T})};
    });
    std::vector<ClvScore> out(customers.size());
    forEach(pool, qint64(customers.size()), [&](std::size_t i) {
        const ClvCustomer& c = customers[i];
        const PerGroup& g = perGroup[std::size_t(groupOf[i])];
        const double value = GammaGamma::expectedValue(spend, c.x, c.mx);
        // The same products, in the same order, as BgNbd::expectedTransactions and GammaGamma::predictedClv.
        out[i] = {g.pAlive, g.ifAlive->expected * g.pAlive, value, value * g.ifAlive->discounted * g.pAlive};
    });
    return out;
}

} // namespace swb
