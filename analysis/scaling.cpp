#include "analysis/scaling.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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
    const Eigen::Index rows = values.rows();
    scaler.m_offsets = Eigen::VectorXd::Zero(features);
    scaler.m_scales = Eigen::VectorXd::Ones(features);
    if (rows == 0 || method == ScalingMethod::None)
        return scaler;
    // Row by row with one running value per feature: each feature's sum is still taken in row order (the result of
    // summing its column alone), but the row-major data is read once, in order.
    const double* data = values.data();
    const size_t d = size_t(features);
    std::vector<double> first(d);
    std::vector<double> second(d);
    if (method == ScalingMethod::ZScore) {
        std::copy(data, data + d, first.begin());
        for (Eigen::Index r = 1; r < rows; ++r) {
            const double* row = data + size_t(r) * d;
            for (size_t f = 0; f < d; ++f)
                first[f] += row[f];
        }
        for (size_t f = 0; f < d; ++f)
            first[f] /= double(rows);
        // Two-pass variance: the one-pass formula loses everything on large, barely varying values.
        for (size_t f = 0; f < d; ++f)
            second[f] = (data[f] - first[f]) * (data[f] - first[f]);
        for (Eigen::Index r = 1; r < rows; ++r) {
            const double* row = data + size_t(r) * d;
            for (size_t f = 0; f < d; ++f)
                second[f] += (row[f] - first[f]) * (row[f] - first[f]);
        }
        for (size_t f = 0; f < d; ++f)
            second[f] = std::sqrt(second[f] / double(rows));
    } else {
        std::copy(data, data + d, first.begin());
        std::copy(data, data + d, second.begin());
        for (Eigen::Index r = 1; r < rows; ++r) {
            const double* row = data + size_t(r) * d;
            for (size_t f = 0; f < d; ++f) {
                first[f] = std::min(first[f], row[f]);
                second[f] = std::max(second[f], row[f]);
            }
        }
        for (size_t f = 0; f < d; ++f)
            second[f] -= first[f];
    }
    for (size_t f = 0; f < d; ++f) {
        scaler.m_offsets[Eigen::Index(f)] = first[f];
        scaler.m_scales[Eigen::Index(f)] = isConstant(method, second[f], first[f], rows) ? 1.0 : second[f];
    }
    return scaler;
}

RowMatrix Scaler::transform(const RowMatrix& values) const
{
    if (m_offsets.size() != values.cols())
        return values;
    RowMatrix out(values.rows(), values.cols());
    const size_t d = size_t(values.cols());
    const size_t count = size_t(values.size());
    const double* in = values.data();
    double* to = out.data();
    for (size_t i = 0; i < count; i += d) {
        for (size_t f = 0; f < d; ++f)
            to[i + f] = (in[i + f] - m_offsets[Eigen::Index(f)]) / m_scales[Eigen::Index(f)];
    }
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
