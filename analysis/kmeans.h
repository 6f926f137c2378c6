// k-means clustering (k-means++ seeding, Lloyd iterations) on all cores, deterministic for any thread count.
#pragma once

#include "analysis/featurematrix.h"
#include "analysis/jobcallbacks.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace swb {

class ThreadPool;
namespace kmeansdetail {
class BlockedData;
}

enum class KMeansKernel { Auto, Portable, Avx2 };

// Defaults follow scikit-learn 1.2 (Debian 12's): n_init 10, max_iter 300, tol 1e-4, greedy k-means++ with
// 2 + floor(ln k) candidates per step, Lloyd's algorithm.
struct KMeansOptions
{
    int k = 8;
    int nInit = 10; // restarts; the one with the lowest inertia wins (ties: the earliest)
    int maxIterations = 300; // Lloyd iterations per restart
    // Relative: a restart stops when the sum over centres of the squared centre shift is <= tolerance times
    // the mean over features of the data's (population) variance, or when no label changed (scikit-learn's
    // _tolerance and strict convergence). 0 = only stop when labels no longer change.
    double tolerance = 1e-4;
    quint64 seed = 0; // same seed, same data, same options -> bit-identical result for any thread count
    int threads = 0; // 0 = one per core
    KMeansKernel kernel = KMeansKernel::Auto; // Portable/Avx2 force a kernel (tests, benchmarks)
    // Start from these centres (k x features, input space) instead of k-means++: one run, nInit is ignored
    // (scikit-learn's init=array). For warm starts, tests and comparisons.
    RowMatrix initialCentres;
    QStringList featureNames; // only for error messages
};

struct KMeansResult
{
    std::vector<int> labels; // per row, 0 .. k-1
    RowMatrix centres; // k x features, in the space of the input (the scaled space)
    std::vector<qint64> sizes; // rows per cluster
    double inertia = 0; // sum of squared distances to the assigned centre (double, input space)
    int iterations = 0; // Lloyd iterations of the winning restart
    int bestRestart = -1;
    QList<double> restartInertias; // per restart, on the float32 working copy (used to pick the best one)
    int totalIterations = 0; // over all restarts
    double seedingSeconds = 0; // wall time in k-means++ seeding, over all restarts (diagnostics)
    double lloydSeconds = 0; // wall time in the Lloyd iterations themselves, over all restarts
    bool canceled = false;
    QString error; // non-empty: the input was rejected; what is wrong and what to do

    bool ok() const { return error.isEmpty() && !canceled; }
};

// A prepared run: converts the data once (float32 blocks, all cores), then clusters it for one or more k.
// `data` must outlive the object (the final inertia is computed on it in double precision).
class KMeans
{
    Q_DECLARE_TR_FUNCTIONS(swb::KMeans)

public:
    KMeans(const RowMatrix& data, int threads, const QStringList& featureNames = {});
    ~KMeans();
    KMeans(const KMeans&) = delete;
    KMeans& operator=(const KMeans&) = delete;

    // Non-empty when the data cannot be clustered at all (non-finite values, no rows).
    QString error() const { return m_error; }
    int rows() const;
    ThreadPool& pool() { return *m_pool; }
    // How many pairwise different points the data has, counted up to `atMost` (costs rows x atMost).
    int distinctPoints(int atMost) const;

    // options.threads and options.featureNames are ignored here (fixed at construction).
    KMeansResult cluster(const KMeansOptions& options, const CancelCheck& cancel = {},
                         const ProgressCallback& progress = {});

private:
    std::unique_ptr<ThreadPool> m_pool;
    double exactInertia(const RowMatrix& centres, const std::vector<int>& labels);

    const RowMatrix* m_source = nullptr;
    std::unique_ptr<kmeansdetail::BlockedData> m_data;
    QString m_error;
};

// One-shot: KMeans(data, options.threads, options.featureNames).cluster(options, cancel, progress).
KMeansResult kmeans(const RowMatrix& data, const KMeansOptions& options, const CancelCheck& cancel = {},
                    const ProgressCallback& progress = {});

} // namespace swb
