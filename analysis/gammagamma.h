// The Gamma-Gamma model of spend per transaction (Fader & Hardie note) and predicted customer value.
#pragma once

#include "analysis/bgnbd.h"

#include <span>
#include <vector>

namespace swb {

struct GammaGammaParams
{
    double p = 0;
    double q = 0;
    double gamma = 0;
};

// A customer with x >= 1 repeat transactions of mean value mx > 0.
struct SpendObservation
{
    int x = 0;
    double mx = 0;
};

struct GammaGammaFit
{
    GammaGammaParams params;
    GammaGammaParams standardErrors;
    double logLikelihood = 0;
    bool converged = false;
    int iterations = 0;
    std::vector<bool> atBound; // p, q, gamma
    qint64 customers = 0;
    bool cancelled = false;
};

class GammaGamma
{
public:
    // Customers with x >= 1 and a positive mean spend (a zero mean has no density: they are left out), by x
    // (the likelihood computes its x-only terms once per x).
    static std::vector<SpendObservation> observations(std::span<const ClvCustomer> customers);
    static double logLikelihood(const GammaGammaParams& p, std::span<const SpendObservation> spend,
                                Eigen::Vector3d* gradient = nullptr);
    static GammaGammaFit fit(std::span<const SpendObservation> spend, const ClvFitOptions& options = {},
                             const CancelCheck& cancel = {});

    // E[M | x, m_x] = p(γ + x·m_x) / (p·x + q − 1); for x = 0 the population mean pγ / (q − 1). NaN when q <= 1.
    static double expectedValue(const GammaGammaParams& p, int x, double mx);
    // The BG/NBD transactions of each month of the horizon (the last month ends at the horizon) of a customer still
    // alive (BgNbd::expectedTransactionsIfAlive), each discounted monthly, summed; expectedTotal (when not null)
    // gets the undiscounted expectation over the whole horizon (0 for a horizon <= 0). Times P(alive): the
    // customer's.
    static double discountedTransactionsIfAlive(const BgNbdParams& bgnbd, int x, double T, double horizonWeeks,
                                                double annualDiscountRate, double* expectedTotal = nullptr);
    // Expected value per transaction × the BG/NBD transactions of each month of the horizon, discounted
    // monthly, × P(alive) (docs/architecture.md, "Customer value"). annualDiscountRate 0.1 = 10% a year.
    static double predictedClv(const BgNbdParams& bgnbd, const GammaGammaParams& spend, const ClvCustomer& customer,
                               double horizonWeeks, double annualDiscountRate);
};

} // namespace swb
