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
    // Restarts screened on a sample: with nInit > 1 and at least 4 x this many rows, every restart (seeding and
    // Lloyd iterations) runs on a seeded sample of this many rows, and only the best one is then iterated on all
    // rows from its centres -- the idea of scikit-learn's MiniBatchKMeans(init_size=...). 0 = every restart on all
    // rows, as scikit-learn's KMeans. The restarts then differ only in where they start, which a sample of
    // 100,000 rows tells apart as well as all rows do (tst_kmeanssample: same inertia within 0.1%).
    int restartSampleRows = 0;
    bool keepRestartCentres = false; // fill KMeansResult::restartCentres
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
    int restartSampleRows = 0; // > 0: the restarts ran on a sample of this many rows (restartInertias are the sample's)
    std::vector<RowMatrix> restartCentres; // per restart, input space (only with KMeansOptions::keepRestartCentres)
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
    KMeansResult clusterWithSampledRestarts(const KMeansOptions& options, const CancelCheck& cancel,
                                            const ProgressCallback& progress);
    double exactInertia(const RowMatrix& centres, const std::vector<int>& labels);

    std::unique_ptr<ThreadPool> m_pool;
    // The sample the restarts are screened on, kept for further calls (a sweep's k values share it).
    RowMatrix m_sample;
    std::unique_ptr<KMeans> m_sampleEngine;
    int m_sampleSize = 0;
    quint64 m_sampleSeed = 0;

    const RowMatrix* m_source = nullptr;
    std::unique_ptr<kmeansdetail::BlockedData> m_data;
    QString m_error;
};

// One-shot: KMeans(data, options.threads, options.featureNames).cluster(options, cancel, progress).
KMeansResult kmeans(const RowMatrix& data, const KMeansOptions& options, const CancelCheck& cancel = {},
                    const ProgressCallback& progress = {});

} // namespace swb
