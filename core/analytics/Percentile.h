#pragma once

#include <QtGlobal>

#include <vector>

namespace huitou::percentile {

// DESIGN.md's percentile rank rule: the value "at p %" of N sorted values is
// the ceil(p × N / 100)-th (1-indexed), computed in integers.
inline qsizetype position(int percent, qsizetype n)
{
    return (qsizetype(percent) * n + 99) / 100;
}

template <typename T>
T valueAt(const std::vector<T> &sorted, int percent)
{
    const qsizetype k = position(percent, qsizetype(sorted.size()));
    return sorted[size_t(qMax<qsizetype>(k, 1) - 1)];
}

} // namespace huitou::percentile
