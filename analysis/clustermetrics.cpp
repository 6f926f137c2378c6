#include "analysis/clustermetrics.h"

#include "analysis/distancesums.h"
#include "analysis/rowsampler.h"
#include "analysis/threadpool.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace swb {

namespace {

// Labels renumbered 0 .. m-1 in order of first appearance; returns m. k-means labels (0 .. k-1) take a table,
// other labels a hash map.
int denseLabels(const std::vector<int>& labels, std::vector<int>* dense)
{
    dense->resize(labels.size());
    const auto [low, high] = std::minmax_element(labels.begin(), labels.end());
    if (low != labels.end() && *low >= 0 && *high < (1 << 20)) {
        std::vector<int> index(size_t(*high) + 1, -1);
        int next = 0;
        for (size_t i = 0; i < labels.size(); ++i) {
            int& slot = index[size_t(labels[i])];
            if (slot < 0)
                slot = next++;
            (*dense)[i] = slot;
        }
        return next;
    }
    std::unordered_map<int, int> index;
    for (size_t i = 0; i < labels.size(); ++i) {
        auto [it, inserted] = index.emplace(labels[i], int(index.size()));
        (*dense)[i] = it->second;
    }
    return int(index.size());
}

bool validLabelCount(int clusters, Eigen::Index rows)
{
    return clusters >= 2 && clusters <= rows - 1;
}

RowMatrix clusterMeans(const RowMatrix& data, const std::vector<int>& dense, int clusters, std::vector<qint64>* sizes)
{
    const size_t d = size_t(data.cols());
    RowMatrix means = RowMatrix::Zero(clusters, data.cols());
    sizes->assign(size_t(clusters), 0);
    for (Eigen::Index i = 0; i < data.rows(); ++i) {
        const double* row = data.data() + size_t(i) * d;
        double* mean = means.data() + size_t(dense[size_t(i)]) * d;
        for (size_t f = 0; f < d; ++f)
            mean[f] += row[f];
        ++(*sizes)[size_t(dense[size_t(i)])];
    }
    for (int c = 0; c < clusters; ++c)
        means.row(c) /= double((*sizes)[size_t(c)]);
    return means;
}

// Squared distance of row `i` of `data` to row `c` of `centres`.
double squaredDistance(const RowMatrix& data, Eigen::Index i, const RowMatrix& centres, int c)
{
    const size_t d = size_t(data.cols());
    const double* row = data.data() + size_t(i) * d;
    const double* centre = centres.data() + size_t(c) * d;
    double sum = 0;
    for (size_t f = 0; f < d; ++f)
        sum += (row[f] - centre[f]) * (row[f] - centre[f]);
    return sum;
}

} // namespace

std::optional<double> ClusterMetrics::silhouette(const RowMatrix& data, const std::vector<int>& labels, int sampleSize,
                                                 quint64 seed, ThreadPool* pool, const CancelCheck& cancel)
{
    if (labels.size() != size_t(data.rows()) || data.rows() == 0)
        return std::nullopt;
    const std::vector<int> rows = RowSampler::draw(int(data.rows()), sampleSize, seed);
    const int m = int(rows.size());
    std::vector<int> sampleLabels(rows.size());
    for (size_t i = 0; i < rows.size(); ++i)
        sampleLabels[i] = labels[size_t(rows[i])];
    std::vector<int> dense;
    const int clusters = denseLabels(sampleLabels, &dense);
    if (!validLabelCount(clusters, m))
        return std::nullopt;

    // Sample ordered by cluster, so each cluster's points are one contiguous range; a feature-major copy for the
    // distance sums.
    std::vector<int> order(static_cast<size_t>(m));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return dense[size_t(a)] < dense[size_t(b)]; });
    const int d = int(data.cols());
    RowMatrix points(m, d);
    std::vector<int> pointCluster(static_cast<size_t>(m));
    for (int i = 0; i < m; ++i) {
        points.row(i) = data.row(rows[size_t(order[size_t(i)])]);
        pointCluster[size_t(i)] = dense[size_t(order[size_t(i)])];
    }
    const RowMatrix columns = points.transpose();
    const DistanceSums distances(columns.data(), m, d);
    std::vector<int> clusterStart(size_t(clusters) + 1, 0);
    for (int c : pointCluster)
        ++clusterStart[size_t(c) + 1];
    std::partial_sum(clusterStart.begin(), clusterStart.end(), clusterStart.begin());

    constexpr int blockRows = 64;
    const int blocks = (m + blockRows - 1) / blockRows;
    std::vector<double> scores(size_t(m), 0.0);
    auto scoreBlock = [&](int block) {
        const int first = block * blockRows;
        const int end = std::min(m, first + blockRows);
        for (int i = first; i < end; ++i) {
            const int own = pointCluster[size_t(i)];
            const int ownSize = clusterStart[size_t(own) + 1] - clusterStart[size_t(own)];
            if (ownSize <= 1)
                continue; // scikit-learn: 0 for a point alone in its cluster
            const double* point = points.data() + size_t(i) * size_t(d);
            double a = 0;
            double b = std::numeric_limits<double>::infinity();
            for (int c = 0; c < clusters; ++c) {
                const int start = clusterStart[size_t(c)];
                const int size = clusterStart[size_t(c) + 1] - start;
                const double sum = distances.sum(point, start, start + size);
                if (c == own)
                    a = sum / double(size - 1);
                else
                    b = std::min(b, sum / double(size));
            }
            const double denominator = std::max(a, b);
            scores[size_t(i)] = denominator > 0 ? (b - a) / denominator : 0.0;
        }
    };
    // Several rounds so a cancel request is seen while a large sample is being scored.
    constexpr int rounds = 16;
    for (int round = 0; round < rounds; ++round) {
        if (cancel && cancel())
            return std::nullopt;
        const int firstBlock = blocks * round / rounds;
        const int endBlock = blocks * (round + 1) / rounds;
        if (pool)
            pool->run(endBlock - firstBlock, [&](int i) { scoreBlock(firstBlock + i); });
        else
            for (int b = firstBlock; b < endBlock; ++b)
                scoreBlock(b);
    }
    double total = 0;
    for (double s : scores)
        total += s;
    return total / m;
}

std::optional<double> ClusterMetrics::calinskiHarabasz(const RowMatrix& data, const std::vector<int>& labels)
{
    if (labels.size() != size_t(data.rows()))
        return std::nullopt;
    std::vector<int> dense;
    const int clusters = denseLabels(labels, &dense);
    const Eigen::Index n = data.rows();
    if (!validLabelCount(clusters, n))
        return std::nullopt;
    std::vector<qint64> sizes;
    const RowMatrix means = clusterMeans(data, dense, clusters, &sizes);
    const Eigen::RowVectorXd mean = data.colwise().mean();
    double between = 0;
    for (int c = 0; c < clusters; ++c)
        between += double(sizes[size_t(c)]) * (means.row(c) - mean).squaredNorm();
    double within = 0;
    for (Eigen::Index i = 0; i < n; ++i)
        within += squaredDistance(data, i, means, dense[size_t(i)]);
    if (within == 0.0)
        return 1.0;
    return between * double(n - clusters) / (within * (clusters - 1.0));
}

std::optional<double> ClusterMetrics::daviesBouldin(const RowMatrix& data, const std::vector<int>& labels)
{
    if (labels.size() != size_t(data.rows()))
        return std::nullopt;
    std::vector<int> dense;
    const int clusters = denseLabels(labels, &dense);
    if (!validLabelCount(clusters, data.rows()))
        return std::nullopt;
    std::vector<qint64> sizes;
    const RowMatrix centroids = clusterMeans(data, dense, clusters, &sizes);
    Eigen::VectorXd spread = Eigen::VectorXd::Zero(clusters);
    for (Eigen::Index i = 0; i < data.rows(); ++i)
        spread[dense[size_t(i)]] += std::sqrt(squaredDistance(data, i, centroids, dense[size_t(i)]));
    for (int c = 0; c < clusters; ++c)
        spread[c] /= double(sizes[size_t(c)]);
    Eigen::MatrixXd separation(clusters, clusters);
    for (int i = 0; i < clusters; ++i) {
        for (int j = 0; j < clusters; ++j)
            separation(i, j) = (centroids.row(i) - centroids.row(j)).norm();
    }
    // np.allclose(x, 0): every |x| <= 1e-8.
    if (spread.cwiseAbs().maxCoeff() <= 1e-8 || separation.cwiseAbs().maxCoeff() <= 1e-8)
        return 0.0;
    double total = 0;
    for (int i = 0; i < clusters; ++i) {
        double worst = 0;
        for (int j = 0; j < clusters; ++j) {
            if (separation(i, j) == 0.0)
                continue; // scikit-learn: distance 0 becomes infinity, ratio 0
            worst = std::max(worst, (spread[i] + spread[j]) / separation(i, j));
        }
        total += worst;
    }
    return total / clusters;
}

ClusterMetrics::SeparationIndices ClusterMetrics::separation(const RowMatrix& data, const std::vector<int>& labels,
                                                             ThreadPool* pool)
{
    SeparationIndices indices;
    auto compute = [&](int which) {
        if (which == 0)
            indices.calinskiHarabasz = calinskiHarabasz(data, labels);
        else
            indices.daviesBouldin = daviesBouldin(data, labels);
    };
    if (pool)
        pool->run(2, compute);
    else
        for (int which = 0; which < 2; ++which)
            compute(which);
    return indices;
}

std::optional<double> ClusterMetrics::adjustedRandIndex(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.size() != b.size() || a.empty())
        return std::nullopt;
    std::vector<int> denseA;
    std::vector<int> denseB;
    denseLabels(a, &denseA);
    const int clustersB = denseLabels(b, &denseB);
    std::unordered_map<qint64, qint64> contingency;
    std::unordered_map<int, qint64> rowSums;
    std::unordered_map<int, qint64> columnSums;
    for (size_t i = 0; i < a.size(); ++i) {
        ++contingency[qint64(denseA[i]) * clustersB + denseB[i]];
        ++rowSums[denseA[i]];
        ++columnSums[denseB[i]];
    }
    // scikit-learn's pair confusion matrix (ordered pairs), then its ARI formula.
    const double n = double(a.size());
    double sumSquares = 0;
    double rowDot = 0; // sum over cells of n_ij * (column total of j)
    double columnDot = 0; // sum over cells of n_ij * (row total of i)
    for (const auto& [key, count] : contingency) {
        const double c = double(count);
        sumSquares += c * c;
        rowDot += c * double(columnSums[int(key % clustersB)]);
        columnDot += c * double(rowSums[int(key / clustersB)]);
    }
    const double tp = sumSquares - n;
    const double fp = rowDot - sumSquares;
    const double fn = columnDot - sumSquares;
    const double tn = n * n - fp - fn - sumSquares;
    if (fn == 0 && fp == 0)
        return 1.0;
    return 2.0 * (tp * tn - fn * fp) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}

} // namespace swb
