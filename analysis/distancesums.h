// Sums of Euclidean distances from one point to a run of points held feature-major: the silhouette's inner loop.
#pragma once

#include <QtGlobal>

namespace swb {

// Points stored feature-major: feature f of point j at values[f * stride + j]. The distances are computed from the
// differences (not |a|^2 + |b|^2 - 2ab), so a point's distance to itself is exactly 0. AVX2 + FMA when the CPU has
// them, else portable code; either way the summation order is fixed, so the result does not depend on threads.
class DistanceSums
{
public:
    DistanceSums(const double* values, qsizetype stride, int features);

    // Sum over points j in [first, end) of the distance from `point` (features doubles) to point j.
    double sum(const double* point, int first, int end) const;

private:
    const double* m_values;
    qsizetype m_stride;
    int m_features;
    bool m_avx2;
};

} // namespace swb
