#include "analysis/pca.h"

#include "analysis/rowsampler.h"
#include "analysis/threadpool.h"

#include <Eigen/Eigenvalues>

namespace swb {

RowMatrix PcaProjection::project(const RowMatrix& points) const
{
    if (points.cols() != components.cols())
        return {};
    return (points.rowwise() - mean) * components.transpose();
}

PcaProjection Pca::project(const RowMatrix& data, int sampleSize, quint64 seed, ThreadPool* pool)
{
    PcaProjection out;
    const Eigen::Index n = data.rows();
    const Eigen::Index d = data.cols();
    if (n < 2 || d < 1) {
        out.error = tr("A projection needs at least two rows and one feature.");
        return out;
    }
    out.mean = data.colwise().mean();
    // Scatter matrix accumulated in fixed blocks (no centred copy of the whole data), each block's on its own, summed
    // in block order: the same result whatever the threads.
    constexpr Eigen::Index block = 4096;
    const int blocks = int((n + block - 1) / block);
    std::vector<Eigen::MatrixXd> partial(size_t(blocks), Eigen::MatrixXd::Zero(d, d));
    auto scatterBlock = [&](int b) {
        const Eigen::Index first = Eigen::Index(b) * block;
        const RowMatrix centred = data.middleRows(first, std::min(block, n - first)).rowwise() - out.mean;
        partial[size_t(b)].selfadjointView<Eigen::Lower>().rankUpdate(centred.transpose());
    };
    if (pool)
        pool->run(blocks, scatterBlock);
    else
        for (int b = 0; b < blocks; ++b)
            scatterBlock(b);
    Eigen::MatrixXd scatter = Eigen::MatrixXd::Zero(d, d);
    for (const Eigen::MatrixXd& part : partial)
        scatter += part;
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
