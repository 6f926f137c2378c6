// Shared fixtures for the analysis tests: seeded synthetic data and partition comparisons.
#pragma once

#include "analysis/featurematrix.h"

#include <QtGlobal>

#include <vector>

namespace swb::test {

// `perBlob` points around each row of `centres` (gaussian, sd `spread`), blob after blob, seeded.
// *truth receives the blob of each row.
RowMatrix blobs(const RowMatrix& centres, int perBlob, double spread, quint64 seed, std::vector<int>* truth = nullptr);

// Gaussian n x d matrix, seeded.
RowMatrix gaussian(int rows, int features, quint64 seed);

// True when a and b describe the same partition up to renaming of labels.
bool samePartition(const std::vector<int>& a, const std::vector<int>& b);

// Bit-for-bit equality (QCOMPARE on doubles is fuzzy).
bool identical(double a, double b);

} // namespace swb::test
