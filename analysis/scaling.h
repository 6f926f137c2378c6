// Per-feature scaling (z-score, min-max, none) whose parameters are kept to map results back.
#pragma once

#include "analysis/featurematrix.h"

#include <Eigen/Core>

namespace swb {

enum class ScalingMethod { ZScore, MinMax, None };

// scaled = (value - offset) / scale, per feature.
// ZScore: offset = mean, scale = population standard deviation (ddof = 0), as scikit-learn's StandardScaler.
// MinMax: offset = minimum, scale = maximum - minimum, so values land in [0, 1] (MinMaxScaler).
// A constant feature gets scale 1 in both cases, as in scikit-learn, so it scales to 0 instead of NaN.
class Scaler
{
public:
    Scaler() = default;
    // Fits on every row of `values` (which must not hold NaN).
    static Scaler fit(const RowMatrix& values, ScalingMethod method);

    ScalingMethod method() const { return m_method; }
    const Eigen::VectorXd& offsets() const { return m_offsets; }
    const Eigen::VectorXd& scales() const { return m_scales; }

    RowMatrix transform(const RowMatrix& values) const;
    RowMatrix inverseTransform(const RowMatrix& scaled) const;

private:
    ScalingMethod m_method = ScalingMethod::None;
    Eigen::VectorXd m_offsets;
    Eigen::VectorXd m_scales;
};

} // namespace swb
