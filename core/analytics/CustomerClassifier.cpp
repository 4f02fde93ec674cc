#include "CustomerClassifier.h"

#include "Money.h"
#include "Percentile.h"

#include <algorithm>
#include <functional>

namespace huitou {

Stage CustomerClassifier::stageFor(int r, const AnalyticsSettings &s)
{
    if (r <= s.activeDays)
        return Stage::Active;
    if (r <= s.silentDays)
        return Stage::Silent;
    if (r <= s.sleepingDays)
        return Stage::Sleeping;
    return Stage::Lost;
}

namespace {

RfmSegment segmentFor(bool rHigh, bool fHigh, bool mHigh)
{
    if (mHigh) {
        if (rHigh)
            return fHigh ? RfmSegment::ImportantValue : RfmSegment::ImportantDevelop;
        return fHigh ? RfmSegment::ImportantRetain : RfmSegment::ImportantWinback;
    }
    if (rHigh)
        return fHigh ? RfmSegment::GeneralValue : RfmSegment::GeneralDevelop;
    return fHigh ? RfmSegment::GeneralRetain : RfmSegment::GeneralWinback;
}

// Score 5..1 by the percentile rank rule: 5 when BETTER-OR-EQUAL the value at
// 20 %, 4 at 40 %, 3 at 60 %, 2 at 80 %, else 1; ties share the better class.
template <typename T, typename Better>
int scoreFor(T value, const std::vector<T> &sorted, Better betterOrEqual)
{
    int score = 5;
    for (int percent : {20, 40, 60, 80}) {
        if (betterOrEqual(value, percentile::valueAt(sorted, percent)))
            return score;
        --score;
    }
    return 1;
}

} // namespace

void CustomerClassifier::classify(const PurchaseHistory &history, const AnalyticsSettings &settings, ShopReport *report)
{
    const qint32 asOf = qint32(report->asOf.toJulianDay());
    const auto &customers = history.customers();
    const qsizetype n = qsizetype(customers.size());
    report->customers = int(n);
    report->stageThresholds = {settings.activeDays, settings.silentDays, settings.sleepingDays};
    report->perCustomer.clear();
    report->perCustomer.reserve(size_t(n));

    qint64 sumR = 0, sumF = 0, sumM = 0;
    std::vector<int> recencies;
    std::vector<qint64> monetary, tierBasis;
    recencies.reserve(size_t(n));
    monetary.reserve(size_t(n));
    for (const CustomerHistory &c : customers) {
        CustomerFigures f;
        f.customerId = c.customerId;
        f.frequency = c.frequency();
        f.monetaryFen = c.monetaryFen;
        f.validOrders = c.validOrders;
        f.firstDay = history.firstDay(c);
        f.lastDay = history.lastDay(c);
        f.recency = asOf - f.lastDay;
        f.stage = stageFor(f.recency, settings);
        f.returning = f.frequency >= 2;
        f.fScore = std::min(f.frequency, 5);
        report->lifecycle[size_t(f.stage)][f.returning ? 1 : 0]++;
        if (asOf - f.firstDay <= 40)
            ++report->nurturing;
        report->validOrders += c.validOrders;
        report->revenueFen += c.monetaryFen;
        sumR += f.recency;
        sumF += f.frequency;
        sumM += f.monetaryFen;
        recencies.push_back(f.recency);
        monetary.push_back(f.monetaryFen);
        report->perCustomer.push_back(f);
    }
    if (n == 0)
        return;

    report->meanRecency = double(sumR) / double(n);
    report->meanFrequency = double(sumF) / double(n);
    report->meanMonetaryFen = money::divideRounded(sumM, n);

    // Tiers on M or F, descending; or the shop's fixed thresholds.
    report->tierOnMonetary = settings.tierBasis == AnalyticsSettings::TierBasis::Monetary;
    auto basisOf = [&](const CustomerFigures &f) {
        return report->tierOnMonetary ? f.monetaryFen : qint64(f.frequency);
    };
    std::array<qint64, 3> thresholds; // senior, vip, supreme
    if (settings.tierMode == AnalyticsSettings::TierMode::Fixed) {
        thresholds = {settings.fixedSenior, settings.fixedVip, settings.fixedSupreme};
    } else {
        tierBasis.reserve(size_t(n));
        for (const CustomerFigures &f : report->perCustomer)
            tierBasis.push_back(basisOf(f));
        std::sort(tierBasis.begin(), tierBasis.end(), std::greater<>());
        thresholds = {percentile::valueAt(tierBasis, 20), percentile::valueAt(tierBasis, 4),
                      percentile::valueAt(tierBasis, 1)};
    }
    report->tierThresholds = thresholds;

    std::sort(recencies.begin(), recencies.end());
    std::sort(monetary.begin(), monetary.end(), std::greater<>());
    for (CustomerFigures &f : report->perCustomer) {
        const qint64 basis = basisOf(f);
        f.tier = basis >= thresholds[2] ? Tier::SupremeVip
            : basis >= thresholds[1]    ? Tier::Vip
            : basis >= thresholds[0]    ? Tier::Senior
                                        : Tier::Regular;
        report->tiers[size_t(f.tier)]++;
        report->tierOrders[size_t(f.tier)] += f.validOrders;
        report->tierRevenueFen[size_t(f.tier)] += f.monetaryFen;
        // Exact comparisons with the means: R × N ≤ ΣR, F × N > ΣF, M × N > ΣM.
        // In 128 bits: M × N passes 2^63 on a large shop with big orders.
        const bool rHigh = money::Int128(f.recency) * n <= sumR;
        const bool fHigh = money::Int128(f.frequency) * n > sumF;
        const bool mHigh = money::Int128(f.monetaryFen) * n > sumM;
        f.segment = segmentFor(rHigh, fHigh, mHigh);
        report->segments[size_t(f.segment)]++;
        report->segmentRevenueFen[size_t(f.segment)] += f.monetaryFen;
        f.rScore = scoreFor(f.recency, recencies, [](int v, int t) { return v <= t; });
        f.mScore = scoreFor(f.monetaryFen, monetary, [](qint64 v, qint64 t) { return v >= t; });
        report->rfGrid[size_t(f.rScore - 1)][size_t(f.fScore - 1)]++;
    }
}

} // namespace huitou
