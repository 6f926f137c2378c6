#include "analysis/kmeanskernel.h"

#include <algorithm>
#include <limits>

#if defined(__x86_64__) || defined(__i386__)
#define SWB_HAVE_X86 1
#include <immintrin.h>
#endif

namespace swb::kmeansdetail {

namespace {

inline void accumulateBlock(const float* x, int d, int lanes, int firstPoint, const int* nearest, int* labels,
                            double* sums, qint64* counts, qint64* changed)
{
    const int stride = paddedFeatures(d);
    for (int l = 0; l < lanes; ++l) {
        const int label = nearest[l];
        int& stored = labels[firstPoint + l];
        *changed += stored != label;
        stored = label;
        ++counts[label];
        double* s = sums + size_t(label) * size_t(stride);
        for (int f = 0; f < d; ++f)
            s[f] += double(x[f * kLanes + l]);
    }
}

// ---- portable path: lane loops the compiler vectorises for the baseline ISA (SSE2 on x86-64) ----

inline void nearestGeneric(const float* x, int d, const float* centres, int k, int* nearest)
{
    float best[kLanes];
    std::fill(best, best + kLanes, std::numeric_limits<float>::infinity());
    std::fill(nearest, nearest + kLanes, 0);
    for (int c = 0; c < k; ++c) {
        const float* centre = centres + size_t(c) * size_t(d);
        float acc[kLanes] = {};
        for (int f = 0; f < d; ++f) {
            const float cf = centre[f];
            for (int l = 0; l < kLanes; ++l) {
                const float diff = x[f * kLanes + l] - cf;
                acc[l] += diff * diff;
            }
        }
        for (int l = 0; l < kLanes; ++l) {
            const bool closer = acc[l] < best[l];
            best[l] = closer ? acc[l] : best[l];
            nearest[l] = closer ? c : nearest[l];
        }
    }
}

inline void distanceGeneric(const float* x, int d, const float* centre, float* out)
{
    float acc[kLanes] = {};
    for (int f = 0; f < d; ++f) {
        const float cf = centre[f];
        for (int l = 0; l < kLanes; ++l) {
            const float diff = x[f * kLanes + l] - cf;
            acc[l] += diff * diff;
        }
    }
    std::copy(acc, acc + kLanes, out);
}

void assignAccumulateGeneric(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k,
                             int* labels, double* sums, qint64* counts, qint64* changed)
{
    const int d = data.features();
    int nearest[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        nearestGeneric(data.block(b), d, centres, k, nearest);
        accumulateBlock(data.block(b), d, data.lanesIn(b), b * kLanes, nearest, labels, sums, counts, changed);
    }
}

void assignGeneric(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k, int* labels)
{
    const int d = data.features();
    int nearest[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        nearestGeneric(data.block(b), d, centres, k, nearest);
        std::copy(nearest, nearest + data.lanesIn(b), labels + size_t(b) * kLanes);
    }
}

double updateClosestGeneric(const BlockedData& data, int firstBlock, int endBlock, const float* centre, float* closest,
                            bool first)
{
    const int d = data.features();
    double sum = 0;
    float dist[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        distanceGeneric(data.block(b), d, centre, dist);
        float* cl = closest + size_t(b) * kLanes;
        const int lanes = data.lanesIn(b);
        for (int l = 0; l < kLanes; ++l)
            cl[l] = l >= lanes ? 0.0f : first ? dist[l] : std::min(cl[l], dist[l]);
        for (int l = 0; l < lanes; ++l)
            sum += double(cl[l]);
    }
    return sum;
}

void candidatePotentialsGeneric(const BlockedData& data, int firstBlock, int endBlock, const float* candidates,
                                int candidateCount, const float* closest, double* pots)
{
    const int d = data.features();
    double acc[kMaxCandidates][kLanes] = {};
    float dist[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        const float* cl = closest + size_t(b) * kLanes;
        for (int m = 0; m < candidateCount; ++m) {
            distanceGeneric(data.block(b), d, candidates + size_t(m) * size_t(d), dist);
            for (int l = 0; l < kLanes; ++l)
                acc[m][l] += double(std::min(cl[l], dist[l]));
        }
    }
    for (int m = 0; m < candidateCount; ++m) {
        for (int l = 0; l < kLanes; ++l)
            pots[m] += acc[m][l];
    }
}

const Kernels kGenericKernels{&assignAccumulateGeneric, &assignGeneric, &updateClosestGeneric,
                              &candidatePotentialsGeneric};

#ifdef SWB_HAVE_X86

// ---- AVX2 + FMA path, chosen at run time (Debian's x86-64 baseline is SSE2) ----

#define SWB_AVX2 __attribute__((target("avx2,fma")))

SWB_AVX2 inline __m256 distanceAvx2(const float* x, int d, const float* centre)
{
    // Two accumulators halve the FMA dependency chain for small feature counts.
    __m256 acc0 = _mm256_setzero_ps();
    __m256 acc1 = _mm256_setzero_ps();
    int f = 0;
    for (; f + 1 < d; f += 2) {
        const __m256 d0 = _mm256_sub_ps(_mm256_load_ps(x + size_t(f) * kLanes), _mm256_broadcast_ss(centre + f));
        const __m256 d1
            = _mm256_sub_ps(_mm256_load_ps(x + size_t(f + 1) * kLanes), _mm256_broadcast_ss(centre + f + 1));
        acc0 = _mm256_fmadd_ps(d0, d0, acc0);
        acc1 = _mm256_fmadd_ps(d1, d1, acc1);
    }
    if (f < d) {
        const __m256 d0 = _mm256_sub_ps(_mm256_load_ps(x + size_t(f) * kLanes), _mm256_broadcast_ss(centre + f));
        acc0 = _mm256_fmadd_ps(d0, d0, acc0);
    }
    return _mm256_add_ps(acc0, acc1);
}

// The running nearest centre of 8 points, fed the distances to centres 0, 1, ... in order; ties keep the lower
// index. The smallest distance goes through a min (one short dependency from centre to centre); the comparison
// that picks the index hangs off that chain instead of lengthening it.
struct NearestAvx2
{
    SWB_AVX2 NearestAvx2()
        : best(_mm256_set1_ps(std::numeric_limits<float>::infinity()))
        , bestIndex(_mm256_setzero_si256())
        , index(_mm256_setzero_si256())
    { }
    __m256 best;
    __m256i bestIndex;
    __m256i index;

    SWB_AVX2 void take(__m256 dist)
    {
        const __m256 closer = _mm256_cmp_ps(dist, best, _CMP_LT_OQ);
        best = _mm256_min_ps(dist, best); // dist < best ? dist : best
        bestIndex = _mm256_blendv_epi8(bestIndex, index, _mm256_castps_si256(closer));
        index = _mm256_add_epi32(index, _mm256_set1_epi32(1));
    }
};

SWB_AVX2 inline void nearestAvx2(const float* x, int d, const float* centres, int k, int* nearest)
{
    NearestAvx2 search;
    for (int c = 0; c < k; ++c)
        search.take(distanceAvx2(x, d, centres + size_t(c) * size_t(d)));
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(nearest), search.bestIndex);
}

// 8 x 8 transpose: in, rows[f] holds feature f of the 8 points; out, rows[l] holds the 8 features of point l.
SWB_AVX2 inline void transpose8(__m256 rows[8])
{
    const __m256 t0 = _mm256_unpacklo_ps(rows[0], rows[1]);
    const __m256 t1 = _mm256_unpackhi_ps(rows[0], rows[1]);
    const __m256 t2 = _mm256_unpacklo_ps(rows[2], rows[3]);
    const __m256 t3 = _mm256_unpackhi_ps(rows[2], rows[3]);
    const __m256 t4 = _mm256_unpacklo_ps(rows[4], rows[5]);
    const __m256 t5 = _mm256_unpackhi_ps(rows[4], rows[5]);
    const __m256 t6 = _mm256_unpacklo_ps(rows[6], rows[7]);
    const __m256 t7 = _mm256_unpackhi_ps(rows[6], rows[7]);
    const __m256 u0 = _mm256_shuffle_ps(t0, t2, 0x44);
    const __m256 u1 = _mm256_shuffle_ps(t0, t2, 0xEE);
    const __m256 u2 = _mm256_shuffle_ps(t1, t3, 0x44);
    const __m256 u3 = _mm256_shuffle_ps(t1, t3, 0xEE);
    const __m256 u4 = _mm256_shuffle_ps(t4, t6, 0x44);
    const __m256 u5 = _mm256_shuffle_ps(t4, t6, 0xEE);
    const __m256 u6 = _mm256_shuffle_ps(t5, t7, 0x44);
    const __m256 u7 = _mm256_shuffle_ps(t5, t7, 0xEE);
    rows[0] = _mm256_permute2f128_ps(u0, u4, 0x20);
    rows[1] = _mm256_permute2f128_ps(u1, u5, 0x20);
    rows[2] = _mm256_permute2f128_ps(u2, u6, 0x20);
    rows[3] = _mm256_permute2f128_ps(u3, u7, 0x20);
    rows[4] = _mm256_permute2f128_ps(u0, u4, 0x31);
    rows[5] = _mm256_permute2f128_ps(u1, u5, 0x31);
    rows[6] = _mm256_permute2f128_ps(u2, u6, 0x31);
    rows[7] = _mm256_permute2f128_ps(u3, u7, 0x31);
}

// The per-cluster sums (double, stride paddedFeatures(d)) take whole points: a block's 8 x 8 feature tiles are
// transposed so each point adds two 4-double vectors instead of d scalars. A block whose points all went to
// one cluster (common in sorted data) is summed first, which also avoids chaining 8 dependent adds on one
// address. Sums are thus formed in a fixed order given the labels, whatever the thread count.
SWB_AVX2 inline void scatterBlockAvx2(const float* x, int d, int lanes, const int* nearest, bool oneCluster,
                                      double* sums)
{
    const int stride = paddedFeatures(d);
    for (int g = 0; g < d; g += kLanes) {
        __m256 rows[kLanes];
        for (int j = 0; j < kLanes; ++j)
            rows[j] = g + j < d ? _mm256_load_ps(x + size_t(g + j) * kLanes) : _mm256_setzero_ps();
        transpose8(rows);
        if (oneCluster) {
            __m256d lo[4];
            __m256d hi[4];
            for (size_t j = 0; j < 4; ++j) {
                lo[j] = _mm256_add_pd(_mm256_cvtps_pd(_mm256_castps256_ps128(rows[2 * j])),
                                      _mm256_cvtps_pd(_mm256_castps256_ps128(rows[2 * j + 1])));
                hi[j] = _mm256_add_pd(_mm256_cvtps_pd(_mm256_extractf128_ps(rows[2 * j], 1)),
                                      _mm256_cvtps_pd(_mm256_extractf128_ps(rows[2 * j + 1], 1)));
            }
            double* s = sums + size_t(nearest[0]) * size_t(stride) + g;
            const __m256d sumLo = _mm256_add_pd(_mm256_add_pd(lo[0], lo[1]), _mm256_add_pd(lo[2], lo[3]));
            const __m256d sumHi = _mm256_add_pd(_mm256_add_pd(hi[0], hi[1]), _mm256_add_pd(hi[2], hi[3]));
            _mm256_storeu_pd(s, _mm256_add_pd(_mm256_loadu_pd(s), sumLo));
            _mm256_storeu_pd(s + 4, _mm256_add_pd(_mm256_loadu_pd(s + 4), sumHi));
            continue;
        }
        for (int l = 0; l < lanes; ++l) {
            double* s = sums + size_t(nearest[l]) * size_t(stride) + g;
            _mm256_storeu_pd(s, _mm256_add_pd(_mm256_loadu_pd(s), _mm256_cvtps_pd(_mm256_castps256_ps128(rows[l]))));
            _mm256_storeu_pd(s + 4,
                             _mm256_add_pd(_mm256_loadu_pd(s + 4), _mm256_cvtps_pd(_mm256_extractf128_ps(rows[l], 1))));
        }
    }
}

// D > 0: the feature count known at compile time (the block's features then stay in registers); 0: any.
template<int D>
SWB_AVX2 void assignAccumulateAvx2(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k,
                                   int* labels, double* sums, qint64* counts, qint64* changed)
{
    const int d = D > 0 ? D : data.features();
    alignas(32) int nearest[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        const float* x = data.block(b);
        if constexpr (D > 0) {
            __m256 xv[D];
            for (int f = 0; f < D; ++f)
                xv[f] = _mm256_load_ps(x + size_t(f) * kLanes);
            NearestAvx2 search;
            for (int c = 0; c < k; ++c) {
                const float* centre = centres + size_t(c) * D;
                __m256 acc0 = _mm256_setzero_ps();
                __m256 acc1 = _mm256_setzero_ps();
                for (int f = 0; f < D; ++f) {
                    const __m256 diff = _mm256_sub_ps(xv[f], _mm256_broadcast_ss(centre + f));
                    if (f % 2 == 0)
                        acc0 = _mm256_fmadd_ps(diff, diff, acc0);
                    else
                        acc1 = _mm256_fmadd_ps(diff, diff, acc1);
                }
                search.take(_mm256_add_ps(acc0, acc1));
            }
            _mm256_store_si256(reinterpret_cast<__m256i*>(nearest), search.bestIndex);
        } else {
            nearestAvx2(x, d, centres, k, nearest);
        }
        const int lanes = data.lanesIn(b);
        int* stored = labels + size_t(b) * kLanes;
        const __m256i fresh = _mm256_load_si256(reinterpret_cast<const __m256i*>(nearest));
        if (lanes == kLanes) {
            const __m256i old = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(stored));
            const int same = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(fresh, old)));
            *changed += kLanes - __builtin_popcount(unsigned(same));
            _mm256_storeu_si256(reinterpret_cast<__m256i*>(stored), fresh);
        } else {
            for (int l = 0; l < lanes; ++l) {
                *changed += stored[l] != nearest[l];
                stored[l] = nearest[l];
            }
        }
        // All 8 points in one cluster (typical of sorted data): one update instead of 8 dependent ones.
        const bool oneCluster = lanes == kLanes
            && _mm256_movemask_ps(_mm256_castsi256_ps(
                   _mm256_cmpeq_epi32(fresh, _mm256_permutevar8x32_epi32(fresh, _mm256_setzero_si256()))))
                == 0xff;
        scatterBlockAvx2(x, d, lanes, nearest, oneCluster, sums);
        if (oneCluster) {
            counts[nearest[0]] += kLanes;
        } else {
            for (int l = 0; l < lanes; ++l)
                ++counts[nearest[l]];
        }
    }
}

using AssignAccumulate = void (*)(const BlockedData&, int, int, const float*, int, int*, double*, qint64*, qint64*);

SWB_AVX2 void assignAccumulateAvx2Dispatch(const BlockedData& data, int firstBlock, int endBlock, const float* centres,
                                           int k, int* labels, double* sums, qint64* counts, qint64* changed)
{
    static constexpr AssignAccumulate bySize[]
        = {&assignAccumulateAvx2<0>, &assignAccumulateAvx2<1>, &assignAccumulateAvx2<2>,
           &assignAccumulateAvx2<3>, &assignAccumulateAvx2<4>, &assignAccumulateAvx2<5>,
           &assignAccumulateAvx2<6>, &assignAccumulateAvx2<7>, &assignAccumulateAvx2<8>};
    const int d = data.features();
    bySize[d <= 8 ? d : 0](data, firstBlock, endBlock, centres, k, labels, sums, counts, changed);
}

SWB_AVX2 void assignAvx2(const BlockedData& data, int firstBlock, int endBlock, const float* centres, int k,
                         int* labels)
{
    const int d = data.features();
    alignas(32) int nearest[kLanes];
    for (int b = firstBlock; b < endBlock; ++b) {
        nearestAvx2(data.block(b), d, centres, k, nearest);
        std::copy(nearest, nearest + data.lanesIn(b), labels + size_t(b) * kLanes);
    }
}

SWB_AVX2 double updateClosestAvx2(const BlockedData& data, int firstBlock, int endBlock, const float* centre,
                                  float* closest, bool first)
{
    const int d = data.features();
    double sum = 0;
    for (int b = firstBlock; b < endBlock; ++b) {
        const __m256 dist = distanceAvx2(data.block(b), d, centre);
        float* cl = closest + size_t(b) * kLanes;
        _mm256_storeu_ps(cl, first ? dist : _mm256_min_ps(_mm256_loadu_ps(cl), dist));
        const int lanes = data.lanesIn(b);
        for (int l = lanes; l < kLanes; ++l)
            cl[l] = 0.0f;
        for (int l = 0; l < lanes; ++l)
            sum += double(cl[l]);
    }
    return sum;
}

SWB_AVX2 void candidatePotentialsAvx2(const BlockedData& data, int firstBlock, int endBlock, const float* candidates,
                                      int candidateCount, const float* closest, double* pots)
{
    const int d = data.features();
    __m256d acc[kMaxCandidates][2];
    for (int m = 0; m < candidateCount; ++m)
        acc[m][0] = acc[m][1] = _mm256_setzero_pd();
    for (int b = firstBlock; b < endBlock; ++b) {
        const __m256 cl = _mm256_loadu_ps(closest + size_t(b) * kLanes);
        for (int m = 0; m < candidateCount; ++m) {
            const __m256 nearer = _mm256_min_ps(cl, distanceAvx2(data.block(b), d, candidates + size_t(m) * size_t(d)));
            acc[m][0] = _mm256_add_pd(acc[m][0], _mm256_cvtps_pd(_mm256_castps256_ps128(nearer)));
            acc[m][1] = _mm256_add_pd(acc[m][1], _mm256_cvtps_pd(_mm256_extractf128_ps(nearer, 1)));
        }
    }
    for (int m = 0; m < candidateCount; ++m) {
        alignas(32) double lanes[kLanes];
        _mm256_store_pd(lanes, acc[m][0]);
        _mm256_store_pd(lanes + 4, acc[m][1]);
        for (double v : lanes)
            pots[m] += v;
    }
}

const Kernels kAvx2Kernels{&assignAccumulateAvx2Dispatch, &assignAvx2, &updateClosestAvx2, &candidatePotentialsAvx2};

#endif

} // namespace

bool avx2Supported()
{
#ifdef SWB_HAVE_X86
    static const bool supported = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return supported;
#else
    return false;
#endif
}

KernelPath resolveKernelPath(KernelPath path)
{
    if (path == KernelPath::Generic || !avx2Supported())
        return KernelPath::Generic;
    return KernelPath::Avx2;
}

const Kernels& kernels(KernelPath path)
{
#ifdef SWB_HAVE_X86
    if (resolveKernelPath(path) == KernelPath::Avx2)
        return kAvx2Kernels;
#endif
    Q_UNUSED(path);
    return kGenericKernels;
}

} // namespace swb::kmeansdetail
