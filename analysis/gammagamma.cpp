#include "analysis/gammagamma.h"

#include "analysis/clvmath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

std::vector<SpendObservation> GammaGamma::observations(std::span<const ClvCustomer> customers)
{
    std::vector<SpendObservation> out;
    for (const ClvCustomer& c : customers)
        if (c.x > 0 && c.mx > 0)
            out.push_back({c.x, c.mx});
    std::stable_sort(out.begin(), out.end(),
                     [](const SpendObservation& l, const SpendObservation& r) { return l.x < r.x; });
    return out;
}

namespace {

// The parts of a customer's log-likelihood that depend on x only (observations come sorted by x).
struct PerX
{
    int x = 0;
    double constant = 0; // ln Γ(px+q) − ln Γ(px) + px ln x
    double psiPXQ = 0; // ψ(px+q)
    double dp = 0; // x (ψ(px+q) − ψ(px) + ln x)

    void update(const GammaGammaParams& p, int newX, bool derivatives)
    {
        if (newX == x)
            return;
        x = newX;
        const double px = p.p * x;
        const double logX = std::log(double(x));
        constant = std::lgamma(px + p.q) - std::lgamma(px) + px * logX;
        if (!derivatives)
            return;
        psiPXQ = ClvMath::digamma(px + p.q);
        dp = x * (psiPXQ - ClvMath::digamma(px) + logX);
    }
};

} // namespace

double GammaGamma::logLikelihood(const GammaGammaParams& p, std::span<const SpendObservation> spend,
                                 Eigen::Vector3d* gradient)
{
    double total = 0;
    Eigen::Vector3d grad = Eigen::Vector3d::Zero();
    const double logGamma = std::log(p.gamma);
    const double lgammaQ = std::lgamma(p.q);
    const double psiQ = gradient ? ClvMath::digamma(p.q) : 0;
    PerX perX;
    for (const SpendObservation& o : spend) {
        perX.update(p, o.x, gradient != nullptr);
        const double px = p.p * o.x;
        const double logM = std::log(o.mx);
        const double logSum = std::log(p.gamma + o.x * o.mx);
        total += perX.constant - lgammaQ + p.q * logGamma + (px - 1) * logM - (px + p.q) * logSum;
        if (!gradient)
            continue;
        grad[0] += perX.dp + o.x * (logM - logSum);
        grad[1] += perX.psiPXQ - psiQ + logGamma - logSum;
        grad[2] += p.q / p.gamma - (px + p.q) / (p.gamma + o.x * o.mx);
    }
    if (gradient)
        *gradient = grad;
    return total;
}

GammaGammaFit GammaGamma::fit(std::span<const SpendObservation> spend, const ClvFitOptions& options,
                              const CancelCheck& cancel)
{
    GammaGammaFit out;
    out.customers = qint64(spend.size());
    double meanSpend = 0;
    for (const SpendObservation& o : spend)
        meanSpend += o.mx / double(spend.size());
    if (!(meanSpend > 0))
        meanSpend = 1;
    // E[M] = pγ / (q − 1): each start matches the observed mean spend.
    std::vector<Eigen::VectorXd> starts;
    for (const auto& [p, q] : {std::pair{1.0, 2.0}, std::pair{5.0, 4.0}, std::pair{2.0, 10.0}, std::pair{20.0, 1.5}})
        starts.push_back(Eigen::Vector3d(p, q, meanSpend * (q - 1) / p));
    const ClvOptimizer::Objective objective = [spend](const Eigen::VectorXd& v, Eigen::VectorXd* gradient) {
        Eigen::Vector3d g;
        const double ll = logLikelihood({v[0], v[1], v[2]}, spend, gradient ? &g : nullptr);
        if (gradient)
            *gradient = g;
        return ll;
    };
    const ClvOptimum best = ClvOptimizer::maximise(objective, starts, double(spend.size()), options, cancel);
    out.cancelled = best.cancelled;
    if (best.params.size() != 3)
        return out;
    out.params = {best.params[0], best.params[1], best.params[2]};
    out.standardErrors = {best.standardErrors[0], best.standardErrors[1], best.standardErrors[2]};
    out.logLikelihood = best.logLikelihood;
    out.converged = best.converged;
    out.iterations = best.iterations;
    out.atBound = best.atBound;
    return out;
}

double GammaGamma::expectedValue(const GammaGammaParams& p, int x, double mx)
{
    if (!(p.q > 1))
        return std::numeric_limits<double>::quiet_NaN();
    return p.p * (p.gamma + x * mx) / (p.p * x + p.q - 1);
}

double GammaGamma::predictedClv(const BgNbdParams& bgnbd, const GammaGammaParams& spend, const ClvCustomer& customer,
                                double horizonWeeks, double annualDiscountRate)
{
    const double value = expectedValue(spend, customer.x, customer.mx);
    const double monthWeeks = 52.0 / 12;
    const double monthlyRate = std::pow(1 + annualDiscountRate, 1.0 / 12) - 1;
    double clv = 0;
    double before = 0;
    for (int k = 1; (k - 1) * monthWeeks < horizonWeeks; ++k) {
        const double t = std::min(k * monthWeeks, horizonWeeks);
        const double upTo = BgNbd::expectedTransactions(bgnbd, customer.x, customer.tx, customer.T, t);
        clv += value * (upTo - before) / std::pow(1 + monthlyRate, k);
        before = upTo;
    }
    return clv;
}

} // namespace swb
