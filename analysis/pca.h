// Two-dimensional PCA projection of the (scaled) clustering data for the scatter chart.
#pragma once

#include "analysis/featurematrix.h"

#include <QCoreApplication>

namespace swb {

class ThreadPool;

struct PcaProjection
{
    std::vector<int> rows; // the sampled rows (ascending indices into the input)
    RowMatrix coordinates; // rows.size() x 2: PC1, PC2 of those rows
    Eigen::Vector2d explainedVarianceRatio = Eigen::Vector2d::Zero(); // share of the total variance
    RowMatrix components; // 2 x features, unit vectors (a zero row when there is one feature)
    Eigen::RowVectorXd mean; // of all rows
    QString error;

    bool ok() const { return error.isEmpty(); }
    // Projects other points of the same space (e.g. k-means centres): points x 2.
    RowMatrix project(const RowMatrix& points) const;
};

class Pca
{
    Q_DECLARE_TR_FUNCTIONS(swb::Pca)

public:
    // Fits on all rows (covariance eigen-decomposition, double); returns coordinates for a seeded sample of
    // sampleSize rows (all when fewer). Each component's sign makes its largest-magnitude loading positive,
    // so the picture does not flip between runs. Uses `pool` when given.
    static PcaProjection project(const RowMatrix& data, int sampleSize = 5000, quint64 seed = 0,
                                 ThreadPool* pool = nullptr);
};

} // namespace swb
