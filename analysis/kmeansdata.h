// The k-means working copy of the data: centred float32 values in blocks of 8 points, feature-major per block.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/threadpool.h"

#include <Eigen/Core>

#include <cstdlib>
#include <memory>

namespace swb::kmeansdetail {

constexpr int kLanes = 8;

// Block b holds points 8b .. 8b+7; value of feature f of the point in lane l is at block(b)[f * 8 + l], so a
// distance kernel reads one feature of 8 points as one vector and needs no horizontal sums. The last block is
// padded with zeros. Points are centred on the column means (kept in `mean`) before the conversion to float:
// distances do not change, and float32 keeps its precision on unscaled data with a large offset.
//
// Work is split into chunks of whole blocks whose size depends on the data shape only, never on the thread
// count: every reduction sums within a chunk in point order, then over chunks in chunk order.
class BlockedData
{
public:
    // Converts `values` (validated: finite) using `pool`. Fails (returns false, sets *error) on a non-finite
    // or absurdly large value, naming the 1-based row and the feature.
    bool build(const RowMatrix& values, const QStringList& featureNames, ThreadPool& pool, QString* error);

    int rows() const { return m_rows; }
    int features() const { return m_features; }
    int blocks() const { return m_blocks; }
    int lanesIn(int block) const { return block + 1 < m_blocks ? kLanes : m_rows - block * kLanes; }
    const float* block(int b) const { return m_values.get() + size_t(b) * size_t(m_features) * kLanes; }
    // Feature f of point i (centred, float).
    float value(int i, int f) const { return block(i / kLanes)[f * kLanes + i % kLanes]; }

    int chunks() const { return m_chunks; }
    int chunkFirstBlock(int chunk) const { return chunk * m_chunkBlocks; }
    int chunkEndBlock(int chunk) const { return std::min(m_blocks, (chunk + 1) * m_chunkBlocks); }

    const Eigen::VectorXd& mean() const { return m_mean; }
    // Mean over features of the population variance: scikit-learn's tolerance is tol times this.
    double meanVariance() const { return m_meanVariance; }

private:
    struct FreeDeleter
    {
        void operator()(float* p) const { std::free(p); }
    };
    std::unique_ptr<float[], FreeDeleter> m_values;
    int m_rows = 0;
    int m_features = 0;
    int m_blocks = 0;
    int m_chunkBlocks = 1;
    int m_chunks = 0;
    Eigen::VectorXd m_mean;
    double m_meanVariance = 0;
};

} // namespace swb::kmeansdetail
