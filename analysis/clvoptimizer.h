// Maximum likelihood for the customer-value models: BFGS on log-parameters from several starts.
#pragma once

#include "analysis/jobcallbacks.h"
#include "analysis/threadpool.h"

#include <QtGlobal>

#include <Eigen/Core>

#include <algorithm>
#include <functional>
#include <vector>

namespace swb {

struct ClvFitOptions
{
    int maxIterations = 1000; // per start
    double gradientTolerance = 1e-9; // on the mean log-likelihood per customer, by log-parameter
    double stallTolerance = 1e-6; // the same when no step lowers the likelihood's rounding any more
    double lowerBound = 1e-6; // every parameter is kept in [lowerBound, upperBound]
    double upperBound = 1e6;
    int threads = 0; // for the log-likelihood sums; 0: one per core
    // With more customers than sampleAbove, the starts run on a systematic sample of sampleSize of them first and
    // only the best continues on all (ClvOptimizer::maximiseFromSample); 0: never.
    double sampleAbove = 200000;
    double sampleSize = 50000;

    // How many customers to skip between two sampled ones for `customers` (0: no sample).
    double sampleEvery(double customers) const
    {
        return sampleAbove > 0 && customers > sampleAbove && sampleSize > 0 ? customers / sampleSize : 0;
    }
};

struct ClvOptimum
{
    Eigen::VectorXd params; // natural scale
    Eigen::VectorXd standardErrors; // from the observed information (NaN when it is not positive definite)
    double logLikelihood = 0;
    bool converged = false; // the projected gradient met the tolerance (or the stall tolerance at a stall)
    int iterations = 0; // of the best start
    int starts = 0; // run
    std::vector<bool> atBound; // a parameter within 5% of a bound
    bool cancelled = false;

    bool anyAtBound() const;
};

class ClvOptimizer
{
public:
    // The log-likelihood at natural parameters, and its gradient with respect to them when gradient is not null.
    using Objective = std::function<double(const Eigen::VectorXd& params, Eigen::VectorXd* gradient)>;

    // Maximises objective from each start in turn (natural parameters, all > 0) and keeps the best, stopping
    // once two starts converge to the same likelihood; `weight` (the number of customers) scales the tolerance.
    static ClvOptimum maximise(const Objective& objective, const std::vector<Eigen::VectorXd>& starts, double weight,
                               const ClvFitOptions& options = {}, const CancelCheck& cancel = {});
    // maximise on a sample of the data first (its own objective, `sampleWeight` customers), then from the best of
    // its starts on the whole data: one run on all customers instead of several. When that run does not converge,
    // as maximise (every start on the whole data). Without a sample (an empty function), maximise.
    static ClvOptimum maximiseFromSample(const Objective& sample, double sampleWeight, const Objective& objective,
                                         const std::vector<Eigen::VectorXd>& starts, double weight,
                                         const ClvFitOptions& options = {}, const CancelCheck& cancel = {});
    // Standard errors of the natural parameters from the inverse of the observed information (the Hessian of
    // −log-likelihood by central differences of the analytic gradient in log-parameters, then the delta method).
    static Eigen::VectorXd standardErrors(const Objective& objective, const Eigen::VectorXd& params);

    // Items per chunk of sumInChunks: fixed, so the sums (and fits) do not depend on the number of threads.
    static constexpr qint64 chunkSize = 8192;
    // The sum of body(begin, end, gradient) over chunks of [0, count), on pool when it is not null; each chunk's
    // gradient (when gradient is not null) starts at zero and the chunks are added in order.
    template<typename Gradient, typename Body>
    static double sumInChunks(qint64 count, ThreadPool* pool, Gradient* gradient, const Body& body)
    {
        const int chunks = int((count + chunkSize - 1) / chunkSize);
        std::vector<double> sums(size_t(chunks), 0.0);
        std::vector<Gradient> gradients(size_t(chunks), Gradient::Zero());
        const auto one = [&](int chunk) {
            const qint64 begin = chunk * chunkSize;
            sums[size_t(chunk)]
                = body(begin, std::min(count, begin + chunkSize), gradient ? &gradients[size_t(chunk)] : nullptr);
        };
        if (pool && chunks > 1)
            pool->run(chunks, one);
        else
            for (int chunk = 0; chunk < chunks; ++chunk)
                one(chunk);
        double total = 0;
        Gradient sum = Gradient::Zero();
        for (int chunk = 0; chunk < chunks; ++chunk) {
            total += sums[size_t(chunk)];
            sum += gradients[size_t(chunk)];
        }
        if (gradient)
            *gradient = sum;
        return total;
    }
};

} // namespace swb
