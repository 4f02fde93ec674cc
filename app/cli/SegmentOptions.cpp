#include "SegmentOptions.h"

namespace huitou::cli {

namespace {

const char *const kOptions[] = {"stage",        "type",          "tier",       "rfm",      "tag",
                                "tag-any",      "tag-none",      "f-min",      "f-max",    "m-min",
                                "m-max",        "r-min",         "r-max",      "province", "birthday-month",
                                "product-code", "product-title", "first-from", "first-to", "last-from",
                                "last-to",      "consent",       "where"};

template <typename List, typename Key>
QStringList keysOf(const List &all, Key key)
{
    QStringList out;
    for (auto v : all)
        out << key(v);
    return out;
}

template <typename Enum>
void addKeys(CommandParser &p, const char *option, std::optional<Enum> (*parse)(const QString &), QList<Enum> *out)
{
    for (const QString &v : p.values(QString::fromLatin1(option))) {
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto parsed = parse(part.trimmed());
            if (parsed)
                out->append(*parsed);
            else
                p.invalid(tr("--%1: unknown value \"%2\".").arg(QString::fromLatin1(option), part));
        }
    }
}

QList<TagRef> tags(CommandParser &p, const char *option)
{
    QList<TagRef> out;
    for (const QString &tag : p.values(QString::fromLatin1(option))) {
        if (tag.contains(QLatin1Char('=')))
            out.append({tag.section(QLatin1Char('='), 0, 0).trimmed(), tag.section(QLatin1Char('='), 1).trimmed()});
        else
            p.invalid(tr("--%1 is GROUP=VALUE.").arg(QString::fromLatin1(option)));
    }
    return out;
}

} // namespace

void addSegmentOptions(CommandParser &p)
{
    p.addOptions({
        {QStringLiteral("stage"), keysOf(allStages(), &stageKey).join(QLatin1Char('|')) + tr(" (repeatable)"),
         QStringLiteral("S")},
        {QStringLiteral("type"), keysOf(allCustomerTypes(), &customerTypeKey).join(QLatin1Char('|')),
         QStringLiteral("T")},
        {QStringLiteral("tier"), keysOf(allTiers(), &tierKey).join(QLatin1Char('|')) + tr(" (repeatable)"),
         QStringLiteral("T")},
        {QStringLiteral("rfm"), tr("RFM segment, e.g. important_value (repeatable)."), QStringLiteral("SEG")},
        {QStringLiteral("tag"), tr("Has this tag (repeatable: all of them)."), QStringLiteral("GROUP=VALUE")},
        {QStringLiteral("tag-any"), tr("Has at least one of these tags (repeatable)."), QStringLiteral("GROUP=VALUE")},
        {QStringLiteral("tag-none"), tr("Has none of these tags (repeatable)."), QStringLiteral("GROUP=VALUE")},
        {QStringLiteral("f-min"), tr("At least N purchase days."), QStringLiteral("N")},
        {QStringLiteral("f-max"), tr("At most N purchase days."), QStringLiteral("N")},
        {QStringLiteral("m-min"), tr("Spent at least this many yuan."), QStringLiteral("YUAN")},
        {QStringLiteral("m-max"), tr("Spent at most this many yuan."), QStringLiteral("YUAN")},
        {QStringLiteral("r-min"), tr("Last purchase at least N days ago."), QStringLiteral("N")},
        {QStringLiteral("r-max"), tr("Last purchase at most N days ago."), QStringLiteral("N")},
        {QStringLiteral("province"), tr("Province, e.g. 浙江 (repeatable)."), QStringLiteral("P")},
        {QStringLiteral("birthday-month"), tr("Birthday in month 1-12."), QStringLiteral("M")},
        {QStringLiteral("product-code"), tr("Bought the item with this 商家编码."), QStringLiteral("CODE")},
        {QStringLiteral("product-title"), tr("Bought an item whose title contains TEXT."), QStringLiteral("TEXT")},
        {QStringLiteral("first-from"), tr("First purchase on or after."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("first-to"), tr("First purchase on or before."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("last-from"), tr("Last purchase on or after."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("last-to"), tr("Last purchase on or before."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("consent"), tr("unknown|consented|refused (repeatable)."), QStringLiteral("C")},
        {QStringLiteral("where"), tr("A segment as JSON (see core/customers/Segment.h)."), QStringLiteral("JSON")},
    });
}

bool hasSegmentOptions(const CommandParser &p)
{
    for (const char *o : kOptions) {
        if (p.isSet(QString::fromLatin1(o)))
            return true;
    }
    return false;
}

Segment segmentFromOptions(CommandParser &p, Segment s)
{
    if (p.isSet(QStringLiteral("where"))) {
        QString error;
        const auto parsed = Segment::fromJsonText(p.value(QStringLiteral("where")), &error);
        if (parsed)
            s = *parsed;
        else
            p.invalid(QStringLiteral("--where: ") + error);
    }
    addKeys(p, "stage", &parseStage, &s.stages);
    addKeys(p, "type", &parseCustomerType, &s.types);
    addKeys(p, "tier", &parseTier, &s.tiers);
    addKeys(p, "rfm", &parseSegment, &s.rfmSegments);
    addKeys(p, "consent", &parseConsent, &s.consents);
    s.tagsAll << tags(p, "tag");
    s.tagsAny << tags(p, "tag-any");
    s.tagsNone << tags(p, "tag-none");
    const auto bound = [&p](const char *option, std::optional<qint64> *to) {
        if (const auto v = p.integer(QString::fromLatin1(option), 0, 1000000000))
            *to = *v;
    };
    bound("f-min", &s.frequency.min);
    bound("f-max", &s.frequency.max);
    bound("r-min", &s.recency.min);
    bound("r-max", &s.recency.max);
    const auto money = [&p](const char *option, std::optional<qint64> *to) {
        const QString name = QString::fromLatin1(option);
        if (!p.isSet(name))
            return;
        bool ok = false;
        const double yuan = p.value(name).toDouble(&ok);
        if (!ok || yuan < 0)
            p.invalid(tr("--%1 is an amount in yuan.").arg(name));
        else
            *to = qint64(yuan * 100.0 + 0.5);
    };
    money("m-min", &s.monetaryFen.min);
    money("m-max", &s.monetaryFen.max);
    for (const QString &v : p.values(QStringLiteral("province")))
        s.provinces << v.trimmed();
    if (const auto m = p.integer(QStringLiteral("birthday-month"), 1, 12))
        s.birthdayMonth = int(*m);
    if (p.isSet(QStringLiteral("product-code")))
        s.productCode = p.value(QStringLiteral("product-code")).trimmed();
    if (p.isSet(QStringLiteral("product-title")))
        s.productTitle = p.value(QStringLiteral("product-title")).trimmed();
    const auto day = [&p](const char *option, QDate *to) {
        if (const auto d = p.date(QString::fromLatin1(option)))
            *to = *d;
    };
    day("first-from", &s.firstPurchase.from);
    day("first-to", &s.firstPurchase.to);
    day("last-from", &s.lastPurchase.from);
    day("last-to", &s.lastPurchase.to);
    return s;
}

} // namespace huitou::cli
