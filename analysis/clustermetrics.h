// Cluster validity indices (silhouette, Calinski-Harabasz, Davies-Bouldin) and the adjusted Rand index.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/jobcallbacks.h"

#include <optional>
#include <vector>

namespace swb {

class ThreadPool;

// Definitions and edge cases follow scikit-learn's sklearn.metrics (Euclidean distances, double precision).
// Labels are 0 .. k-1 per row of `data`. An index is undefined (nullopt) unless 2 <= number of distinct labels
// <= rows - 1, as scikit-learn requires.
class ClusterMetrics
{
public:
    // Mean over points of (b - a) / max(a, b); a = mean distance to the other points of its cluster,
    // b = lowest mean distance to the points of another cluster; 0 for a point alone in its cluster.
    // Exact on all rows when rows <= sampleSize, else on a seeded uniform sample of sampleSize rows (distances
    // within the sample only, like silhouette_score(sample_size=...)). Uses `pool` when given.
    static std::optional<double> silhouette(const RowMatrix& data, const std::vector<int>& labels,
                                            int sampleSize = 10000, quint64 seed = 0, ThreadPool* pool = nullptr,
                                            const CancelCheck& cancel = {});
    // Between-cluster over within-cluster dispersion, each divided by its degrees of freedom; 1 when every
    // cluster is a single point value (no within dispersion), as scikit-learn.
    static std::optional<double> calinskiHarabasz(const RowMatrix& data, const std::vector<int>& labels);
    // Mean over clusters of the worst (s_i + s_j) / d(c_i, c_j); s = mean distance to the centroid.
    // 0 when all s or all centroid distances are 0, as scikit-learn.
    static std::optional<double> daviesBouldin(const RowMatrix& data, const std::vector<int>& labels);
    // Both of the above, side by side on `pool` when given (each is one pass over all rows).
    struct SeparationIndices
    {
        std::optional<double> calinskiHarabasz;
        std::optional<double> daviesBouldin;
    };
    static SeparationIndices separation(const RowMatrix& data, const std::vector<int>& labels,
                                        ThreadPool* pool = nullptr);
    // Adjusted Rand index of two labelings of the same rows (any integer labels); 1 for identical partitions
    // up to renaming. nullopt when the sizes differ or are 0.
    static std::optional<double> adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b);
};

} // namespace swb
