#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace huitou {

// The project's own pseudo-random generator, so that anything a user may need
// to reproduce (callback samples, control groups) gives the same answer on
// every machine and standard library. std::shuffle and the std:: distributions
// are implementation-defined; this is not.
//
// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014; the reference code is Vigna's splitmix64.c):
//   state += 0x9E3779B97F4A7C15
//   z = state; z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
//   z = (z ^ (z >> 27)) * 0x94D049BB133111EB; return z ^ (z >> 31)
class SeededRandom
{
public:
    explicit SeededRandom(std::uint64_t seed)
        : m_state(seed)
    {
    }

    std::uint64_t next();

    // Uniform in [0, bound) without modulo bias (Lemire's rejection on the
    // 128-bit product). bound must be > 0.
    std::uint64_t below(std::uint64_t bound);

    // Fisher–Yates (Durstenfeld): for i from n-1 down to 1, swap item i with
    // item below(i + 1). The order of draws is part of the contract.
    template <typename T>
    void shuffle(std::vector<T> &items)
    {
        for (std::size_t i = items.size(); i > 1; --i) {
            const std::size_t j = static_cast<std::size_t>(below(i));
            if (j != i - 1)
                std::swap(items[i - 1], items[j]);
        }
    }

private:
    std::uint64_t m_state;
};

} // namespace huitou
