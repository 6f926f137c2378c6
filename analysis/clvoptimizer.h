// Maximum likelihood for the customer-value models: BFGS on log-parameters from several starts.
#pragma once

#include "analysis/jobcallbacks.h"

#include <Eigen/Core>

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
    // Standard errors of the natural parameters from the inverse of the observed information (the Hessian of
    // −log-likelihood by central differences of the analytic gradient in log-parameters, then the delta method).
    static Eigen::VectorXd standardErrors(const Objective& objective, const Eigen::VectorXd& params);
};

} // namespace swb
