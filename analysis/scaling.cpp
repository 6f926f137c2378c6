#include "analysis/scaling.h"

#include <cmath>
#include <limits>

namespace swb {

namespace {

// scikit-learn's rules for "constant" (then scale 1): StandardScaler's _is_constant_feature (variance within
// rounding noise of the mean) and MinMaxScaler's _handle_zeros_in_scale (range below 10 ulps of 1).
bool isConstant(ScalingMethod method, double scale, double offset, Eigen::Index rows)
{
    constexpr double eps = std::numeric_limits<double>::epsilon();
    if (!std::isfinite(scale))
        return true;
    if (method == ScalingMethod::MinMax)
        return scale < 10 * eps;
    const double n = double(rows);
    const double variance = scale * scale;
    const double bound = n * eps * variance + (n * offset * eps) * (n * offset * eps);
    return variance <= bound;
}

} // namespace

Scaler Scaler::fit(const RowMatrix& values, ScalingMethod method)
{
    Scaler scaler;
    scaler.m_method = method;
    const Eigen::Index features = values.cols();
    scaler.m_offsets = Eigen::VectorXd::Zero(features);
    scaler.m_scales = Eigen::VectorXd::Ones(features);
    if (values.rows() == 0 || method == ScalingMethod::None)
        return scaler;
    for (Eigen::Index f = 0; f < features; ++f) {
        const auto column = values.col(f);
        double offset = 0;
        double scale = 0;
        if (method == ScalingMethod::ZScore) {
            offset = column.mean();
            // Two-pass variance: the one-pass formula loses everything on large, barely varying values.
            scale = std::sqrt((column.array() - offset).square().mean());
        } else {
            offset = column.minCoeff();
            scale = column.maxCoeff() - offset;
        }
        scaler.m_offsets[f] = offset;
        scaler.m_scales[f] = isConstant(method, scale, offset, values.rows()) ? 1.0 : scale;
    }
    return scaler;
}

RowMatrix Scaler::transform(const RowMatrix& values) const
{
    if (m_offsets.size() != values.cols())
        return values;
    RowMatrix out = (values.rowwise() - m_offsets.transpose()).array().rowwise() / m_scales.transpose().array();
    return out;
}

RowMatrix Scaler::inverseTransform(const RowMatrix& scaled) const
{
    if (m_offsets.size() != scaled.cols())
        return scaled;
    RowMatrix out
        = (scaled.array().rowwise() * m_scales.transpose().array()).matrix().rowwise() + m_offsets.transpose();
    return out;
}

} // namespace swb
