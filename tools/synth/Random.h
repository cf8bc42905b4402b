#pragma once

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <random>
#include <span>
#include <vector>

namespace Lectern::Synth {

// Draws from std::mt19937_64 with our own arithmetic: the std:: distributions differ between standard
// libraries, and the same seed must give the same library everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    // 0 <= result < n; the modulo bias is below n / 2^64.
    int below(int n) { return int(m_engine() % quint64(n)); }
    // low <= result <= high
    int between(int low, int high) { return low + below(high - low + 1); }
    // 0 <= result < 1, from the top 53 bits
    double unit() { return double(m_engine() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

    template<typename T>
    const T &pick(std::span<const T> items) { return items[below(int(items.size()))]; }

private:
    std::mt19937_64 m_engine;
};

// Picks index i with a probability proportional to weights[i].
class Weighted
{
public:
    explicit Weighted(std::span<const double> weights)
    {
        double total = 0;
        for (const double weight : weights)
            m_cumulative.push_back(total += weight);
    }

    int pick(Random &random) const
    {
        const double target = random.unit() * m_cumulative.back();
        const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), target);
        return int(std::min<qsizetype>(found - m_cumulative.begin(), qsizetype(m_cumulative.size()) - 1));
    }

private:
    std::vector<double> m_cumulative;
};

// Zipf's law over n ranked items, weight 1 / (rank + offset)^exponent: a few words are everywhere and
// most are rare, as in real text. The offset flattens the head (Zipf-Mandelbrot).
inline Weighted zipf(qsizetype n, double offset = 0, double exponent = 1.0)
{
    std::vector<double> weights;
    for (qsizetype rank = 1; rank <= n; ++rank)
        weights.push_back(1.0 / std::pow(double(rank) + offset, exponent));
    return Weighted(weights);
}

} // namespace Lectern::Synth
