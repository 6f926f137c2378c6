// The BG/NBD model (Fader, Hardie & Lee 2005): maximum likelihood, P(alive) and expected transactions.
#pragma once

#include "analysis/clvdata.h"
#include "analysis/clvoptimizer.h"

#include <Eigen/Core>

#include <span>
#include <vector>

namespace swb {

struct BgNbdParams
{
    double r = 0;
    double alpha = 0;
    double a = 0;
    double b = 0;
};

// Customers with the same (x, t_x, T), counted: the likelihood is summed over these, weighted.
struct BgNbdGroup
{
    int x = 0;
    double tx = 0;
    double T = 0;
    double weight = 0;
};

struct BgNbdFit
{
    BgNbdParams params;
    BgNbdParams standardErrors; // NaN when the observed information is not positive definite
    double logLikelihood = 0;
    bool converged = false;
    int iterations = 0;
    std::vector<bool> atBound; // r, alpha, a, b
    double customers = 0;
    qint64 groups = 0;
    bool cancelled = false;
};

class BgNbd
{
public:
    // Sorted by (x, t_x, T); groupOf (when not null) gets each customer's group index.
    static std::vector<BgNbdGroup> group(std::span<const ClvCustomer> customers,
                                         std::vector<qint64>* groupOf = nullptr);
    // One customer's log-likelihood (the paper's equation 6 in log form).
    static double logLikelihood(const BgNbdParams& p, int x, double tx, double T);
    // The weighted sum over groups; the gradient by (r, alpha, a, b) when gradient is not null.
    static double logLikelihood(const BgNbdParams& p, std::span<const BgNbdGroup> groups,
                                Eigen::Vector4d* gradient = nullptr);
    static BgNbdFit fit(std::span<const BgNbdGroup> groups, const ClvFitOptions& options = {},
                        const CancelCheck& cancel = {});

    // P(alive | x, t_x, T) (the paper's equation 13).
    static double pAlive(const BgNbdParams& p, int x, double tx, double T);
    // E[Y(t) | x, t_x, T]: expected transactions in the next t weeks (the paper's equation 10); NaN when the
    // hypergeometric series does not converge.
    static double expectedTransactions(const BgNbdParams& p, int x, double tx, double T, double t);
    // expectedTransactions / pAlive: the expectation of a customer still alive, which does not depend on t_x (so
    // it can be computed once per (x, T)); NaN when the series does not converge.
    static double expectedTransactionsIfAlive(const BgNbdParams& p, int x, double T, double t);
};

} // namespace swb
