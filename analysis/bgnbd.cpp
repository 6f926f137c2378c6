#include "analysis/bgnbd.h"

#include "analysis/clvmath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace swb {

std::vector<BgNbdGroup> BgNbd::group(std::span<const ClvCustomer> customers, std::vector<qint64>* groupOf)
{
    // Sorted by value, not through an index (1,000,000 customers sort 3× faster so): first distributed by x (a
    // counting sort; x is small), then each x's customers sorted by (t_x, T) on all cores.
    struct Keyed
    {
        double tx;
        double T;
        qint32 customer;
        int x;
    };
    int minX = 0;
    int maxX = 0;
    for (const ClvCustomer& c : customers) {
        minX = std::min(minX, c.x);
        maxX = std::max(maxX, c.x);
    }
    const auto bucket = [minX](int x) {
        return std::size_t(x - minX);
    };
    std::vector<qint64> start(bucket(maxX) + 2, 0);
    for (const ClvCustomer& c : customers)
        ++start[bucket(c.x) + 1];
    for (std::size_t x = 1; x < start.size(); ++x)
        start[x] += start[x - 1];
    std::vector<Keyed> all(customers.size());
    std::vector<qint64> next(start.begin(), start.end() - 1);
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const ClvCustomer& c = customers[i];
        all[std::size_t(next[bucket(c.x)]++)] = {c.tx, c.T, qint32(i), c.x};
    }
    ThreadPool pool;
    pool.run(int(start.size()) - 1, [&](int b) {
        std::sort(all.begin() + start[std::size_t(b)], all.begin() + start[std::size_t(b) + 1],
                  [](const Keyed& l, const Keyed& r) { return l.tx < r.tx || (l.tx == r.tx && l.T < r.T); });
    });
    std::vector<BgNbdGroup> out;
    if (groupOf)
        groupOf->assign(customers.size(), 0);
    for (const Keyed& k : all) {
        if (!out.empty() && out.back().x == k.x && out.back().tx == k.tx && out.back().T == k.T)
            out.back().weight += 1;
        else
            out.push_back({k.x, k.tx, k.T, 1});
        if (groupOf)
            (*groupOf)[std::size_t(k.customer)] = qint64(out.size()) - 1;
    }
    return out;
}

namespace {

// The parts of ln L that depend on x only (groups come sorted by x, so each is computed once per x and chunk).
struct PerX
{
    int x = -1;
    double a1 = 0; // ln Γ(r+x) − ln Γ(r) + r ln α
    double a2 = 0; // ln B(a, b+x) − ln B(a, b)
    double c4 = 0; // ln a − ln(b+x−1), the constant of A4 (x > 0)
    double dr = 0; // ψ(r+x) − ψ(r) + ln α
    double da = 0; // ψ(a+b) − ψ(a+b+x)
    double db = 0; // ψ(a+b) + ψ(b+x) − ψ(b) − ψ(a+b+x)

    void update(const BgNbdParams& p, int newX, bool derivatives)
    {
        if (newX == x)
            return;
        x = newX;
        a1 = std::lgamma(p.r + x) - std::lgamma(p.r) + p.r * std::log(p.alpha);
        a2 = std::lgamma(p.a + p.b) + std::lgamma(p.b + x) - std::lgamma(p.b) - std::lgamma(p.a + p.b + x);
        c4 = x > 0 ? std::log(p.a) - std::log(p.b + x - 1) : 0;
        if (!derivatives)
            return;
        const double psiABX = ClvMath::digamma(p.a + p.b + x);
        const double psiAB = ClvMath::digamma(p.a + p.b);
        dr = ClvMath::digamma(p.r + x) - ClvMath::digamma(p.r) + std::log(p.alpha);
        da = psiAB - psiABX;
        db = psiAB + ClvMath::digamma(p.b + x) - ClvMath::digamma(p.b) - psiABX;
    }
};

// ln(exp(A3) + exp(A4)) and the share of the A3 term in that sum, with one exp and one log1p.
struct Tail
{
    double value;
    double w3;
};

Tail tailOf(double a3, double a4)
{
    const double d = a4 - a3;
    if (d <= 0) {
        const double e = std::exp(d);
        return {a3 + std::log1p(e), 1 / (1 + e)};
    }
    const double e = std::exp(-d);
    return {a4 + std::log1p(e), e / (1 + e)};
}

// The groups laid out for repeated evaluation: ln(α + T) and ln(α + t_x) are computed once per distinct T and
// t_x (whole days in practice: a few hundred values for any number of customers), not once per group.
class Likelihood
{
public:
    explicit Likelihood(std::span<const BgNbdGroup> groups)
        : m_groups(groups)
    {
        std::vector<double> T;
        std::vector<double> tx;
        for (const BgNbdGroup& g : groups) {
            T.push_back(g.T);
            tx.push_back(g.tx);
        }
        m_T = distinct(std::move(T));
        m_tx = distinct(std::move(tx));
        m_index.reserve(groups.size());
        for (const BgNbdGroup& g : groups)
            m_index.push_back({indexOf(m_T, g.T), indexOf(m_tx, g.tx)});
    }

    double operator()(const BgNbdParams& p, Eigen::Vector4d* gradient, ThreadPool* pool) const
    {
        Tables t{table(p.alpha, m_T), table(p.alpha, m_tx)};
        return ClvOptimizer::sumInChunks(
            qint64(m_groups.size()), pool, gradient,
            [&](qint64 begin, qint64 end, Eigen::Vector4d* g) { return chunk(p, t, begin, end, g); });
    }

private:
    struct Index
    {
        int T;
        int tx;
    };
    // ln(α + v) and 1 / (α + v) per distinct value v.
    struct Table
    {
        std::vector<double> log;
        std::vector<double> inverse;
    };
    struct Tables
    {
        Table T;
        Table tx;
    };

    static std::vector<double> distinct(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        values.erase(std::unique(values.begin(), values.end()), values.end());
        return values;
    }
    static int indexOf(const std::vector<double>& values, double v)
    {
        return int(std::lower_bound(values.begin(), values.end(), v) - values.begin());
    }
    static Table table(double alpha, const std::vector<double>& values)
    {
        Table t;
        t.log.reserve(values.size());
        t.inverse.reserve(values.size());
        for (double v : values) {
            t.log.push_back(std::log(alpha + v));
            t.inverse.push_back(1 / (alpha + v));
        }
        return t;
    }

    double chunk(const BgNbdParams& p, const Tables& t, qint64 begin, qint64 end, Eigen::Vector4d* gradient) const
    {
        double total = 0;
        double gr = 0, galpha = 0, ga = 0, gb = 0;
        PerX perX;
        for (qint64 i = begin; i < end; ++i) {
            const BgNbdGroup& g = m_groups[std::size_t(i)];
            const Index& at = m_index[std::size_t(i)];
            perX.update(p, g.x, gradient != nullptr);
            const double s = p.r + g.x;
            const double logT = t.T.log[std::size_t(at.T)];
            const double a3 = -s * logT;
            const double logTx = t.tx.log[std::size_t(at.tx)];
            const Tail tail = g.x > 0 ? tailOf(a3, perX.c4 - s * logTx) : Tail{a3, 1};
            total += g.weight * (perX.a1 + perX.a2 + tail.value);
            if (!gradient)
                continue;
            const double w3 = tail.w3;
            const double w4 = g.x > 0 ? 1 - w3 : 0;
            double dr = perX.dr - w3 * logT;
            double dalpha = p.r / p.alpha - w3 * s * t.T.inverse[std::size_t(at.T)];
            double da = perX.da;
            double db = perX.db;
            if (g.x > 0) {
                dr -= w4 * logTx;
                dalpha -= w4 * s * t.tx.inverse[std::size_t(at.tx)];
                da += w4 / p.a;
                db -= w4 / (p.b + g.x - 1);
            }
            gr += g.weight * dr;
            galpha += g.weight * dalpha;
            ga += g.weight * da;
            gb += g.weight * db;
        }
        if (gradient)
            *gradient = Eigen::Vector4d(gr, galpha, ga, gb);
        return total;
    }

    std::span<const BgNbdGroup> m_groups;
    std::vector<double> m_T;
    std::vector<double> m_tx;
    std::vector<Index> m_index;
};

// Every `every`-th customer in the groups' order (so every x and (t_x, T) region in proportion), as groups.
std::vector<BgNbdGroup> sampleOf(std::span<const BgNbdGroup> groups, double every)
{
    std::vector<BgNbdGroup> out;
    double cumulative = 0;
    for (const BgNbdGroup& g : groups) {
        const double before = std::floor(cumulative / every);
        cumulative += g.weight;
        const double taken = std::floor(cumulative / every) - before;
        if (taken > 0)
            out.push_back({g.x, g.tx, g.T, taken});
    }
    return out;
}

BgNbdParams paramsOf(const Eigen::VectorXd& v)
{
    return {v[0], v[1], v[2], v[3]};
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParams& p, int x, double tx, double T)
{
    PerX perX;
    perX.update(p, x, false);
    const double a3 = -(p.r + x) * std::log(p.alpha + T);
    return perX.a1 + perX.a2 + (x > 0 ? tailOf(a3, perX.c4 - (p.r + x) * std::log(p.alpha + tx)).value : a3);
}

double BgNbd::logLikelihood(const BgNbdParams& p, std::span<const BgNbdGroup> groups, Eigen::Vector4d* gradient)
{
    return Likelihood(groups)(p, gradient, nullptr);
}

BgNbdFit BgNbd::fit(std::span<const BgNbdGroup> groups, const ClvFitOptions& options, const CancelCheck& cancel)
{
    BgNbdFit out;
    double repeat = 0;
    double exposure = 0;
    for (const BgNbdGroup& g : groups) {
        out.customers += g.weight;
        repeat += g.weight * g.x;
        exposure += g.weight * g.T;
    }
    out.groups = qint64(groups.size());
    // r / alpha is the mean purchase rate while alive; starts spread r, a and b around it.
    const double rate = repeat > 0 && exposure > 0 ? repeat / exposure : 0.1;
    std::vector<Eigen::VectorXd> starts;
    for (const auto& [r, a, b] :
         {std::tuple{1.0, 1.0, 1.0}, std::tuple{0.25, 0.8, 2.5}, std::tuple{2.0, 0.5, 4.0}, std::tuple{0.5, 2.0, 1.0}})
        starts.push_back(Eigen::Vector4d(r, r / rate, a, b));
    ThreadPool pool(options.threads);
    const auto objectiveOf = [&pool](const Likelihood& likelihood) {
        return [&likelihood, &pool](const Eigen::VectorXd& v, Eigen::VectorXd* gradient) {
            Eigen::Vector4d g;
            const double ll = likelihood(paramsOf(v), gradient ? &g : nullptr, &pool);
            if (gradient)
                *gradient = g;
            return ll;
        };
    };
    const Likelihood likelihood(groups);
    const double every = options.sampleEvery(out.customers);
    const std::vector<BgNbdGroup> sample = every > 0 ? sampleOf(groups, every) : std::vector<BgNbdGroup>{};
    const Likelihood sampleLikelihood(sample);
    double sampleWeight = 0;
    for (const BgNbdGroup& g : sample)
        sampleWeight += g.weight;
    const ClvOptimum best = ClvOptimizer::maximiseFromSample(
        every > 0 ? ClvOptimizer::Objective(objectiveOf(sampleLikelihood)) : ClvOptimizer::Objective(), sampleWeight,
        objectiveOf(likelihood), starts, out.customers, options, cancel);
    out.cancelled = best.cancelled;
    if (best.params.size() != 4)
        return out;
    out.params = paramsOf(best.params);
    out.standardErrors = paramsOf(best.standardErrors);
    out.logLikelihood = best.logLikelihood;
    out.converged = best.converged;
    out.iterations = best.iterations;
    out.atBound = best.atBound;
    return out;
}

double BgNbd::pAlive(const BgNbdParams& p, int x, double tx, double T)
{
    if (x == 0)
        return 1;
    const double odds = std::exp(std::log(p.a) - std::log(p.b + x - 1)
                                 + (p.r + x) * (std::log(p.alpha + T) - std::log(p.alpha + tx)));
    return 1 / (1 + odds);
}

double BgNbd::expectedTransactionsIfAlive(const BgNbdParams& p, int x, double T, double t)
{
    if (t <= 0)
        return 0;
    // At a = 1 the formula is 0/0 (its limit is finite): the mean of both sides, accurate to about 1e-8.
    if (std::abs(p.a - 1) < 0.5e-4) {
        BgNbdParams below = p;
        BgNbdParams above = p;
        below.a = 1 - 1e-4;
        above.a = 1 + 1e-4;
        return (expectedTransactionsIfAlive(below, x, T, t) + expectedTransactionsIfAlive(above, x, T, t)) / 2;
    }
    const double z = t / (p.alpha + T + t);
    // ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z), with (α+T)/(α+T+t) = 1 − z
    const Hyp2f1Result h = ClvMath::scaledHyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    if (!h.converged)
        return std::numeric_limits<double>::quiet_NaN();
    return (p.a + p.b + x - 1) / (p.a - 1) * (1 - h.value);
}

double BgNbd::expectedTransactions(const BgNbdParams& p, int x, double tx, double T, double t)
{
    if (t <= 0)
        return 0;
    return expectedTransactionsIfAlive(p, x, T, t) * pAlive(p, x, tx, T);
}

} // namespace swb
