#include "analysis/bgnbd.h"

#include "analysis/clvmath.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <tuple>

namespace swb {

std::vector<BgNbdGroup> BgNbd::group(std::span<const ClvCustomer> customers)
{
    std::vector<BgNbdGroup> all;
    all.reserve(customers.size());
    for (const ClvCustomer& c : customers)
        all.push_back({c.x, c.tx, c.T, 1});
    std::sort(all.begin(), all.end(), [](const BgNbdGroup& l, const BgNbdGroup& r) {
        return std::tie(l.x, l.tx, l.T) < std::tie(r.x, r.tx, r.T);
    });
    std::vector<BgNbdGroup> out;
    for (const BgNbdGroup& g : all) {
        if (!out.empty() && out.back().x == g.x && out.back().tx == g.tx && out.back().T == g.T)
            out.back().weight += 1;
        else
            out.push_back(g);
    }
    return out;
}

namespace {

// The parts of ln L that depend on x only (groups come sorted by x, so each is computed once per x).
struct PerX
{
    int x = -1;
    double a1 = 0; // ln Γ(r+x) − ln Γ(r) + r ln α
    double a2 = 0; // ln B(a, b+x) − ln B(a, b)
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
        if (!derivatives)
            return;
        const double psiABX = ClvMath::digamma(p.a + p.b + x);
        const double psiAB = ClvMath::digamma(p.a + p.b);
        dr = ClvMath::digamma(p.r + x) - ClvMath::digamma(p.r) + std::log(p.alpha);
        da = psiAB - psiABX;
        db = psiAB + ClvMath::digamma(p.b + x) - ClvMath::digamma(p.b) - psiABX;
    }
};

// ln L = A1 + A2 + ln(exp(A3) + δ(x>0) exp(A4)); the A4 term is absent (not log 0 of a zero term) when x = 0.
double a3Of(const BgNbdParams& p, int x, double T)
{
    return -(p.r + x) * std::log(p.alpha + T);
}

double a4Of(const BgNbdParams& p, int x, double tx)
{
    return x > 0 ? std::log(p.a) - std::log(p.b + x - 1) - (p.r + x) * std::log(p.alpha + tx)
                 : -std::numeric_limits<double>::infinity();
}

} // namespace

double BgNbd::logLikelihood(const BgNbdParams& p, int x, double tx, double T)
{
    PerX perX;
    perX.update(p, x, false);
    return perX.a1 + perX.a2 + ClvMath::logSumExp(a3Of(p, x, T), a4Of(p, x, tx));
}

double BgNbd::logLikelihood(const BgNbdParams& p, std::span<const BgNbdGroup> groups, Eigen::Vector4d* gradient)
{
    double total = 0;
    Eigen::Vector4d grad = Eigen::Vector4d::Zero();
    PerX perX;
    for (const BgNbdGroup& g : groups) {
        perX.update(p, g.x, gradient != nullptr);
        const double a3 = a3Of(p, g.x, g.T);
        const double a4 = a4Of(p, g.x, g.tx);
        const double tail = ClvMath::logSumExp(a3, a4);
        total += g.weight * (perX.a1 + perX.a2 + tail);
        if (!gradient)
            continue;
        const double w3 = std::exp(a3 - tail); // share of the A3 term in exp(A3) + exp(A4)
        const double w4 = g.x > 0 ? 1 - w3 : 0;
        const double s = p.r + g.x;
        double dr = perX.dr - w3 * std::log(p.alpha + g.T);
        double dalpha = p.r / p.alpha - w3 * s / (p.alpha + g.T);
        double da = perX.da;
        double db = perX.db;
        if (g.x > 0) {
            dr -= w4 * std::log(p.alpha + g.tx);
            dalpha -= w4 * s / (p.alpha + g.tx);
            da += w4 / p.a;
            db -= w4 / (p.b + g.x - 1);
        }
        grad += g.weight * Eigen::Vector4d(dr, dalpha, da, db);
    }
    if (gradient)
        *gradient = grad;
    return total;
}

namespace {

BgNbdParams paramsOf(const Eigen::VectorXd& v)
{
    return {v[0], v[1], v[2], v[3]};
}

} // namespace

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
    const ClvOptimizer::Objective objective = [groups](const Eigen::VectorXd& v, Eigen::VectorXd* gradient) {
        Eigen::Vector4d g;
        const double ll = logLikelihood(paramsOf(v), groups, gradient ? &g : nullptr);
        if (gradient)
            *gradient = g;
        return ll;
    };
    const ClvOptimum best = ClvOptimizer::maximise(objective, starts, out.customers, options, cancel);
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

double BgNbd::expectedTransactions(const BgNbdParams& p, int x, double tx, double T, double t)
{
    if (t <= 0)
        return 0;
    // At a = 1 the formula is 0/0 (its limit is finite): the mean of both sides, accurate to about 1e-8.
    if (std::abs(p.a - 1) < 0.5e-4) {
        BgNbdParams below = p;
        BgNbdParams above = p;
        below.a = 1 - 1e-4;
        above.a = 1 + 1e-4;
        return (expectedTransactions(below, x, tx, T, t) + expectedTransactions(above, x, tx, T, t)) / 2;
    }
    const double z = t / (p.alpha + T + t);
    // ((α+T)/(α+T+t))^(r+x) · 2F1(r+x, b+x; a+b+x−1; z), with (α+T)/(α+T+t) = 1 − z
    const Hyp2f1Result h = ClvMath::scaledHyp2f1(p.r + x, p.b + x, p.a + p.b + x - 1, z);
    if (!h.converged)
        return std::numeric_limits<double>::quiet_NaN();
    const double numerator = (p.a + p.b + x - 1) / (p.a - 1) * (1 - h.value);
    return numerator * pAlive(p, x, tx, T);
}

} // namespace swb
