#include "analysis/pca.h"

#include "analysis/rowsampler.h"

#include <Eigen/Eigenvalues>

namespace swb {

RowMatrix PcaProjection::project(const RowMatrix& points) const
{
    if (points.cols() != components.cols())
        return {};
    return (points.rowwise() - mean) * components.transpose();
}

PcaProjection Pca::project(const RowMatrix& data, int sampleSize, quint64 seed)
{
    PcaProjection out;
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (n < 2 || d < 1) {
        out.error = tr("A projection needs at least two rows and one feature.");
        return out;
    }
    out.mean = data.colwise().mean();
    // Scatter matrix accumulated in blocks: no centred copy of the whole data.
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    constexpr Eigen::Index block = 4096;
    for (Eigen::Index first = 0; first < n; first += block) {
        const Eigen::Index count = std::min(block, n - first);
        const RowMatrix centred = data.middleRows(first, count).rowwise() - out.mean;
        scatter.selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    }
    scatter.triangularView<Eigen::StrictlyUpper>() = scatter.transpose();
    const Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> solver(scatter / double(n - 1));
    if (solver.info() != Eigen::Success) {
        out.error = tr("The principal components could not be computed.");
        return out;
    }
    // Eigen sorts eigenvalues ascending.
    const Eigen::VectorXd values = solver.eigenvalues().cwiseMax(0.0);
    const double total = values.sum();
    out.components = RowMatrix::Zero(2, d);
    for (int c = 0; c < 2 && c < d; ++c) {
        Eigen::VectorXd vector = solver.eigenvectors().col(d - 1 - c);
        Eigen::Index largest = 0;
        vector.cwiseAbs().maxCoeff(&largest);
        if (vector[largest] < 0)
            vector = -vector;
        out.components.row(c) = vector.transpose();
        out.explainedVarianceRatio[c] = total > 0 ? values[d - 1 - c] / total : 0.0;
    }
    out.rows = RowSampler::draw(int(n), sampleSize, seed);
    RowMatrix sampled(Eigen::Index(out.rows.size()), d);
    for (size_t i = 0; i < out.rows.size(); ++i)
        sampled.row(Eigen::Index(i)) = data.row(out.rows[i]);
    out.coordinates = out.project(sampled);
    return out;
}

} // namespace swb
