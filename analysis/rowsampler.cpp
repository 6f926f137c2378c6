#include "analysis/rowsampler.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace swb {

std::vector<int> RowSampler::draw(int rows, int size, quint64 seed)
{
    std::vector<int> indices(static_cast<size_t>(std::max(rows, 0)));
    std::iota(indices.begin(), indices.end(), 0);
    if (size < 0 || size >= rows)
        return indices;
    // Partial Fisher-Yates with our own bounded draw: std::uniform_int_distribution differs between libraries.
    std::mt19937_64 rng(seed);
    for (int i = 0; i < size; ++i) {
        const quint64 span = quint64(rows - i);
        const int j = i + int(double(rng() >> 11) * 0x1.0p-53 * double(span));
        std::swap(indices[size_t(i)], indices[size_t(std::min(j, rows - 1))]);
    }
    indices.resize(size_t(size));
    std::sort(indices.begin(), indices.end());
    return indices;
}

} // namespace swb
