#include "analysis/kmeansdata.h"

#include <QCoreApplication>

#include <cmath>
#include <cstring>
#include <limits>

namespace swb::kmeansdetail {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(swb::KMeans)
};

// Squares of larger centred values would overflow float32 distance sums.
constexpr double kMaxMagnitude = 1e17;

// At least 4096 points per chunk, and at most ~1024 chunks so the per-chunk partial sums (clusters x features
// doubles each) stay small. Depends on the row count only, so a given k gives the same result whether it runs
// alone or within a k sweep.
int chunkBlocksFor(int blocks)
{
    int chunkBlocks = 512;
    while (blocks > chunkBlocks * 1024)
        chunkBlocks *= 2;
    return chunkBlocks;
}

} // namespace

bool BlockedData::build(const RowMatrix& values, const QStringList& featureNames, ThreadPool& pool, QString* error)
{
    m_rows = int(values.rows());
    m_features = int(values.cols());
    m_blocks = (m_rows + kLanes - 1) / kLanes;
    m_chunkBlocks = chunkBlocksFor(m_blocks);
    m_chunks = (m_blocks + m_chunkBlocks - 1) / m_chunkBlocks;
    const int d = m_features;
    auto featureName = [&](int f) {
        return f < featureNames.size() ? featureNames.at(f) : Tr::tr("feature %1").arg(f + 1);
    };

    // Pass 1: per-chunk column sums and the first non-finite value.
    std::vector<double> chunkSums(size_t(m_chunks) * size_t(d), 0.0);
    std::vector<qint64> firstBad(size_t(m_chunks), -1);
    pool.run(m_chunks, [&](int chunk) {
        const int first = chunkFirstBlock(chunk) * kLanes;
        const int end = std::min(m_rows, chunkEndBlock(chunk) * kLanes);
        double* sums = chunkSums.data() + size_t(chunk) * size_t(d);
        for (int i = first; i < end; ++i) {
            const double* row = values.data() + size_t(i) * size_t(d);
            for (int f = 0; f < d; ++f) {
                if (!std::isfinite(row[f])) {
                    firstBad[size_t(chunk)] = qint64(i) * d + f;
                    return;
                }
                sums[f] += row[f];
            }
        }
    });
    auto reportBad = [&](qint64 at, bool tooLarge) {
        const int row = int(at / d);
        const int f = int(at % d);
        if (error) {
            *error = !tooLarge
                ? Tr::tr("Row %1 has the value %2 in the feature \"%3\"; k-means needs finite numbers. Leave that "
                         "row out or fix the value.")
                      .arg(row + 1)
                      .arg(values(row, f))
                      .arg(featureName(f))
                : Tr::tr("Row %1 has the value %2 in the feature \"%3\", too large to cluster without scaling. "
                         "Choose z-score or min-max scaling.")
                      .arg(row + 1)
                      .arg(values(row, f))
                      .arg(featureName(f));
        }
        return false;
    };
    for (qint64 at : firstBad) {
        if (at >= 0)
            return reportBad(at, false);
    }
    m_mean = Eigen::VectorXd::Zero(d);
    for (int chunk = 0; chunk < m_chunks; ++chunk) {
        for (int f = 0; f < d; ++f)
            m_mean[f] += chunkSums[size_t(chunk) * size_t(d) + size_t(f)];
    }
    if (m_rows > 0)
        m_mean /= double(m_rows);

    // Pass 2: centre, convert, transpose into blocks; per-chunk squared deviations for the variance.
    const size_t floats = size_t(m_blocks) * size_t(d) * kLanes;
    const size_t bytes = ((floats * sizeof(float) + 63) / 64) * 64;
    m_values.reset(static_cast<float*>(std::aligned_alloc(64, std::max<size_t>(bytes, 64))));
    std::fill(chunkSums.begin(), chunkSums.end(), 0.0);
    pool.run(m_chunks, [&](int chunk) {
        double* squares = chunkSums.data() + size_t(chunk) * size_t(d);
        for (int b = chunkFirstBlock(chunk); b < chunkEndBlock(chunk); ++b) {
            float* out = m_values.get() + size_t(b) * size_t(d) * kLanes;
            const int lanes = lanesIn(b);
            if (lanes < kLanes)
                std::memset(out, 0, size_t(d) * kLanes * sizeof(float));
            for (int l = 0; l < lanes; ++l) {
                const int i = b * kLanes + l;
                const double* row = values.data() + size_t(i) * size_t(d);
                for (int f = 0; f < d; ++f) {
                    const double centred = row[f] - m_mean[f];
                    if (std::abs(centred) > kMaxMagnitude) {
                        if (firstBad[size_t(chunk)] < 0)
                            firstBad[size_t(chunk)] = qint64(i) * d + f;
                        continue;
                    }
                    squares[f] += centred * centred;
                    out[f * kLanes + l] = float(centred);
                }
            }
        }
    });
    for (qint64 at : firstBad) {
        if (at >= 0)
            return reportBad(at, true);
    }
    double varianceSum = 0;
    for (int f = 0; f < d; ++f) {
        double squares = 0;
        for (int chunk = 0; chunk < m_chunks; ++chunk)
            squares += chunkSums[size_t(chunk) * size_t(d) + size_t(f)];
        varianceSum += m_rows > 0 ? squares / m_rows : 0.0;
    }
    m_meanVariance = d > 0 ? varianceSum / d : 0.0;
    return true;
}

} // namespace swb::kmeansdetail
