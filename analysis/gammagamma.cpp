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

// The sum over spend[begin, end); logM[i] = ln m_x of spend[i].
double chunkLogLikelihood(const GammaGammaParams& p, std::span<const SpendObservation> spend,
                          std::span<const double> logM, qint64 begin, qint64 end, Eigen::Vector3d* gradient)
{
    double total = 0;
    double gp = 0, gq = 0, gg = 0;
    const double logGamma = std::log(p.gamma);
    const double lgammaQ = std::lgamma(p.q);
    const double psiQ = gradient ? ClvMath::digamma(p.q) : 0;
    PerX perX;
    for (qint64 i = begin; i < end; ++i) {
        const SpendObservation& o = spend[std::size_t(i)];
        perX.update(p, o.x, gradient != nullptr);
        const double px = p.p * o.x;
        const double lm = logM[std::size_t(i)];
        const double sum = p.gamma + o.x * o.mx;
        const double logSum = std::log(sum);
        total += perX.constant - lgammaQ + p.q * logGamma + (px - 1) * lm - (px + p.q) * logSum;
        if (!gradient)
            continue;
        gp += perX.dp + o.x * (lm - logSum);
        gq += perX.psiPXQ - psiQ + logGamma - logSum;
        gg += p.q / p.gamma - (px + p.q) / sum;
    }
    if (gradient)
        *gradient = Eigen::Vector3d(gp, gq, gg);
    return total;
}

std::vector<double> logsOf(std::span<const SpendObservation> spend)
{
    std::vector<double> out;
    out.reserve(spend.size());
    for (const SpendObservation& o : spend)
        out.push_back(std::log(o.mx));
    return out;
}

double sumLogLikelihood(const GammaGammaParams& p, std::span<const SpendObservation> spend,
                        std::span<const double> logM, Eigen::Vector3d* gradient, ThreadPool* pool)
{
    return ClvOptimizer::sumInChunks(qint64(spend.size()), pool, gradient,
                                     [&](qint64 begin, qint64 end, Eigen::Vector3d* g) {
                                         return chunkLogLikelihood(p, spend, logM, begin, end, g);
                                     });
}

} // namespace

double GammaGamma::logLikelihood(const GammaGammaParams& p, std::span<const SpendObservation> spend,
                                 Eigen::Vector3d* gradient)
{
    return sumLogLikelihood(p, spend, logsOf(spend), gradient, nullptr);
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
    ThreadPool pool(options.threads);
    const auto objectiveOf = [&pool](std::span<const SpendObservation> data, const std::vector<double>& logs) {
        return [data, &logs, &pool](const Eigen::VectorXd& v, Eigen::VectorXd* gradient) {
            Eigen::Vector3d g;
            const double ll = sumLogLikelihood({v[0], v[1], v[2]}, data, logs, gradient ? &g : nullptr, &pool);
            if (gradient)
                *gradient = g;
            return ll;
        };
    };
    const std::vector<double> logM = logsOf(spend);
    // Every `every`-th customer (observations come sorted by x: every x in proportion).
    const double every = options.sampleEvery(double(spend.size()));
    std::vector<SpendObservation> sample;
    for (double i = 0; every > 0 && i < double(spend.size()); i += every)
        sample.push_back(spend[std::size_t(i)]);
    const std::vector<double> sampleLogM = logsOf(sample);
    const ClvOptimum best = ClvOptimizer::maximiseFromSample(
        every > 0 ? ClvOptimizer::Objective(objectiveOf(sample, sampleLogM)) : ClvOptimizer::Objective(),
        double(sample.size()), objectiveOf(spend, logM), starts, double(spend.size()), options, cancel);
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

double GammaGamma::discountedTransactionsIfAlive(const BgNbdParams& bgnbd, int x, double T, double horizonWeeks,
                                                 double annualDiscountRate, double* expectedTotal)
{
    const double monthWeeks = 52.0 / 12;
    const double monthlyRate = std::pow(1 + annualDiscountRate, 1.0 / 12) - 1;
    double discounted = 0;
    double before = 0;
    for (int k = 1; (k - 1) * monthWeeks < horizonWeeks; ++k) {
        const double t = std::min(k * monthWeeks, horizonWeeks);
        const double upTo = BgNbd::expectedTransactionsIfAlive(bgnbd, x, T, t);
        discounted += (upTo - before) / std::pow(1 + monthlyRate, k);
        before = upTo;
    }
    // The last month ends at the horizon: its cumulative expectation is the one over the horizon.
    if (expectedTotal)
        *expectedTotal = before;
    return discounted;
}

double GammaGamma::predictedClv(const BgNbdParams& bgnbd, const GammaGammaParams& spend, const ClvCustomer& customer,
                                double horizonWeeks, double annualDiscountRate)
{
    return expectedValue(spend, customer.x, customer.mx)
        * discountedTransactionsIfAlive(bgnbd, customer.x, customer.T, horizonWeeks, annualDiscountRate)
        * BgNbd::pAlive(bgnbd, customer.x, customer.tx, customer.T);
}

} // namespace swb
