#include "analysis/kmeans.h"

#include "analysis/kmeansdata.h"
#include "analysis/kmeanskernel.h"
#include "analysis/kmeansplusplus.h"
#include "analysis/rowsampler.h"
#include "analysis/threadpool.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <numeric>

namespace swb {

using namespace kmeansdetail;

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Per-chunk partial results, each chunk's slot starting on its own cache line (no false sharing between the
// threads that fill neighbouring chunks).
struct ChunkPartials
{
    ChunkPartials(int chunks, int k, int d)
        : sumStride(size_t(k) * size_t(paddedFeatures(d)))
        , countStride(roundUp(size_t(k) + 1))
        , sums(size_t(chunks) * sumStride)
        , counts(size_t(chunks) * countStride)
    { }
    static size_t roundUp(size_t n) { return (n + 7) / 8 * 8; }
    double* sumsOf(int chunk) { return sums.data() + size_t(chunk) * sumStride; }
    qint64* countsOf(int chunk) { return counts.data() + size_t(chunk) * countStride; }

    size_t sumStride;
    size_t countStride; // k counts, then the number of changed labels
    std::vector<double> sums;
    std::vector<qint64> counts;
};

// Up to `k` rows with pairwise different (float32) values, scanning in row order; fewer means the data has
// fewer distinct points than k.
std::vector<int> distinctRows(const BlockedData& data, int k)
{
    std::vector<int> rows;
    const int d = data.features();
    for (int i = 0; i < data.rows() && int(rows.size()) < k; ++i) {
        bool seen = false;
        for (int j : rows) {
            bool same = true;
            for (int f = 0; f < d && same; ++f)
                same = data.value(i, f) == data.value(j, f);
            if (same) {
                seen = true;
                break;
            }
        }
        if (!seen)
            rows.push_back(i);
    }
    return rows;
}

struct RunOutput
{
    RowMatrix centres; // centred coordinates
    std::vector<int> labels;
    std::vector<qint64> sizes;
    double inertia = 0;
    int iterations = 0;
};

class Runner
{
public:
    Runner(const BlockedData& data, ThreadPool& pool, const Kernels& kernels, const KMeansOptions& options)
        : m_data(data)
        , m_pool(pool)
        , m_kernels(kernels)
        , m_options(options)
        , m_partials(data.chunks(), options.k, data.features())
    { }

    // One restart. `tick` is called once per seeding step and per iteration; returns false when canceled.
    bool run(quint64 seed, const std::vector<int>& distinct, const CancelCheck& cancel,
             const std::function<void(double fraction)>& tick, RunOutput* out, double* seedingSeconds,
             double* lloydSeconds);

private:
    void lloydStep(const RowMatrix& centres, std::vector<int>& labels, RowMatrix* sums, std::vector<qint64>* counts,
                   qint64* changed);
    void relocateEmptyClusters(const RowMatrix& centres, const std::vector<int>& labels, RowMatrix* sums,
                               std::vector<qint64>* counts);
    void finalAssignment(const RowMatrix& centres, std::vector<int>& labels);
    double inertia(const RowMatrix& centres, const std::vector<int>& labels, std::vector<qint64>* sizes);

    const BlockedData& m_data;
    ThreadPool& m_pool;
    const Kernels& m_kernels;
    const KMeansOptions& m_options;
    ChunkPartials m_partials;
    std::vector<float> m_centresF;
};

void Runner::lloydStep(const RowMatrix& centres, std::vector<int>& labels, RowMatrix* sums, std::vector<qint64>* counts,
                       qint64* changed)
{
    const int k = int(centres.rows());
    const int d = int(centres.cols());
    m_centresF.assign(centres.data(), centres.data() + size_t(k) * size_t(d));
    m_pool.run(m_data.chunks(), [&](int chunk) {
        double* chunkSums = m_partials.sumsOf(chunk);
        qint64* chunkCounts = m_partials.countsOf(chunk);
        std::fill(chunkSums, chunkSums + m_partials.sumStride, 0.0);
        std::fill(chunkCounts, chunkCounts + k + 1, 0);
        m_kernels.assignAccumulate(m_data, m_data.chunkFirstBlock(chunk), m_data.chunkEndBlock(chunk),
                                   m_centresF.data(), k, labels.data(), chunkSums, chunkCounts, chunkCounts + k);
    });
    sums->setZero(k, d);
    counts->assign(size_t(k), 0);
    *changed = 0;
    for (int chunk = 0; chunk < m_data.chunks(); ++chunk) {
        const double* chunkSums = m_partials.sumsOf(chunk);
        const qint64* chunkCounts = m_partials.countsOf(chunk);
        const int stride = paddedFeatures(d);
        for (int c = 0; c < k; ++c) {
            for (int f = 0; f < d; ++f)
                (*sums)(c, f) += chunkSums[c * stride + f];
        }
        for (int c = 0; c < k; ++c)
            (*counts)[size_t(c)] += chunkCounts[c];
        *changed += chunkCounts[k];
    }
}

// scikit-learn's _relocate_empty_clusters_dense: each empty cluster takes one of the points farthest from
// their (old) centre, in decreasing distance (ties: lower row first), moving it out of its cluster's sums.
void Runner::relocateEmptyClusters(const RowMatrix& centres, const std::vector<int>& labels, RowMatrix* sums,
                                   std::vector<qint64>* counts)
{
    std::vector<int> empty;
    for (int c = 0; c < int(counts->size()); ++c) {
        if ((*counts)[size_t(c)] == 0)
            empty.push_back(c);
    }
    if (empty.empty())
        return;
    const int d = m_data.features();
    const size_t wanted = empty.size();
    using Far = std::pair<double, int>; // distance, row
    auto farther = [](const Far& a, const Far& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    };
    std::vector<std::vector<Far>> chunkFar(size_t(m_data.chunks()));
    m_pool.run(m_data.chunks(), [&](int chunk) {
        auto& far = chunkFar[size_t(chunk)];
        const int end = std::min(m_data.rows(), m_data.chunkEndBlock(chunk) * kLanes);
        for (int i = m_data.chunkFirstBlock(chunk) * kLanes; i < end; ++i) {
            double dist = 0;
            for (int f = 0; f < d; ++f) {
                const double diff = double(m_data.value(i, f)) - centres(labels[size_t(i)], f);
                dist += diff * diff;
            }
            const Far candidate{dist, i};
            if (far.size() < wanted || farther(candidate, far.back())) {
                far.insert(std::upper_bound(far.begin(), far.end(), candidate, farther), candidate);
                if (far.size() > wanted)
                    far.pop_back();
            }
        }
    });
    std::vector<Far> all;
    for (const auto& far : chunkFar)
        all.insert(all.end(), far.begin(), far.end());
    std::sort(all.begin(), all.end(), farther);
    for (size_t e = 0; e < wanted && e < all.size(); ++e) {
        const int row = all[e].second;
        const int from = labels[size_t(row)];
        const int to = empty[e];
        for (int f = 0; f < d; ++f) {
            const double v = m_data.value(row, f);
            (*sums)(from, f) -= v;
            (*sums)(to, f) = v;
        }
        --(*counts)[size_t(from)];
        (*counts)[size_t(to)] = 1;
    }
}

void Runner::finalAssignment(const RowMatrix& centres, std::vector<int>& labels)
{
    m_centresF.assign(centres.data(), centres.data() + centres.size());
    m_pool.run(m_data.chunks(), [&](int chunk) {
        m_kernels.assign(m_data, m_data.chunkFirstBlock(chunk), m_data.chunkEndBlock(chunk), m_centresF.data(),
                         int(centres.rows()), labels.data());
    });
}

// In double, against the double centres: the reported inertia does not carry float32 rounding.
double Runner::inertia(const RowMatrix& centres, const std::vector<int>& labels, std::vector<qint64>* sizes)
{
    const int k = int(centres.rows());
    const int d = m_data.features();
    std::vector<double> chunkInertia(size_t(m_data.chunks()));
    m_pool.run(m_data.chunks(), [&](int chunk) {
        qint64* chunkCounts = m_partials.countsOf(chunk);
        std::fill(chunkCounts, chunkCounts + k, 0);
        double sum = 0;
        for (int b = m_data.chunkFirstBlock(chunk); b < m_data.chunkEndBlock(chunk); ++b) {
            const float* x = m_data.block(b);
            for (int l = 0; l < m_data.lanesIn(b); ++l) {
                const int label = labels[size_t(b) * kLanes + size_t(l)];
                ++chunkCounts[label];
                const double* centre = centres.data() + size_t(label) * size_t(d);
                double dist = 0;
                for (int f = 0; f < d; ++f) {
                    const double diff = double(x[f * kLanes + l]) - centre[f];
                    dist += diff * diff;
                }
                sum += dist;
            }
        }
        chunkInertia[size_t(chunk)] = sum;
    });
    sizes->assign(size_t(k), 0);
    double total = 0;
    for (int chunk = 0; chunk < m_data.chunks(); ++chunk) {
        total += chunkInertia[size_t(chunk)];
        for (int c = 0; c < k; ++c)
            (*sizes)[size_t(c)] += m_partials.countsOf(chunk)[c];
    }
    return total;
}

bool Runner::run(quint64 seed, const std::vector<int>& distinct, const CancelCheck& cancel,
                 const std::function<void(double)>& tick, RunOutput* out, double* seedingSeconds, double* lloydSeconds)
{
    const int k = m_options.k;
    const int maxIterations = std::max(1, m_options.maxIterations);
    // Seeding is ~10% of a restart's progress, the iterations (up to the maximum) the rest.
    int seedingSteps = 0;
    auto seedingTick = [&] {
        tick(0.1 * ++seedingSteps / std::max(1, k - 1));
    };

    auto start = Clock::now();
    std::mt19937_64 rng(seed);
    RowMatrix centres;
    if (m_options.initialCentres.size() > 0) {
        centres = m_options.initialCentres.rowwise() - m_data.mean().transpose();
    } else if (!seedKMeansPlusPlus(m_data, k, rng, m_kernels, m_pool, distinct, cancel, seedingTick, &centres)) {
        return false;
    }
    *seedingSeconds += secondsSince(start);

    start = Clock::now();
    const double tolerance = m_options.tolerance * m_data.meanVariance();
    std::vector<int> labels(size_t(m_data.rows()), -1);
    RowMatrix sums;
    std::vector<qint64> counts;
    bool strictConvergence = false;
    int iteration = 0;
    while (iteration < maxIterations) {
        if (cancel && cancel()) {
            *lloydSeconds += secondsSince(start);
            return false;
        }
        tick(0.1 + 0.9 * iteration / maxIterations);
        qint64 changed = 0;
        lloydStep(centres, labels, &sums, &counts, &changed);
        relocateEmptyClusters(centres, labels, &sums, &counts);
        double shift = 0;
        for (int c = 0; c < k; ++c) {
            // A cluster emptied by a relocation (it gave away its only point) keeps its centre.
            if (counts[size_t(c)] == 0)
                continue;
            const Eigen::RowVectorXd moved = sums.row(c) / double(counts[size_t(c)]);
            shift += (moved - centres.row(c)).squaredNorm();
            centres.row(c) = moved;
        }
        ++iteration;
        if (changed == 0) {
            strictConvergence = true;
            break;
        }
        if (shift <= tolerance)
            break;
    }
    *lloydSeconds += secondsSince(start);
    // As scikit-learn: unless the labels were already stable, assign once more so they match the centres.
    if (!strictConvergence)
        finalAssignment(centres, labels);
    out->inertia = inertia(centres, labels, &out->sizes);
    out->centres = std::move(centres);
    out->labels = std::move(labels);
    out->iterations = iteration;
    return true;
}

} // namespace

KMeans::KMeans(const RowMatrix& data, int threads, const QStringList& featureNames)
    : m_pool(std::make_unique<ThreadPool>(threads))
    , m_source(&data)
    , m_data(std::make_unique<BlockedData>())
{
    if (data.rows() == 0 || data.cols() == 0) {
        m_error = data.cols() == 0 ? tr("No features were chosen. Choose at least one numeric field.")
                                   : tr("There are no rows to cluster.");
        return;
    }
    m_data->build(data, featureNames, *m_pool, &m_error);
}

KMeans::~KMeans() = default;

int KMeans::rows() const
{
    return m_data->rows();
}

KMeansResult KMeans::cluster(const KMeansOptions& options, const CancelCheck& cancel, const ProgressCallback& progress)
{
    KMeansResult result;
    if (!m_error.isEmpty()) {
        result.error = m_error;
        return result;
    }
    const int n = m_data->rows();
    if (options.k < 1) {
        result.error = tr("The number of clusters must be at least 1, not %1.").arg(options.k);
        return result;
    }
    if (options.k > n) {
        result.error
            = tr("Cannot form %1 clusters from %n row(s). Choose at most %n clusters.", nullptr, n).arg(options.k);
        return result;
    }
    if (options.nInit < 1 || options.maxIterations < 1) {
        result.error = tr("The number of restarts and of iterations must be at least 1.");
        return result;
    }
    if (!(options.tolerance >= 0) || !std::isfinite(options.tolerance)) {
        result.error = tr("The tolerance must be a number of at least 0, not %1.").arg(options.tolerance);
        return result;
    }
    const bool givenCentres = options.initialCentres.size() > 0;
    if (givenCentres
        && (options.initialCentres.rows() != options.k || options.initialCentres.cols() != m_data->features()
            || !options.initialCentres.allFinite())) {
        result.error
            = tr("The initial centres must be %1 rows of %2 finite values.").arg(options.k).arg(m_data->features());
        return result;
    }
    const std::vector<int> distinct = distinctRows(*m_data, options.k);
    if (int(distinct.size()) < options.k) {
        result.error = tr("The data has only %n distinct point(s), fewer than the %1 clusters asked for. Choose "
                          "fewer clusters.",
                          nullptr, int(distinct.size()))
                           .arg(options.k);
        return result;
    }

    if (!givenCentres && options.nInit > 1 && options.restartSampleRows > 0
        && qint64(n) >= 4 * qint64(options.restartSampleRows))
        return clusterWithSampledRestarts(options, cancel, progress);

    KMeansOptions effective = options;
    const KernelPath path = options.kernel == KMeansKernel::Portable ? KernelPath::Generic
        : options.kernel == KMeansKernel::Avx2                       ? KernelPath::Avx2
                                                                     : KernelPath::Auto;
    Runner runner(*m_data, *m_pool, kernels(path), effective);
    std::mt19937_64 seeds(options.seed);
    int lastPercent = 0;
    RunOutput best;
    const int restarts = givenCentres ? 1 : options.nInit;
    for (int restart = 0; restart < restarts; ++restart) {
        auto tick = [&](double fraction) {
            const int percent = std::clamp(int(100.0 * (restart + std::min(1.0, fraction)) / restarts), 0, 99);
            lastPercent = std::max(lastPercent, percent);
            if (progress)
                progress(lastPercent);
        };
        RunOutput run;
        const quint64 runSeed = seeds();
        if (!runner.run(runSeed, distinct, cancel, tick, &run, &result.seedingSeconds, &result.lloydSeconds)) {
            result.canceled = true;
            return result;
        }
        result.totalIterations += run.iterations;
        result.restartInertias.append(run.inertia);
        if (options.keepRestartCentres)
            result.restartCentres.push_back(run.centres.rowwise() + m_data->mean().transpose());
        if (result.bestRestart < 0 || run.inertia < best.inertia) {
            best = std::move(run);
            result.bestRestart = restart;
        }
    }
    result.labels = std::move(best.labels);
    result.centres = best.centres.rowwise() + m_data->mean().transpose();
    result.sizes = std::move(best.sizes);
    result.inertia = exactInertia(result.centres, result.labels);
    result.iterations = best.iterations;
    if (progress)
        progress(100);
    return result;
}

KMeansResult KMeans::clusterWithSampledRestarts(const KMeansOptions& options, const CancelCheck& cancel,
                                                const ProgressCallback& progress)
{
    // The sample has a seed of its own (not one of the restarts'); it is drawn once per (size, seed).
    const quint64 sampleSeed = options.seed ^ 0x9e3779b97f4a7c15ULL;
    if (!m_sampleEngine || m_sampleSize != options.restartSampleRows || m_sampleSeed != sampleSeed) {
        const std::vector<int> rows = RowSampler::draw(m_data->rows(), options.restartSampleRows, sampleSeed);
        m_sample.resize(Eigen::Index(rows.size()), m_source->cols());
        for (size_t i = 0; i < rows.size(); ++i)
            m_sample.row(Eigen::Index(i)) = m_source->row(rows[i]);
        m_sampleEngine = std::make_unique<KMeans>(m_sample, m_pool->threadCount());
        m_sampleSize = options.restartSampleRows;
        m_sampleSeed = sampleSeed;
    }
    KMeansOptions screening = options;
    screening.restartSampleRows = 0;
    screening.keepRestartCentres = true;
    // The restarts on the sample are about half of the work, the iterations on all rows the other half.
    KMeansResult screened = m_sampleEngine->cluster(screening, cancel, [&progress](int percent) {
        if (progress)
            progress(percent / 2);
    });
    if (screened.canceled)
        return screened;
    screening.keepRestartCentres = options.keepRestartCentres;
    if (!screened.ok()) {
        // E.g. the sample holds fewer distinct points than k although all rows do not: every restart on all rows.
        return cluster(screening, cancel, progress);
    }
    // Near-equal local minima can swap places between the sample and all rows: the best quarter of the restarts on
    // the sample (10 -> 3, 3 -> 1) are iterated on all rows, and the lowest inertia there wins (ties: the better one on
    // the sample).
    const int finalists = (options.nInit + 3) / 4;
    std::vector<int> order(size_t(screened.restartInertias.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&screened](int a, int b) {
        return screened.restartInertias.at(a) < screened.restartInertias.at(b);
    });
    order.resize(std::min(order.size(), size_t(finalists)));
    KMeansResult best;
    for (size_t f = 0; f < order.size(); ++f) {
        KMeansOptions polish = screening;
        polish.initialCentres = screened.restartCentres[size_t(order[f])];
        polish.nInit = 1;
        KMeansResult result = cluster(polish, cancel, [&progress, f, &order](int percent) {
            if (progress)
                progress(50 + int((f * 100 + size_t(percent)) / (2 * order.size())));
        });
        if (!result.ok())
            return result;
        screened.totalIterations += result.totalIterations;
        screened.seedingSeconds += result.seedingSeconds;
        screened.lloydSeconds += result.lloydSeconds;
        if (f == 0 || result.inertia < best.inertia) {
            best = std::move(result);
            best.bestRestart = order[f];
        }
    }
    best.restartInertias = screened.restartInertias;
    best.totalIterations = screened.totalIterations;
    best.seedingSeconds = screened.seedingSeconds;
    best.lloydSeconds = screened.lloydSeconds;
    best.restartSampleRows = int(m_sample.rows());
    if (options.keepRestartCentres)
        best.restartCentres = std::move(screened.restartCentres);
    return best;
}

// Float32 rounding of the inputs shifts the working copy's inertia by ~1e-8 relative; the reported one is
// recomputed from the double input (one pass), so it matches a double-precision implementation.
double KMeans::exactInertia(const RowMatrix& centres, const std::vector<int>& labels)
{
    const BlockedData& data = *m_data;
    const int d = data.features();
    std::vector<double> chunkInertia(static_cast<size_t>(data.chunks()));
    m_pool->run(data.chunks(), [&](int chunk) {
        double sum = 0;
        const int end = std::min(data.rows(), data.chunkEndBlock(chunk) * kLanes);
        for (int i = data.chunkFirstBlock(chunk) * kLanes; i < end; ++i) {
            const double* x = m_source->data() + size_t(i) * size_t(d);
            const double* centre = centres.data() + size_t(labels[size_t(i)]) * size_t(d);
            double dist = 0;
            for (int f = 0; f < d; ++f)
                dist += (x[f] - centre[f]) * (x[f] - centre[f]);
            sum += dist;
        }
        chunkInertia[size_t(chunk)] = sum;
    });
    double total = 0;
    for (double s : chunkInertia)
        total += s;
    return total;
}

int KMeans::distinctPoints(int atMost) const
{
    return m_data ? int(distinctRows(*m_data, atMost).size()) : 0;
}

KMeansResult kmeans(const RowMatrix& data, const KMeansOptions& options, const CancelCheck& cancel,
                    const ProgressCallback& progress)
{
    KMeans engine(data, options.threads, options.featureNames);
    return engine.cluster(options, cancel, progress);
}

} // namespace swb
