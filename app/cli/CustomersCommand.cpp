#include "CustomersCommand.h"

#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "importing/CsvField.h"
#include "storage/AnalyticsStore.h"
#include "storage/SegmentQuery.h"

#include <QCommandLineParser>
#include <QHash>
#include <QSet>

namespace huitou::cli {

namespace {

void printRow(QTextStream &out, const CustomerContact &c, const StoredCustomerMetrics &m)
{
    const QStringList fields{
        csvField(c.key),
        csvField(c.receiverName),
        csvField(c.phoneDisplay),
        csvField(c.province),
        QString::number(m.frequency),
        money::text(m.monetaryFen),
        QString::number(m.validOrders),
        QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate),
        QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate),
        QString::number(m.recency),
        m.stage,
        m.type,
        m.tier,
        m.segment,
        QString::number(m.rScore),
        QString::number(m.fScore),
        QString::number(m.mScore),
        m.pAlive < 0 ? QString() : QString::number(m.pAlive, 'f', 4),
        QString::number(m.expected90, 'f', 4),
    };
    out << fields.join(QLatin1Char(',')) << '\n';
}

// The segment the options describe (--where first, the options added to
// it); false with a message on a value outside the vocabulary.
template <typename Enum>
bool addKey(const QCommandLineParser &p, const char *option, std::optional<Enum> (*parse)(const QString &),
            QList<Enum> *out, QTextStream &err)
{
    const QString value = p.value(QString::fromLatin1(option));
    if (value.isEmpty())
        return true;
    const auto parsed = parse(value);
    if (!parsed) {
        err << "customers: unknown --" << option << " \"" << value << "\"\n";
        return false;
    }
    out->append(*parsed);
    return true;
}

} // namespace

int runCustomers(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists customers with their figures (CSV)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("stage"), QStringLiteral("active|silent|sleeping|lost"), QStringLiteral("S")},
        {QStringLiteral("type"), QStringLiteral("new|returning"), QStringLiteral("T")},
        {QStringLiteral("tier"), QStringLiteral("regular|senior|vip|supreme_vip"), QStringLiteral("T")},
        {QStringLiteral("segment"), QStringLiteral("RFM segment, e.g. important_value"), QStringLiteral("SEG")},
        {QStringLiteral("tag"), QStringLiteral("Has this tag (repeatable: all of them)."), QStringLiteral("GROUP=VALUE")},
        {QStringLiteral("search"), QStringLiteral("Nick, name, phone digits or order number."), QStringLiteral("TEXT")},
        {QStringLiteral("where"), QStringLiteral("A saved segment (JSON object, see core/customers/Segment.h)."),
         QStringLiteral("JSON")},
        {QStringLiteral("as-of"), QStringLiteral("Date of the figures (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("csv"), QStringLiteral("CSV output (the only format; kept for scripts).")},
        {QStringLiteral("count"), QStringLiteral("Print only the number of matching customers.")},
    });
    p.process(c.arguments);
    Segment segment;
    if (p.isSet(QStringLiteral("where"))) {
        QString error;
        const auto parsed = Segment::fromJsonText(p.value(QStringLiteral("where")), &error);
        if (!parsed) {
            c.err << "customers: --where: " << error << "\n";
            return 2;
        }
        segment = *parsed;
    }
    if (!addKey(p, "stage", &parseStage, &segment.stages, c.err)
        || !addKey(p, "type", &parseCustomerType, &segment.types, c.err)
        || !addKey(p, "tier", &parseTier, &segment.tiers, c.err)
        || !addKey(p, "segment", &parseSegment, &segment.rfmSegments, c.err))
        return 2;
    for (const QString &tag : p.values(QStringLiteral("tag"))) {
        if (!tag.contains(QLatin1Char('='))) {
            c.err << "customers: --tag is GROUP=VALUE\n";
            return 2;
        }
        segment.tagsAll.append({tag.section(QLatin1Char('='), 0, 0), tag.section(QLatin1Char('='), 1)});
    }
    if (p.isSet(QStringLiteral("search")))
        segment.search = p.value(QStringLiteral("search"));
    // The list shows figures: customers with a valid order only.
    segment.hasPaidOrder = true;
    QDate asOf = segment.asOf.isValid() ? segment.asOf : AnalyticsService::today();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            c.err << "customers: --as-of must be YYYY-MM-DD\n";
            return 2;
        }
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    qint64 matched = 0;
    const bool countOnly = p.isSet(QStringLiteral("count"));
    if (!countOnly)
        c.out << "customer_key,receiver_name,phone,province,frequency,monetary,valid_orders,first_purchase,"
                 "last_purchase,recency,stage,type,tier,rfm_segment,r_score,f_score,m_score,p_alive,expected_90\n";
    auto emitRow = [&](const CustomerContact &contact, const StoredCustomerMetrics &m) {
        ++matched;
        if (!countOnly)
            printRow(c.out, contact, m);
    };
    bool ok = true;
    if (AnalyticsStore(db).metricsAsOf() == asOf) {
        // The stored results are for this day: filter in SQL.
        ok = SegmentQuery(db, segment)
                 .forEach(
                     [&](const CustomerContact &contact, const StoredCustomerMetrics *m) {
                         emitRow(contact, *m);
                         return true;
                     },
                     &error);
    } else {
        // Another day: compute in memory (the store keeps today's results).
        const auto report = AnalyticsService(db).report(asOf, &error);
        ok = report.has_value();
        if (ok) {
            QHash<qint64, CustomerContact> contacts;
            CustomerStore(db).forEach(
                [&contacts](const CustomerContact &cc) {
                    contacts.insert(cc.id, cc);
                    return true;
                },
                &error);
            // The conditions on anything but figures in SQL, the figures here.
            Segment unfigured = segment.withoutFigures();
            unfigured.hasPaidOrder.reset();
            const bool restricts = !unfigured.isEmpty();
            QSet<qint64> others;
            if (restricts) {
                for (qint64 id : SegmentQuery(db, unfigured).ids(CustomerSort{CustomerColumn::Nick, true}, &error))
                    others.insert(id);
            }
            std::vector<std::pair<QString, StoredCustomerMetrics>> rows;
            for (const CustomerFigures &f : report->perCustomer) {
                const StoredCustomerMetrics m = toStored(f);
                if (SegmentQuery::matchesFigures(segment, m) && (!restricts || others.contains(f.customerId)))
                    rows.emplace_back(contacts.value(f.customerId).key, m);
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[key, m] : rows)
                emitRow(contacts.value(m.customerId), m);
        }
    }
    if (!ok) {
        c.err << error << "\n";
        return 1;
    }
    if (countOnly)
        c.out << matched << "\n";
    return 0;
}

} // namespace huitou::cli
