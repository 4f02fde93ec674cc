#include "ReportBuilder.h"

#include "BgNbd.h"
#include "CustomerClassifier.h"
#include "Money.h"
#include "Percentile.h"

#include <QHash>

#include <algorithm>
#include <map>
#include <thread>

namespace huitou {

namespace {

Rate ratio(qint64 num, qint64 den)
{
    if (den == 0)
        return std::nullopt;
    return double(num) / double(den);
}

// The 12 months whose last day is on or before the as-of date, ascending.
std::vector<int> lastTwelveMonths(const QDate &asOf)
{
    int lastMonth = months::of(asOf);
    if (asOf != months::last(lastMonth))
        --lastMonth;
    std::vector<int> out;
    for (int m = lastMonth - 11; m <= lastMonth; ++m)
        out.push_back(m);
    return out;
}

int monthOfDay(qint32 julianDay)
{
    return months::of(QDate::fromJulianDay(julianDay));
}

} // namespace

ShopReport ReportBuilder::build(const PurchaseHistory &history, const AnalyticsSettings &settings, const QDate &asOf,
                                const std::optional<BgNbdParameters> &bgNbdStart, Parts parts)
{
    ShopReport report;
    report.asOf = asOf;
    CustomerClassifier::classify(history, settings, &report);
    // The BG/NBD fit (per-customer figures and the parameters) and the shop
    // figures write separate parts of the report: with both, the fit runs
    // on a second core beside them.
    std::thread fit;
    if (parts != Parts::ShopFigures) {
        if (parts == Parts::PerCustomer)
            predictions(history, &report, bgNbdStart);
        else
            fit = std::thread([&] { predictions(history, &report, bgNbdStart); });
    }
    if (parts != Parts::PerCustomer) {
        repeatPurchase(history, &report);
        intervals(history, &report);
        cohorts(history, &report);
        monthly(history, settings, &report);
        frequencyGroups(history, &report);
        regions(history, &report);
    }
    if (fit.joinable())
        fit.join();
    return report;
}

void ReportBuilder::repeatPurchase(const PurchaseHistory &h, ShopReport *r)
{
    const qint32 to = qint32(r->asOf.toJulianDay()), from = to - 364;
    qint64 buyers = 0, repeaters = 0;
    for (const CustomerHistory &c : h.customers()) {
        const int days = h.daysBetween(c, from, to);
        buyers += days >= 1;
        repeaters += days >= 2;
    }
    r->repeatPurchaseRate = ratio(repeaters, buyers);
}

void ReportBuilder::intervals(const PurchaseHistory &h, ShopReport *r)
{
    std::vector<int> gaps;
    const auto &days = h.days();
    for (const CustomerHistory &c : h.customers())
        for (qint32 i = c.daysBegin + 1; i < c.daysEnd; ++i)
            gaps.push_back(days[size_t(i)] - days[size_t(i - 1)]);
    IntervalStats &s = r->intervals;
    s.count = qint64(gaps.size());
    static const int upper[] = {7, 14, 30, 60, 90, 180, 365};
    for (int g : gaps) {
        const auto bin = std::lower_bound(std::begin(upper), std::end(upper), g) - std::begin(upper);
        s.histogram[size_t(bin)]++;
    }
    if (gaps.empty())
        return;
    std::sort(gaps.begin(), gaps.end());
    s.median = percentile::valueAt(gaps, 50);
    s.p75 = percentile::valueAt(gaps, 75);
    s.p90 = percentile::valueAt(gaps, 90);
    r->suggestedThresholds = std::array<int, 3>{*s.p75, *s.p90, 2 * *s.p90};
}

void ReportBuilder::cohorts(const PurchaseHistory &h, ShopReport *r)
{
    const qint32 asOf = qint32(r->asOf.toJulianDay());
    const int asOfMonth = months::of(r->asOf);
    static const int windows[] = {30, 90, 180};
    struct Acc
    {
        int size = 0;
        std::array<int, 3> second{};
        std::array<int, 12> active{};
    };
    std::map<int, Acc> byMonth;
    const auto &days = h.days();
    for (const CustomerHistory &c : h.customers()) {
        const qint32 first = days[size_t(c.daysBegin)];
        const int cohort = monthOfDay(first);
        Acc &acc = byMonth[cohort];
        ++acc.size;
        if (c.frequency() >= 2) {
            const qint32 second = days[size_t(c.daysBegin + 1)];
            for (int w = 0; w < 3; ++w)
                acc.second[size_t(w)] += second <= first + windows[w];
        }
        int lastCounted = -1;
        for (qint32 i = c.daysBegin; i < c.daysEnd; ++i) {
            const int k = monthOfDay(days[size_t(i)]) - cohort;
            if (k > 11)
                break;
            if (k != lastCounted) {
                acc.active[size_t(k)]++;
                lastCounted = k;
            }
        }
    }
    for (const auto &[month, acc] : byMonth) {
        CohortSecondPurchase s;
        s.month = month;
        s.size = acc.size;
        const qint32 monthEnd = qint32(months::last(month).toJulianDay());
        for (int w = 0; w < 3; ++w) {
            s.rate[size_t(w)] = double(acc.second[size_t(w)]) / acc.size;
            s.complete[size_t(w)] = asOf >= monthEnd + windows[w];
        }
        r->secondPurchase.push_back(s);

        CohortRetention ret;
        ret.month = month;
        ret.size = acc.size;
        const int lastK = std::min(11, asOfMonth - month);
        for (int k = 0; k <= lastK; ++k)
            ret.months.push_back(double(acc.active[size_t(k)]) / acc.size);
        r->retention.push_back(ret);
    }
}

void ReportBuilder::monthly(const PurchaseHistory &h, const AnalyticsSettings &settings, ShopReport *r)
{
    const std::vector<int> twelve = lastTwelveMonths(r->asOf);
    // The twelve complete months, then the month in progress up to the as-of day, if any.
    std::vector<int> periods = twelve;
    const bool partial = twelve.back() != months::of(r->asOf);
    if (partial)
        periods.push_back(months::of(r->asOf));
    struct StageAcc
    {
        std::array<qint64, 4> base{}, hits{};
    };
    std::vector<StageAcc> stage(periods.size());
    std::vector<qint64> buyers(periods.size()), returning(periods.size());
    std::vector<qint64> revenue(periods.size()), returningRevenue(periods.size());
    std::vector<qint32> starts, ends;
    for (int m : periods) {
        starts.push_back(qint32(months::first(m).toJulianDay()));
        ends.push_back(qint32(std::min(months::last(m), r->asOf).toJulianDay()));
    }
    for (const CustomerHistory &c : h.customers()) {
        const qint32 first = h.firstDay(c);
        for (size_t i = 0; i < periods.size(); ++i) {
            if (first > ends[i]) // not yet a customer in this month
                continue;
            const bool bought = h.daysBetween(c, starts[i], ends[i]) > 0;
            if (first < starts[i]) {
                const int recency = (starts[i] - 1) - h.lastBefore(c, starts[i]);
                const Stage s = CustomerClassifier::stageFor(recency, settings);
                stage[i].base[size_t(s)]++;
                stage[i].hits[size_t(s)] += bought;
            }
            if (bought) {
                ++buyers[i];
                returning[i] += first < starts[i];
            }
        }
    }
    // Revenue of the month, and the part from returning buyers.
    const auto &customers = h.customers();
    size_t ci = 0;
    for (const OrderFact &o : h.orders()) {
        while (customers[ci].customerId != o.customerId)
            ++ci;
        const auto it = std::upper_bound(ends.begin(), ends.end(), o.day - 1);
        if (it == ends.end())
            continue;
        const size_t i = size_t(it - ends.begin());
        if (o.day < starts[i])
            continue;
        revenue[i] += o.netFen;
        if (h.firstDay(customers[ci]) < starts[i])
            returningRevenue[i] += o.netFen;
    }
    for (size_t i = 0; i < periods.size(); ++i) {
        if (i < twelve.size()) {
            StageRepurchase s;
            s.month = twelve[i];
            for (int k = 0; k < 4; ++k)
                s.byStage[size_t(k)] = ratio(stage[i].hits[size_t(k)], stage[i].base[size_t(k)]);
            s.reactivation = ratio(stage[i].hits[2] + stage[i].hits[3], stage[i].base[2] + stage[i].base[3]);
            r->stageRepurchase.push_back(s);
        }
        ReturningShare share;
        share.month = periods[i];
        share.buyers = int(buyers[i]);
        share.returningBuyers = int(returning[i]);
        share.revenueFen = revenue[i];
        share.returningRevenueFen = returningRevenue[i];
        share.returning = ratio(returning[i], buyers[i]);
        share.revenueShare = buyers[i] ? ratio(returningRevenue[i], revenue[i]) : std::nullopt;
        if (i < twelve.size())
            r->returningShare.push_back(share);
        else
            r->monthToDate = share;
    }
}

void ReportBuilder::frequencyGroups(const PurchaseHistory &h, ShopReport *r)
{
    std::array<qint64, 4> items{}, ordersWithItems{};
    for (const CustomerHistory &c : h.customers()) {
        const size_t g = size_t(std::min(c.frequency(), 4) - 1);
        FrequencyGroup &group = r->byFrequency[g];
        ++group.customers;
        group.orders += c.validOrders;
        group.netFen += c.monetaryFen;
        items[g] += c.items;
        ordersWithItems[g] += c.ordersWithItems;
    }
    for (size_t g = 0; g < 4; ++g) {
        FrequencyGroup &group = r->byFrequency[g];
        if (group.orders > 0)
            group.aovFen = money::divideRounded(group.netFen, group.orders);
        // Items per order over the orders whose item count is known; null
        // when none is (generic files without a quantity column).
        if (ordersWithItems[g] > 0)
            group.itemsPerOrder = double(items[g]) / double(ordersWithItems[g]);
    }
}

void ReportBuilder::regions(const PurchaseHistory &h, ShopReport *r)
{
    if (!h.anyAddress())
        return;
    const QString unknown = QStringLiteral("未知");
    QHash<QString, RegionRow> rows;
    for (const CustomerHistory &c : h.customers()) {
        const QString name = c.province >= 0 ? h.provinces()[c.province] : unknown;
        RegionRow &row = rows[name];
        row.province = name;
        ++row.customers;
        row.revenueFen += c.monetaryFen;
    }
    for (const RegionRow &row : std::as_const(rows))
        r->regions.push_back(row);
    std::sort(r->regions.begin(), r->regions.end(), [&unknown](const RegionRow &a, const RegionRow &b) {
        if ((a.province == unknown) != (b.province == unknown))
            return b.province == unknown;
        if (a.customers != b.customers)
            return a.customers > b.customers;
        if (a.revenueFen != b.revenueFen)
            return a.revenueFen > b.revenueFen;
        return a.province < b.province;
    });
}

void ReportBuilder::predictions(const PurchaseHistory &h, ShopReport *r, const std::optional<BgNbdParameters> &start)
{
    const qint32 asOf = qint32(r->asOf.toJulianDay());
    std::vector<BgNbdCustomer> input;
    input.reserve(h.customers().size());
    for (const CustomerFigures &f : r->perCustomer)
        input.push_back({f.frequency - 1, double(f.lastDay - f.firstDay), double(asOf - f.firstDay)});
    BgNbdParameters p;
    if (!BgNbd::fit(input, &p, &r->bgNbdError, start))
        return;
    r->bgNbd = std::array<double, 4>{p.r, p.alpha, p.a, p.b};
    for (size_t i = 0; i < input.size(); ++i) {
        CustomerFigures &f = r->perCustomer[i];
        const BgNbdCustomer &c = input[i];
        f.expected90 = BgNbd::expectedPurchases(p, 90.0, c.x, c.tx, c.T);
        // The model gives every one-time buyer P(alive) = 1, which says
        // nothing: only returning customers get a figure.
        if (c.x > 0)
            f.pAlive = BgNbd::probabilityAlive(p, c.x, c.tx, c.T);
    }
}

} // namespace huitou
