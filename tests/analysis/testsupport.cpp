#include "testsupport.h"

#include <bit>
#include <cmath>
#include <map>
#include <random>

namespace swb::test {

namespace {

double normal(std::mt19937_64& rng)
{
    const double u1 = (double(rng() >> 11) + 1.0) * 0x1.0p-53;
    const double u2 = double(rng() >> 11) * 0x1.0p-53;
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * M_PI * u2);
}

} // namespace

RowMatrix blobs(const RowMatrix& centres, int perBlob, double spread, quint64 seed, std::vector<int>* truth)
{
    std::mt19937_64 rng(seed);
    RowMatrix out(centres.rows() * perBlob, centres.cols());
    if (truth)
        truth->clear();
    for (Eigen::Index b = 0; b < centres.rows(); ++b) {
        for (int i = 0; i < perBlob; ++i) {
            for (Eigen::Index f = 0; f < centres.cols(); ++f)
                out(b * perBlob + i, f) = centres(b, f) + spread * normal(rng);
            if (truth)
                truth->push_back(int(b));
        }
    }
    return out;
}

RowMatrix gaussian(int rows, int features, quint64 seed)
{
    std::mt19937_64 rng(seed);
    RowMatrix out(rows, features);
    for (Eigen::Index i = 0; i < out.size(); ++i)
        out.data()[i] = normal(rng);
    return out;
}

bool samePartition(const std::vector<int>& a, const std::vector<int>& b)
{
    if (a.size() != b.size())
        return false;
    std::map<int, int> forward;
    std::map<int, int> backward;
    for (size_t i = 0; i < a.size(); ++i) {
        auto [f, fNew] = forward.emplace(a[i], b[i]);
        auto [r, rNew] = backward.emplace(b[i], a[i]);
        if (f->second != b[i] || r->second != a[i])
            return false;
    }
    return true;
}

bool identical(double a, double b)
{
    return std::bit_cast<quint64>(a) == std::bit_cast<quint64>(b);
}

} // namespace swb::test
