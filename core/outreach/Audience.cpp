#include "Audience.h"

#include "storage/SegmentQuery.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huitou {

Segment Audience::forExport(Segment segment)
{
    if (!segment.hasPaidOrder)
        segment.hasPaidOrder = true;
    return segment;
}

std::vector<qint64> Audience::ids(QSqlDatabase db, const Segment &segment, QString *error)
{
    error->clear();
    return SegmentQuery(std::move(db), forExport(segment)).idsById(error);
}

qint64 Audience::count(QSqlDatabase db, const Segment &segment, QString *error)
{
    error->clear();
    return SegmentQuery(std::move(db), forExport(segment)).count(error);
}

std::optional<Segment> Audience::parseDefinition(const QString &json, QString *error)
{
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QString legacyKeys[] = {QStringLiteral("stage"), QStringLiteral("type"), QStringLiteral("tier"),
                                  QStringLiteral("rfm_segment")};
    bool legacy = false;
    for (const QString &k : legacyKeys)
        legacy |= o.value(k).isString();
    if (!legacy) {
        QJsonObject segment = o;
        segment.remove(QStringLiteral("name"));
        return Segment::fromJson(segment, error);
    }
    // {"stage": "lost", ...}: one key each, as the first saved segments were stored.
    Segment s;
    const auto add = [&o, error](const QString &key, auto parse, auto *list) {
        const QString value = o.value(key).toString();
        if (value.isEmpty())
            return true;
        const auto parsed = parse(value);
        if (!parsed) {
            *error = QStringLiteral("%1: %2").arg(key, value);
            return false;
        }
        list->append(*parsed);
        return true;
    };
    if (!add(legacyKeys[0], &parseStage, &s.stages) || !add(legacyKeys[1], &parseCustomerType, &s.types)
        || !add(legacyKeys[2], &parseTier, &s.tiers) || !add(legacyKeys[3], &parseSegment, &s.rfmSegments))
        return std::nullopt;
    return s;
}

} // namespace huitou
