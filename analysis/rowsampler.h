// Seeded uniform samples of row indices (silhouette on large data, PCA scatter points).
#pragma once

#include <QtGlobal>

#include <vector>

namespace swb {

class RowSampler
{
public:
    // `size` distinct row indices out of [0, rows), ascending, the same for the same (rows, size, seed);
    // all rows when size >= rows.
    static std::vector<int> draw(int rows, int size, quint64 seed);
};

} // namespace swb
