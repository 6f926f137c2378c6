#include "analysis/kmeansplusplus.h"

#include <algorithm>
#include <cmath>

namespace swb::kmeansdetail {

namespace {

struct AlignedFloats
{
    explicit AlignedFloats(size_t count)
        : values(static_cast<float*>(std::aligned_alloc(64, ((count * sizeof(float) + 63) / 64) * 64 + 64)))
    { }
    ~AlignedFloats() { std::free(values); }
    AlignedFloats(const AlignedFloats&) = delete;
    AlignedFloats& operator=(const AlignedFloats&) = delete;
    float* values;
};

void copyPoint(const BlockedData& data, int row, double* out)
{
    for (int f = 0; f < data.features(); ++f)
        out[f] = data.value(row, f);
}

// The first point whose running sum of `closest` (in point order) exceeds r: the point "owning" r on the
// cumulative distribution. Strictly exceeds, so a point at distance 0 (an existing centre) is never drawn.
int drawPoint(const BlockedData& data, const float* closest, const std::vector<double>& chunkSums, double r)
{
    double before = 0;
    for (int chunk = 0; chunk < data.chunks(); ++chunk) {
        if (before + chunkSums[size_t(chunk)] <= r) {
            before += chunkSums[size_t(chunk)];
            continue;
        }
        const int end = std::min(data.rows(), data.chunkEndBlock(chunk) * kLanes);
        double running = before;
        for (int i = data.chunkFirstBlock(chunk) * kLanes; i < end; ++i) {
            running += double(closest[i]);
            if (running > r && closest[i] > 0)
                return i;
        }
        break;
    }
    // Rounding put r at or past the total: the last point with a positive distance.
    for (int i = data.rows() - 1; i >= 0; --i) {
        if (closest[i] > 0)
            return i;
    }
    return -1;
}

} // namespace

bool seedKMeansPlusPlus(const BlockedData& data, int k, std::mt19937_64& rng, const Kernels& kernels, ThreadPool& pool,
                        const std::vector<int>& distinctRows, const CancelCheck& cancel,
                        const std::function<void()>& step, RowMatrix* centres)
{
    const int n = data.rows();
    const int d = data.features();
    const int chunks = data.chunks();
    centres->resize(k, d);
    std::vector<int> chosen;
    chosen.push_back(uniformIndex(rng, n));
    copyPoint(data, chosen.back(), centres->row(0).data());

    AlignedFloats closest(size_t(data.blocks()) * kLanes);
    std::vector<double> chunkSums(static_cast<size_t>(chunks));
    std::vector<float> centre(static_cast<size_t>(d));
    auto updateClosest = [&](int row, bool first) {
        for (int f = 0; f < d; ++f)
            centre[size_t(f)] = data.value(row, f);
        pool.run(chunks, [&](int chunk) {
            chunkSums[size_t(chunk)] = kernels.updateClosest(
                data, data.chunkFirstBlock(chunk), data.chunkEndBlock(chunk), centre.data(), closest.values, first);
        });
        double total = 0;
        for (double s : chunkSums)
            total += s;
        return total;
    };
    double potential = updateClosest(chosen.back(), true);

    const int trials = std::min(kMaxCandidates, 2 + int(std::log(double(k))));
    std::vector<int> candidateRows(static_cast<size_t>(trials));
    std::vector<float> candidates(size_t(trials) * size_t(d));
    std::vector<double> chunkPots(size_t(chunks) * size_t(trials));
    for (int c = 1; c < k; ++c) {
        if (cancel && cancel())
            return false;
        if (step)
            step();
        int best = -1;
        if (potential > 0) {
            for (int t = 0; t < trials; ++t) {
                const int row = drawPoint(data, closest.values, chunkSums, uniform01(rng) * potential);
                candidateRows[size_t(t)] = row;
                for (int f = 0; f < d; ++f)
                    candidates[size_t(t) * size_t(d) + size_t(f)] = row >= 0 ? data.value(row, f) : 0.0f;
            }
            std::fill(chunkPots.begin(), chunkPots.end(), 0.0);
            pool.run(chunks, [&](int chunk) {
                kernels.candidatePotentials(data, data.chunkFirstBlock(chunk), data.chunkEndBlock(chunk),
                                            candidates.data(), trials, closest.values,
                                            chunkPots.data() + size_t(chunk) * size_t(trials));
            });
            double bestPot = 0;
            for (int t = 0; t < trials; ++t) {
                if (candidateRows[size_t(t)] < 0)
                    continue;
                double pot = 0;
                for (int chunk = 0; chunk < chunks; ++chunk)
                    pot += chunkPots[size_t(chunk) * size_t(trials) + size_t(t)];
                if (best < 0 || pot < bestPot) {
                    best = candidateRows[size_t(t)];
                    bestPot = pot;
                }
            }
        }
        if (best < 0) {
            // Every point sits on a centre in float32 although k distinct rows exist: take a distinct row
            // not chosen yet.
            for (int row : distinctRows) {
                if (std::find(chosen.begin(), chosen.end(), row) == chosen.end()) {
                    best = row;
                    break;
                }
            }
        }
        chosen.push_back(best);
        copyPoint(data, best, centres->row(c).data());
        potential = updateClosest(best, false);
    }
    return true;
}

} // namespace swb::kmeansdetail
