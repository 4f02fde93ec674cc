#include "Segment.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace huitou {

namespace {

const QString kSearch = QStringLiteral("search");
const QString kStages = QStringLiteral("stages");
const QString kTypes = QStringLiteral("types");
const QString kTiers = QStringLiteral("tiers");
const QString kRfm = QStringLiteral("rfm_segments");
const QString kFrequency = QStringLiteral("frequency");
const QString kMonetary = QStringLiteral("monetary_fen");
const QString kRecency = QStringLiteral("recency_days");
const QString kFirst = QStringLiteral("first_purchase");
const QString kLast = QStringLiteral("last_purchase");
const QString kTagsAny = QStringLiteral("tags_any");
const QString kTagsAll = QStringLiteral("tags_all");
const QString kTagsNone = QStringLiteral("tags_none");
const QString kProvinces = QStringLiteral("provinces");
const QString kBirthday = QStringLiteral("birthday_month");
const QString kProductCode = QStringLiteral("product_code");
const QString kProductTitle = QStringLiteral("product_title");
const QString kConsents = QStringLiteral("consents");
const QString kPaid = QStringLiteral("has_paid_order");
const QString kAsOf = QStringLiteral("as_of");

// The messages' translation context.
class SegmentText
{
    Q_DECLARE_TR_FUNCTIONS(Segment)
};

template <typename Enum>
QJsonArray keys(const QList<Enum> &values, QString (*key)(Enum))
{
    QJsonArray out;
    for (Enum v : values)
        out.append(key(v));
    return out;
}

QJsonObject rangeJson(const Range &r)
{
    QJsonObject o;
    if (r.min)
        o.insert(QStringLiteral("min"), double(*r.min));
    if (r.max)
        o.insert(QStringLiteral("max"), double(*r.max));
    return o;
}

QJsonObject datesJson(const DateRange &r)
{
    QJsonObject o;
    if (r.from.isValid())
        o.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
    if (r.to.isValid())
        o.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    return o;
}

QJsonArray tagsJson(const QList<TagRef> &tags)
{
    QJsonArray out;
    for (const TagRef &t : tags)
        out.append(QJsonObject{{QStringLiteral("group"), t.group}, {QStringLiteral("value"), t.value}});
    return out;
}

// Reading: each helper returns false and sets ERROR on a malformed value.
template <typename Enum>
bool readKeys(const QJsonValue &v, const QString &name, std::optional<Enum> (*parse)(const QString &), QList<Enum> *out,
              QString *error)
{
    for (const QJsonValue &item : v.toArray()) {
        const auto parsed = parse(item.toString());
        if (!parsed) {
            *error = SegmentText::tr("Unknown value \"%1\" in the segment's %2.").arg(item.toString(), name);
            return false;
        }
        out->append(*parsed);
    }
    return true;
}

bool readRange(const QJsonValue &v, Range *out)
{
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("min")))
        out->min = qint64(o.value(QStringLiteral("min")).toDouble());
    if (o.contains(QStringLiteral("max")))
        out->max = qint64(o.value(QStringLiteral("max")).toDouble());
    return true;
}

bool readDate(const QJsonValue &v, const QString &name, QDate *out, QString *error)
{
    *out = QDate::fromString(v.toString(), Qt::ISODate);
    if (!out->isValid()) {
        *error = SegmentText::tr("The segment's %1 must be a date (YYYY-MM-DD).").arg(name);
        return false;
    }
    return true;
}

bool readDates(const QJsonValue &v, const QString &name, DateRange *out, QString *error)
{
    const QJsonObject o = v.toObject();
    if (o.contains(QStringLiteral("from")) && !readDate(o.value(QStringLiteral("from")), name, &out->from, error))
        return false;
    return !o.contains(QStringLiteral("to")) || readDate(o.value(QStringLiteral("to")), name, &out->to, error);
}

QList<TagRef> readTags(const QJsonValue &v)
{
    QList<TagRef> out;
    for (const QJsonValue &item : v.toArray()) {
        const QJsonObject o = item.toObject();
        out.append({o.value(QStringLiteral("group")).toString(), o.value(QStringLiteral("value")).toString()});
    }
    return out;
}

} // namespace

bool Segment::usesFigures() const
{
    return !stages.isEmpty() || !types.isEmpty() || !tiers.isEmpty() || !rfmSegments.isEmpty() || frequency.isSet()
        || monetaryFen.isSet() || recency.isSet() || firstPurchase.isSet() || lastPurchase.isSet();
}

bool Segment::isEmpty() const
{
    return *this == Segment();
}

Segment Segment::withoutFigures() const
{
    Segment s = *this;
    s.stages.clear();
    s.types.clear();
    s.tiers.clear();
    s.rfmSegments.clear();
    s.frequency = s.monetaryFen = s.recency = Range();
    s.firstPurchase = s.lastPurchase = DateRange();
    s.asOf = QDate();
    return s;
}

QJsonObject Segment::toJson() const
{
    QJsonObject o;
    if (!search.isEmpty())
        o.insert(kSearch, search);
    if (!stages.isEmpty())
        o.insert(kStages, keys(stages, &stageKey));
    if (!types.isEmpty())
        o.insert(kTypes, keys(types, &customerTypeKey));
    if (!tiers.isEmpty())
        o.insert(kTiers, keys(tiers, &tierKey));
    if (!rfmSegments.isEmpty())
        o.insert(kRfm, keys(rfmSegments, &segmentKey));
    if (frequency.isSet())
        o.insert(kFrequency, rangeJson(frequency));
    if (monetaryFen.isSet())
        o.insert(kMonetary, rangeJson(monetaryFen));
    if (recency.isSet())
        o.insert(kRecency, rangeJson(recency));
    if (firstPurchase.isSet())
        o.insert(kFirst, datesJson(firstPurchase));
    if (lastPurchase.isSet())
        o.insert(kLast, datesJson(lastPurchase));
    if (!tagsAny.isEmpty())
        o.insert(kTagsAny, tagsJson(tagsAny));
    if (!tagsAll.isEmpty())
        o.insert(kTagsAll, tagsJson(tagsAll));
    if (!tagsNone.isEmpty())
        o.insert(kTagsNone, tagsJson(tagsNone));
    if (!provinces.isEmpty())
        o.insert(kProvinces, QJsonArray::fromStringList(provinces));
    if (birthdayMonth != 0)
        o.insert(kBirthday, birthdayMonth);
    if (!productCode.isEmpty())
        o.insert(kProductCode, productCode);
    if (!productTitle.isEmpty())
        o.insert(kProductTitle, productTitle);
    if (!consents.isEmpty())
        o.insert(kConsents, keys(consents, &consentKey));
    if (hasPaidOrder)
        o.insert(kPaid, *hasPaidOrder);
    if (asOf.isValid())
        o.insert(kAsOf, asOf.toString(Qt::ISODate));
    return o;
}

QString Segment::toJsonText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<Segment> Segment::fromJson(const QJsonObject &o, QString *error)
{
    static const QStringList known{kSearch,   kStages,      kTypes,        kTiers,    kRfm,     kFrequency, kMonetary,
                                   kRecency,  kFirst,       kLast,         kTagsAny,  kTagsAll, kTagsNone,  kProvinces,
                                   kBirthday, kProductCode, kProductTitle, kConsents, kPaid,    kAsOf};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = SegmentText::tr("Unknown segment condition \"%1\".").arg(it.key());
            return std::nullopt;
        }
    }
    Segment s;
    s.search = o.value(kSearch).toString();
    if (!readKeys(o.value(kStages), kStages, &parseStage, &s.stages, error)
        || !readKeys(o.value(kTypes), kTypes, &parseCustomerType, &s.types, error)
        || !readKeys(o.value(kTiers), kTiers, &parseTier, &s.tiers, error)
        || !readKeys(o.value(kRfm), kRfm, &parseSegment, &s.rfmSegments, error)
        || !readKeys(o.value(kConsents), kConsents, &parseConsent, &s.consents, error))
        return std::nullopt;
    readRange(o.value(kFrequency), &s.frequency);
    readRange(o.value(kMonetary), &s.monetaryFen);
    readRange(o.value(kRecency), &s.recency);
    if (!readDates(o.value(kFirst), kFirst, &s.firstPurchase, error)
        || !readDates(o.value(kLast), kLast, &s.lastPurchase, error))
        return std::nullopt;
    s.tagsAny = readTags(o.value(kTagsAny));
    s.tagsAll = readTags(o.value(kTagsAll));
    s.tagsNone = readTags(o.value(kTagsNone));
    for (const QJsonValue &v : o.value(kProvinces).toArray())
        s.provinces << v.toString();
    s.birthdayMonth = o.value(kBirthday).toInt();
    if (s.birthdayMonth < 0 || s.birthdayMonth > 12) {
        *error = SegmentText::tr("The segment's birthday month must be 1 to 12.");
        return std::nullopt;
    }
    s.productCode = o.value(kProductCode).toString();
    s.productTitle = o.value(kProductTitle).toString();
    if (o.contains(kPaid))
        s.hasPaidOrder = o.value(kPaid).toBool();
    if (o.contains(kAsOf) && !readDate(o.value(kAsOf), kAsOf, &s.asOf, error))
        return std::nullopt;
    return s;
}

std::optional<Segment> Segment::fromJsonText(const QString &text, QString *error)
{
    QJsonParseError parse;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parse);
    if (!doc.isObject()) {
        *error = SegmentText::tr("A segment is a JSON object: %1").arg(parse.errorString());
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

namespace {

// QList<enum>::operator== in Qt 6.4 memcmp()s with a null pointer when one empty list has never allocated and
// the other was cleared: undefined behaviour that UBSan stops on (CI's sanitizer build). Compare by element.
template <typename T>
bool sameItems(const QList<T> &a, const QList<T> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend());
}

} // namespace

bool Segment::operator==(const Segment &o) const
{
    return search == o.search && sameItems(stages, o.stages) && sameItems(types, o.types) && sameItems(tiers, o.tiers)
        && sameItems(rfmSegments, o.rfmSegments) && frequency == o.frequency && monetaryFen == o.monetaryFen
        && recency == o.recency && firstPurchase == o.firstPurchase && lastPurchase == o.lastPurchase
        && tagsAny == o.tagsAny && tagsAll == o.tagsAll && tagsNone == o.tagsNone && provinces == o.provinces
        && birthdayMonth == o.birthdayMonth && productCode == o.productCode && productTitle == o.productTitle
        && sameItems(consents, o.consents) && hasPaidOrder == o.hasPaidOrder && asOf == o.asOf;
}

} // namespace huitou
