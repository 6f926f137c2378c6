#include "analysis/clvmath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace swb {

double ClvMath::digamma(double x)
{
    double result = 0;
    while (x < 10) {
        result -= 1 / x;
        x += 1;
    }
    const double inv = 1 / x;
    const double inv2 = inv * inv;
    // B_2k / (2k x^2k) for k = 1 … 6; the next term is below 1e-15 for x >= 10.
    const double series = inv2
        * (1.0 / 12
           - inv2 * (1.0 / 120 - inv2 * (1.0 / 252 - inv2 * (1.0 / 240 - inv2 * (1.0 / 132 - inv2 * 691.0 / 32760)))));
    return result + std::log(x) - 0.5 * inv - series;
}

double ClvMath::logSumExp(double u, double v)
{
    const double hi = std::max(u, v);
    if (hi == -std::numeric_limits<double>::infinity())
        return hi;
    return hi + std::log1p(std::exp(std::min(u, v) - hi));
}

Hyp2f1Result ClvMath::scaledHyp2f1(double a, double b, double c, double z, int maxTerms)
{
    Hyp2f1Result out;
    if (!(z >= 0 && z < 1) || !(a > 0 && b > 0) || (c <= 0 && c == std::floor(c))) {
        out.value = std::numeric_limits<double>::quiet_NaN();
        return out;
    }
    double term = std::exp(a * std::log1p(-z));
    double sum = term;
    for (int n = 0; n < maxTerms; ++n) {
        const double ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
        term *= ratio;
        sum += term;
        out.terms = n + 1;
        // The tail is about term · ρ / (1 − ρ) once the ratio ρ has settled near z.
        if (std::abs(ratio) < 1 && std::abs(term) / (1 - std::max(std::abs(ratio), z)) <= 1e-15 * std::abs(sum)) {
            out.value = sum;
            out.converged = true;
            return out;
        }
    }
    out.value = std::numeric_limits<double>::quiet_NaN();
    return out;
}

} // namespace swb
