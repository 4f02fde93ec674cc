#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace huitou {

struct SampleCandidate
{
    qint64 customerId = 0;
    QByteArray key; // UTF-8 customer key: the population is ordered by its bytes
    int tierRank = 0; // 3 supreme VIP, 2 VIP, 1 senior, 0 regular
};

// Draws a callback sample (DESIGN.md "Callback sample"):
// 1. order the population by the UTF-8 bytes of the customer key;
// 2. shuffle it by Fisher–Yates driven by SeededRandom(seed) (SplitMix64);
// 3. take the first n (everyone when the population is smaller).
// With tier stratification: each tier's quota is n × N_tier / N rounded
// down, the remaining places go by largest remainder (ties to the higher
// tier); one generator, seeded once, shuffles the tiers from the highest to
// the lowest, each tier in key order; the sample lists the highest tier first.
class CallbackSampler
{
public:
    static std::vector<SampleCandidate> draw(std::vector<SampleCandidate> population, int n, std::uint64_t seed,
                                             bool byTier);
    // Proportional allocation with largest remainder; SIZES by tier rank 0..3.
    static std::vector<int> allocate(const std::vector<int> &sizes, int n);
    // The default seed of a month: YYYYMM (202610 for October 2026), shown and stored.
    static std::uint64_t defaultSeed(int year, int month) { return std::uint64_t(year) * 100 + std::uint64_t(month); }
};

} // namespace huitou
