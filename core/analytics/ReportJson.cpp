#include "ReportJson.h"

#include "JsonWriter.h"

namespace huitou {

QString reportToJson(const ShopReport &r)
{
    JsonWriter w;
    w.beginObject();
    w.value(QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate));
    w.value(QStringLiteral("customers"), r.customers);
    w.value(QStringLiteral("valid_orders"), r.validOrders);
    w.money(QStringLiteral("revenue"), r.revenueFen);

    w.beginObject(QStringLiteral("lifecycle"));
    for (Stage s : allStages()) {
        w.beginObject(stageKey(s));
        w.value(customerTypeKey(CustomerType::New), r.lifecycle[size_t(s)][0]);
        w.value(customerTypeKey(CustomerType::Returning), r.lifecycle[size_t(s)][1]);
        w.endObject();
    }
    w.endObject();
    w.beginObject(QStringLiteral("stage_thresholds"));
    for (Stage s : {Stage::Active, Stage::Silent, Stage::Sleeping})
        w.value(stageKey(s), r.stageThresholds[size_t(s)]);
    w.endObject();
    w.value(QStringLiteral("nurturing"), r.nurturing);

    w.beginObject(QStringLiteral("tiers"));
    for (Tier t : allTiers())
        w.value(tierKey(t), r.tiers[size_t(t)]);
    w.endObject();
    w.value(QStringLiteral("tier_basis"), r.tierOnMonetary ? QStringLiteral("monetary") : QStringLiteral("frequency"));
    w.beginObject(QStringLiteral("tier_thresholds"));
    for (int i = 0; i < 3; ++i) {
        const QString name = tierKey(Tier(i + 1)); // senior, vip, supreme_vip
        if (!r.tierThresholds)
            w.null(name);
        else if (r.tierOnMonetary)
            w.money(name, (*r.tierThresholds)[size_t(i)]);
        else
            w.value(name, (*r.tierThresholds)[size_t(i)]);
    }
    w.endObject();

    w.beginObject(QStringLiteral("rfm_means"));
    w.value(QStringLiteral("recency"), r.meanRecency);
    w.value(QStringLiteral("frequency"), r.meanFrequency);
    w.money(QStringLiteral("monetary"), r.meanMonetaryFen);
    w.endObject();
    w.beginObject(QStringLiteral("rfm_segments"));
    for (RfmSegment s : allSegments())
        w.value(segmentKey(s), r.segments[size_t(s)]);
    w.endObject();

    w.value(QStringLiteral("repeat_purchase_rate"), r.repeatPurchaseRate);
    w.beginObject(QStringLiteral("repurchase_interval"));
    w.value(QStringLiteral("count"), r.intervals.count);
    auto optionalInt = [&w](const QString &k, std::optional<int> v) {
        if (v)
            w.value(k, *v);
        else
            w.null(k);
    };
    optionalInt(QStringLiteral("median"), r.intervals.median);
    optionalInt(QStringLiteral("p75"), r.intervals.p75);
    optionalInt(QStringLiteral("p90"), r.intervals.p90);
    w.beginObject(QStringLiteral("histogram"));
    const char *const bins[] = {"1-7", "8-14", "15-30", "31-60", "61-90", "91-180", "181-365", "366+"};
    for (int i = 0; i < 8; ++i)
        w.value(QString::fromLatin1(bins[i]), r.intervals.histogram[size_t(i)]);
    w.endObject();
    w.endObject();
    if (r.suggestedThresholds) {
        w.beginObject(QStringLiteral("suggested_stage_thresholds"));
        for (Stage s : {Stage::Active, Stage::Silent, Stage::Sleeping})
            w.value(stageKey(s), (*r.suggestedThresholds)[size_t(s)]);
        w.endObject();
    } else {
        w.null(QStringLiteral("suggested_stage_thresholds"));
    }

    w.beginArray(QStringLiteral("second_purchase_rate"));
    for (const CohortSecondPurchase &c : r.secondPurchase) {
        w.beginObject();
        w.value(QStringLiteral("cohort"), months::text(c.month));
        w.value(QStringLiteral("size"), c.size);
        w.value(QStringLiteral("w30"), std::optional<double>(c.rate[0]));
        w.value(QStringLiteral("w90"), std::optional<double>(c.rate[1]));
        w.value(QStringLiteral("w180"), std::optional<double>(c.rate[2]));
        w.beginObject(QStringLiteral("complete"));
        w.value(QStringLiteral("w30"), c.complete[0]);
        w.value(QStringLiteral("w90"), c.complete[1]);
        w.value(QStringLiteral("w180"), c.complete[2]);
        w.endObject();
        w.endObject();
    }
    w.endArray();

    w.beginArray(QStringLiteral("stage_repurchase"));
    for (const StageRepurchase &s : r.stageRepurchase) {
        w.beginObject();
        w.value(QStringLiteral("month"), months::text(s.month));
        for (Stage st : allStages())
            w.value(stageKey(st), s.byStage[size_t(st)]);
        w.value(QStringLiteral("reactivation"), s.reactivation);
        w.endObject();
    }
    w.endArray();

    w.beginArray(QStringLiteral("returning_buyer_share"));
    for (const ReturningShare &s : r.returningShare) {
        w.beginObject();
        w.value(QStringLiteral("month"), months::text(s.month));
        w.value(QStringLiteral("buyers"), s.buyers);
        w.value(QStringLiteral("returning"), s.returning);
        w.value(QStringLiteral("revenue_share"), s.revenueShare);
        w.endObject();
    }
    w.endArray();

    w.beginObject(QStringLiteral("aov_by_frequency"));
    const char *const groups[] = {"1", "2", "3", "4+"};
    for (int g = 0; g < 4; ++g) {
        const FrequencyGroup &f = r.byFrequency[size_t(g)];
        w.beginObject(QString::fromLatin1(groups[g]));
        w.value(QStringLiteral("customers"), f.customers);
        w.value(QStringLiteral("orders"), f.orders);
        w.money(QStringLiteral("aov"), f.aovFen);
        w.value(QStringLiteral("items_per_order"), f.itemsPerOrder);
        w.endObject();
    }
    w.endObject();

    w.beginArray(QStringLiteral("cohort_retention"));
    for (const CohortRetention &c : r.retention) {
        w.beginObject();
        w.value(QStringLiteral("cohort"), months::text(c.month));
        w.value(QStringLiteral("size"), c.size);
        w.numbers(QStringLiteral("months"), c.months);
        w.endObject();
    }
    w.endArray();

    w.beginArray(QStringLiteral("regions"));
    for (const RegionRow &row : r.regions) {
        w.beginObject();
        w.value(QStringLiteral("province"), row.province);
        w.value(QStringLiteral("customers"), row.customers);
        w.money(QStringLiteral("revenue"), row.revenueFen);
        w.endObject();
    }
    w.endArray();

    if (r.bgNbd) {
        w.beginObject(QStringLiteral("bg_nbd"));
        w.value(QStringLiteral("r"), std::optional<double>((*r.bgNbd)[0]));
        w.value(QStringLiteral("alpha"), std::optional<double>((*r.bgNbd)[1]));
        w.value(QStringLiteral("a"), std::optional<double>((*r.bgNbd)[2]));
        w.value(QStringLiteral("b"), std::optional<double>((*r.bgNbd)[3]));
        w.value(QStringLiteral("unit"), QStringLiteral("days"));
        w.endObject();
    } else {
        w.null(QStringLiteral("bg_nbd"));
    }
    w.endObject();
    return w.text();
}

} // namespace huitou
