#include "analysis/clvoptimizer.h"

#include <Eigen/Dense>

#include <cmath>
#include <limits>

namespace swb {

bool ClvOptimum::anyAtBound() const
{
    for (bool b : atBound)
        if (b)
            return true;
    return false;
}

namespace {

using Eigen::VectorXd;

// The mean negative log-likelihood in log-parameters, and its gradient; +inf when not finite.
struct LogSpace
{
    const ClvOptimizer::Objective& objective;
    double weight;

    double operator()(const VectorXd& theta, VectorXd& gradient) const
    {
        const VectorXd params = theta.array().exp();
        VectorXd natural(params.size());
        const double ll = objective(params, &natural);
        gradient = -(natural.array() * params.array()).matrix() / weight;
        if (!std::isfinite(ll) || !gradient.allFinite())
            return std::numeric_limits<double>::infinity();
        return -ll / weight;
    }
};

struct Box
{
    double lo;
    double hi;

    VectorXd clamp(const VectorXd& theta) const { return theta.cwiseMax(lo).cwiseMin(hi); }
    // Zero for components at a bound whose descent direction leaves the box.
    VectorXd project(const VectorXd& theta, VectorXd g) const
    {
        for (Eigen::Index i = 0; i < g.size(); ++i)
            if ((theta[i] <= lo && g[i] > 0) || (theta[i] >= hi && g[i] < 0))
                g[i] = 0;
        return g;
    }
};

struct RunResult
{
    VectorXd theta;
    double f = std::numeric_limits<double>::infinity();
    bool converged = false;
    int iterations = 0;
    Eigen::MatrixXd inverseHessian; // BFGS's estimate at the end (empty when it never updated one)
};

// From theta; `inverseHessian` (when not empty) is the first estimate instead of a scaled identity.
RunResult bfgs(const LogSpace& fn, const Box& box, VectorXd theta, const ClvFitOptions& options,
               const CancelCheck& cancel, const Eigen::MatrixXd& inverseHessian = {})
{
    const Eigen::Index n = theta.size();
    RunResult run;
    VectorXd g;
    theta = box.clamp(theta);
    double f = fn(theta, g);
    if (!std::isfinite(f))
        return run;
    const bool given = inverseHessian.rows() == n && inverseHessian.allFinite();
    Eigen::MatrixXd h = given ? inverseHessian : Eigen::MatrixXd::Identity(n, n);
    bool fresh = !given;
    for (; run.iterations < options.maxIterations; ++run.iterations) {
        if (cancel && cancel())
            break;
        const VectorXd pg = box.project(theta, g);
        if (pg.lpNorm<Eigen::Infinity>() < options.gradientTolerance) {
            run.converged = true;
            break;
        }
        VectorXd d = box.project(theta, -(h * pg));
        if (d.dot(pg) >= 0) {
            h.setIdentity();
            d = -pg;
        }
        const double longest = d.lpNorm<Eigen::Infinity>();
        if (longest > 2)
            d *= 2 / longest; // at most a factor e^2 per parameter and step
        VectorXd next;
        VectorXd gNext;
        double fNext = f;
        bool accepted = false;
        for (double step = 1; step > 1e-9; step *= 0.5) {
            next = box.clamp(theta + step * d);
            fNext = fn(next, gNext);
            // Near the optimum f changes by less than its rounding: a step that does not raise f beyond that
            // and shrinks the gradient is progress too.
            const bool armijo = fNext <= f + 1e-4 * g.dot(next - theta);
            const bool flat = fNext <= f + 1e-14 * std::abs(f)
                && box.project(next, gNext).lpNorm<Eigen::Infinity>() < pg.lpNorm<Eigen::Infinity>();
            if (std::isfinite(fNext) && (armijo || flat)) {
                accepted = true;
                break;
            }
        }
        if (!accepted) {
            if (fresh) {
                // No descent along the gradient either: at the precision of f, converged when the gradient is
                // small.
                run.converged = pg.lpNorm<Eigen::Infinity>() < options.stallTolerance;
                break;
            }
            h.setIdentity();
            fresh = true;
            continue;
        }
        const VectorXd s = next - theta;
        const VectorXd y = gNext - g;
        const double sy = s.dot(y);
        if (sy > 1e-12 * s.norm() * y.norm()) {
            if (fresh)
                h = Eigen::MatrixXd::Identity(n, n) * (sy / y.dot(y));
            const double rho = 1 / sy;
            const Eigen::MatrixXd left = Eigen::MatrixXd::Identity(n, n) - rho * s * y.transpose();
            h = left * h * left.transpose() + rho * s * s.transpose();
            fresh = false;
        }
        theta = next;
        f = fNext;
        g = gNext;
    }
    run.theta = theta;
    run.f = f;
    if (!fresh)
        run.inverseHessian = h;
    return run;
}

// Runs the starts in turn and keeps the best, stopping once two converge to the same likelihood.
RunResult bestOf(const LogSpace& fn, const Box& box, const std::vector<Eigen::VectorXd>& starts,
                 const ClvFitOptions& options, const CancelCheck& cancel, ClvOptimum* out)
{
    RunResult best;
    for (const VectorXd& start : starts) {
        if (cancel && cancel()) {
            out->cancelled = true;
            break;
        }
        ++out->starts;
        RunResult run = bfgs(fn, box, start.array().log().matrix(), options, cancel);
        // Two converged starts that reach the same likelihood: the others are not needed.
        const bool agrees = run.converged && best.converged && std::abs(run.f - best.f) <= 1e-10 * std::abs(best.f);
        // A converged run beats a better-looking one that did not converge only when it is as good.
        if (run.f < best.f - 1e-12 || (run.converged && !best.converged && run.f <= best.f + 1e-9))
            best = std::move(run);
        if (agrees)
            break;
    }
    return best;
}

} // namespace

ClvOptimum ClvOptimizer::maximise(const Objective& objective, const std::vector<Eigen::VectorXd>& starts, double weight,
                                  const ClvFitOptions& options, const CancelCheck& cancel)
{
    return maximiseFromSample({}, 0, objective, starts, weight, options, cancel);
}

ClvOptimum ClvOptimizer::maximiseFromSample(const Objective& sample, double sampleWeight, const Objective& objective,
                                            const std::vector<Eigen::VectorXd>& starts, double weight,
                                            const ClvFitOptions& options, const CancelCheck& cancel)
{
    const LogSpace fn{objective, weight > 0 ? weight : 1};
    const Box box{std::log(options.lowerBound), std::log(options.upperBound)};
    ClvOptimum out;
    RunResult best;
    if (sample) {
        const LogSpace sampleFn{sample, sampleWeight > 0 ? sampleWeight : 1};
        const RunResult guess = bestOf(sampleFn, box, starts, options, cancel, &out);
        if (guess.converged && !out.cancelled)
            // The sample's curvature of the mean log-likelihood is close to the whole data's: near-Newton steps
            // from the first.
            best = bfgs(fn, box, guess.theta, options, cancel, guess.inverseHessian);
    }
    // Without a sample, or when the whole data does not converge from the sample's optimum: every start on it.
    if (!best.converged && !(cancel && cancel()))
        best = bestOf(fn, box, starts, options, cancel, &out);
    out.cancelled = out.cancelled || (cancel && cancel());
    if (best.theta.size() == 0) {
        out.logLikelihood = -std::numeric_limits<double>::infinity();
        return out;
    }
    out.params = best.theta.array().exp();
    out.logLikelihood = -best.f * fn.weight;
    out.converged = best.converged;
    out.iterations = best.iterations;
    const double margin = std::log(1.05);
    for (Eigen::Index i = 0; i < best.theta.size(); ++i)
        out.atBound.push_back(best.theta[i] <= box.lo + margin || best.theta[i] >= box.hi - margin);
    out.standardErrors = out.cancelled ? VectorXd::Constant(out.params.size(), std::numeric_limits<double>::quiet_NaN())
                                       : standardErrors(objective, out.params);
    return out;
}

Eigen::VectorXd ClvOptimizer::standardErrors(const Objective& objective, const Eigen::VectorXd& params)
{
    const Eigen::Index n = params.size();
    const LogSpace fn{objective, 1};
    const VectorXd theta = params.array().log();
    Eigen::MatrixXd hessian(n, n);
    const double h = 1e-5;
    for (Eigen::Index j = 0; j < n; ++j) {
        VectorXd plus = theta;
        VectorXd minus = theta;
        plus[j] += h;
        minus[j] -= h;
        VectorXd gPlus;
        VectorXd gMinus;
        fn(plus, gPlus);
        fn(minus, gMinus);
        hessian.col(j) = (gPlus - gMinus) / (2 * h);
    }
    hessian = (hessian + hessian.transpose()) / 2;
    const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
    if (llt.info() != Eigen::Success || !hessian.allFinite())
        return VectorXd::Constant(n, std::numeric_limits<double>::quiet_NaN());
    const Eigen::MatrixXd covariance = llt.solve(Eigen::MatrixXd::Identity(n, n));
    return (params.array() * covariance.diagonal().array().sqrt()).matrix();
}

} // namespace swb
