// The hot loops of k-means (nearest centre, k-means++ potentials), in a portable and an AVX2/FMA version.
#pragma once

#include "analysis/kmeansdata.h"

namespace swb::kmeansdetail {

enum class KernelPath { Auto, Generic, Avx2 };

// All distances are squared Euclidean in float32 on the centred blocked data; every sum is accumulated in
// double. Each function works on the blocks [firstBlock, endBlock) and gives the same result whichever thread
// runs it. Centres/candidates are row-major float arrays (count x features), centred like the data.
struct Kernels
{
    // Lloyd step: nearest centre of every point (ties: lowest index) into labels, counting labels that changed;
    // adds each point to sums (k rows of paddedFeatures(d) doubles) and counts.
    void (*assignAccumulate)(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k,
                             int* labels, double* sums, qint64* counts, qint64* changed);
    // Nearest centre only.
    void (*assign)(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k, int* labels);
    // k-means++: closest[i] = min(closest[i], d(x_i, centre)) (or = d when `first`); padding lanes get 0.
    // Returns the sum of closest over the points of the range, in point order.
    double (*updateClosest)(const BlockedData& data, int firstBlock, int endBlock, const float* centre, float* closest,
                            bool first);
    // k-means++: pots[m] += sum over points of min(closest[i], d(x_i, candidate m)), for m < candidates.
    void (*candidatePotentials)(const BlockedData& data, int firstBlock, int endBlock, const float* candidates,
                                int candidateCount, const float* closest, double* pots);
};

constexpr int kMaxCandidates = 32;

// Row stride of the per-cluster sums: whole 8-double groups, so the AVX2 path can add 4 doubles at a time.
constexpr int paddedFeatures(int d)
{
    return (d + kLanes - 1) / kLanes * kLanes;
}

bool avx2Supported();
// Auto picks AVX2 when the CPU has AVX2 and FMA. Asking for Avx2 on a CPU without it gives Generic.
const Kernels& kernels(KernelPath path);
KernelPath resolveKernelPath(KernelPath path);

} // namespace swb::kmeansdetail
