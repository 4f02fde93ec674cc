#include "AudienceQuery.h"

#include "storage/SegmentQuery.h"

#include <algorithm>

namespace huitou {

namespace {

// The definition's keys stage, type, tier and rfm_segment (one value each)
// as a Segment over the customers with figures. False when a value is not
// in the vocabulary: such a definition selects no one.
bool segmentOf(const QJsonObject &o, Segment *s)
{
    s->hasPaidOrder = true;
    const auto add = [&o](const char *key, auto parse, auto *list) {
        const QString value = o.value(QString::fromLatin1(key)).toString();
        if (value.isEmpty())
            return true;
        const auto parsed = parse(value);
        if (parsed)
            list->append(*parsed);
        return parsed.has_value();
    };
    return add("stage", &parseStage, &s->stages) && add("type", &parseCustomerType, &s->types)
        && add("tier", &parseTier, &s->tiers) && add("rfm_segment", &parseSegment, &s->rfmSegments);
}

} // namespace

AudienceQuery::AudienceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AudienceQuery::ids(const QJsonObject &definition, std::vector<qint64> *out, QString *error) const
{
    out->clear();
    Segment segment;
    if (!segmentOf(definition, &segment))
        return true;
    error->clear();
    *out = SegmentQuery(m_db, segment).ids(CustomerSort(), error);
    std::sort(out->begin(), out->end()); // by customer id
    return error->isEmpty();
}

qint64 AudienceQuery::count(const QJsonObject &definition, QString *error) const
{
    Segment segment;
    if (!segmentOf(definition, &segment))
        return 0;
    return SegmentQuery(m_db, segment).count(error);
}

} // namespace huitou
