#include "analysis/distancesums.h"

#include "analysis/kmeanskernel.h"

#include <cmath>

#if defined(__x86_64__) || defined(__i386__)
#define SWB_HAVE_X86 1
#include <immintrin.h>
#endif

namespace swb {

namespace {

constexpr int maxBroadcast = 16; // features whose broadcasts stay in registers; more take the portable path

// Four running sums, one per lane; the AVX2 path's order differs (eight lanes, FMA), within rounding.
double sumPortable(const double* values, qsizetype stride, int d, const double* point, int first, int end)
{
    double lanes[4] = {0, 0, 0, 0};
    for (int j = first; j < end; ++j) {
        double squared = 0;
        for (int f = 0; f < d; ++f) {
            const double diff = point[f] - values[f * stride + j];
            squared += diff * diff;
        }
        lanes[(j - first) % 4] += std::sqrt(squared);
    }
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}

#ifdef SWB_HAVE_X86

// Eight points per step (two vectors, so the point's broadcast coordinates are reused), then four, then one.
__attribute__((target("avx2,fma"))) double sumAvx2(const double* values, qsizetype stride, int d, const double* point,
                                                   int first, int end)
{
    __m256d coordinate[maxBroadcast];
    for (int f = 0; f < d; ++f)
        coordinate[f] = _mm256_set1_pd(point[f]);
    __m256d total0 = _mm256_setzero_pd();
    __m256d total1 = _mm256_setzero_pd();
    int j = first;
    for (; j + 8 <= end; j += 8) {
        __m256d squared0 = _mm256_setzero_pd();
        __m256d squared1 = _mm256_setzero_pd();
        for (int f = 0; f < d; ++f) {
            const double* column = values + f * stride + j;
            const __m256d diff0 = _mm256_sub_pd(coordinate[f], _mm256_loadu_pd(column));
            const __m256d diff1 = _mm256_sub_pd(coordinate[f], _mm256_loadu_pd(column + 4));
            squared0 = _mm256_fmadd_pd(diff0, diff0, squared0);
            squared1 = _mm256_fmadd_pd(diff1, diff1, squared1);
        }
        total0 = _mm256_add_pd(total0, _mm256_sqrt_pd(squared0));
        total1 = _mm256_add_pd(total1, _mm256_sqrt_pd(squared1));
    }
    for (; j + 4 <= end; j += 4) {
        __m256d squared = _mm256_setzero_pd();
        for (int f = 0; f < d; ++f) {
            const __m256d diff = _mm256_sub_pd(coordinate[f], _mm256_loadu_pd(values + f * stride + j));
            squared = _mm256_fmadd_pd(diff, diff, squared);
        }
        total0 = _mm256_add_pd(total0, _mm256_sqrt_pd(squared));
    }
    alignas(32) double lanes[4];
    _mm256_store_pd(lanes, _mm256_add_pd(total0, total1));
    for (int lane = 0; j < end; ++j, ++lane) {
        double squared = 0;
        for (int f = 0; f < d; ++f) {
            const double diff = point[f] - values[f * stride + j];
            squared = std::fma(diff, diff, squared);
        }
        lanes[lane] += std::sqrt(squared);
    }
    return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]);
}
#endif

} // namespace

DistanceSums::DistanceSums(const double* values, qsizetype stride, int features)
    : m_values(values)
    , m_stride(stride)
    , m_features(features)
    , m_avx2(kmeansdetail::avx2Supported() && features <= maxBroadcast)
{ }

double DistanceSums::sum(const double* point, int first, int end) const
{
#ifdef SWB_HAVE_X86
    if (m_avx2)
        return sumAvx2(m_values, m_stride, m_features, point, first, end);
#endif
    return sumPortable(m_values, m_stride, m_features, point, first, end);
}

} // namespace swb
