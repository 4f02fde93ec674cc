#include "CallbackSampler.h"

#include "random/SeededRandom.h"

#include <algorithm>

namespace huitou {

namespace {

void sortByKey(std::vector<SampleCandidate> &v)
{
    // QByteArray compares bytes as unsigned chars: UTF-8 byte order.
    std::sort(v.begin(), v.end(), [](const SampleCandidate &a, const SampleCandidate &b) {
        if (a.key != b.key)
            return a.key < b.key;
        return a.customerId < b.customerId;
    });
}

} // namespace

std::vector<int> CallbackSampler::allocate(const std::vector<int> &sizes, int n)
{
    std::vector<int> quota(sizes.size(), 0);
    qint64 total = 0;
    for (int s : sizes)
        total += s;
    if (total == 0 || n <= 0)
        return quota;
    if (n >= total)
        return sizes;
    int given = 0;
    std::vector<std::pair<qint64, int>> remainders; // (remainder numerator, tier)
    for (size_t t = 0; t < sizes.size(); ++t) {
        const qint64 exact = qint64(n) * sizes[t];
        quota[t] = int(exact / total);
        given += quota[t];
        remainders.push_back({exact % total, int(t)});
    }
    // Largest remainder first; ties to the higher tier.
    std::sort(remainders.begin(), remainders.end(), [](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first > b.first;
        return a.second > b.second;
    });
    for (size_t k = 0; given < n && k < remainders.size(); ++k) {
        const int t = remainders[k].second;
        if (quota[size_t(t)] < sizes[size_t(t)]) {
            ++quota[size_t(t)];
            ++given;
        }
    }
    return quota;
}

std::vector<SampleCandidate> CallbackSampler::draw(std::vector<SampleCandidate> population, int n, std::uint64_t seed,
                                                   bool byTier)
{
    sortByKey(population);
    SeededRandom random(seed);
    if (!byTier) {
        random.shuffle(population);
        if (n >= 0 && size_t(n) < population.size())
            population.resize(size_t(n));
        return population;
    }
    std::vector<std::vector<SampleCandidate>> tiers(4);
    for (const SampleCandidate &c : population)
        tiers[size_t(std::clamp(c.tierRank, 0, 3))].push_back(c);
    std::vector<int> sizes;
    for (const auto &t : tiers)
        sizes.push_back(int(t.size()));
    const std::vector<int> quota = allocate(sizes, n);
    std::vector<SampleCandidate> out;
    for (int t = 3; t >= 0; --t) {
        auto &members = tiers[size_t(t)];
        random.shuffle(members);
        members.resize(size_t(quota[size_t(t)]));
        out.insert(out.end(), members.begin(), members.end());
    }
    return out;
}

} // namespace huitou
