// Special functions the customer-value models need: digamma, log-sum-exp and the Gauss hypergeometric 2F1.
#pragma once

namespace swb {

// The series value of (1 − z)^a · 2F1(a, b; c; z) for 0 <= z < 1, a, b > 0 and c not 0, −1, −2, …, and whether it
// converged.
struct Hyp2f1Result
{
    double value = 0;
    bool converged = false;
    int terms = 0;
};

class ClvMath
{
public:
    // ψ(x) for x > 0: recurrence up to x >= 10, then the asymptotic series (error < 1e-15).
    static double digamma(double x);
    // log(exp(u) + exp(v)) without overflow; -inf when both are -inf.
    static double logSumExp(double u, double v);
    // (1 − z)^a · 2F1(a, b; c; z) summed term by term with every term scaled by (1 − z)^a, so no term
    // overflows however large a and b are (for c > 0 all terms are positive and each is below the result,
    // which is below 1 in the BG/NBD use). Stops when the estimated tail is below 1e-15 of the sum while the terms
    // shrink; gives converged = false (value NaN) after maxTerms terms.
    static Hyp2f1Result scaledHyp2f1(double a, double b, double c, double z, int maxTerms = 1000000);
};

} // namespace swb
