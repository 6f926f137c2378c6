// A small seeded random source with its own distributions, so a seed gives the same data on every platform.
#pragma once

#include <cmath>
#include <cstdint>
#include <numbers>
#include <span>

namespace swb::demo {

// xoshiro256** seeded through splitmix64.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto& word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1).
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    // Uniform integer in [0, n).
    std::uint64_t below(std::uint64_t n) { return n == 0 ? 0 : std::uint64_t(uniform() * double(n)); }
    bool chance(double p) { return uniform() < p; }

    double normal(double mean, double sd)
    {
        // Box–Muller; the second value is discarded to keep the stream simple.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return mean + sd * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    double logNormal(double mu, double sigma) { return std::exp(normal(mu, sigma)); }

    std::uint64_t poisson(double lambda)
    {
        if (lambda <= 0.0)
            return 0;
        if (lambda > 30.0) {
            const double x = std::round(normal(lambda, std::sqrt(lambda)));
            return x < 0 ? 0 : std::uint64_t(x);
        }
        const double limit = std::exp(-lambda);
        std::uint64_t k = 0;
        double p = uniform();
        while (p > limit) {
            ++k;
            p *= uniform();
        }
        return k;
    }

    template<typename T, typename Weight>
    const T& weighted(std::span<const T> items, Weight weightOf)
    {
        double total = 0.0;
        for (const T& item : items)
            total += weightOf(item);
        double pick = uniform() * total;
        for (const T& item : items) {
            pick -= weightOf(item);
            if (pick < 0.0)
                return item;
        }
        return items.back();
    }

    template<typename T>
    const T& pick(std::span<const T> items)
    {
        return items[below(items.size())];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

} // namespace swb::demo
