// Greedy k-means++ seeding (scikit-learn's variant) on the blocked data.
#pragma once

#include "analysis/jobcallbacks.h"
#include "analysis/kmeanskernel.h"

#include <random>

namespace swb::kmeansdetail {

// Portable draws from a 64-bit Mersenne Twister (the standard distributions differ between libraries).
inline double uniform01(std::mt19937_64& rng)
{
    return double(rng() >> 11) * 0x1.0p-53;
}

inline int uniformIndex(std::mt19937_64& rng, int n)
{
    return std::min(n - 1, int(uniform01(rng) * n));
}

// Picks k centres (centred coordinates, k x features): the first uniformly, each next one as the best of
// 2 + floor(ln k) candidates drawn with probability proportional to the squared distance to the nearest centre
// so far, "best" being the candidate that lowers the total squared distance most. `distinctRows` are k rows
// with pairwise different values, used only if float rounding leaves no point at a positive distance.
// Returns false when canceled.
bool seedKMeansPlusPlus(const BlockedData& data, int k, std::mt19937_64& rng, const Kernels& kernels, ThreadPool& pool,
                        const std::vector<int>& distinctRows, const CancelCheck& cancel,
                        const std::function<void()>& step, RowMatrix* centres);

} // namespace swb::kmeansdetail
