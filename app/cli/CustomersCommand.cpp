#include "CustomersCommand.h"

#include "CommandParser.h"
#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "analytics/Money.h"
#include "analytics/ShopReport.h"
#include "format/CsvField.h"
#include "storage/AnalyticsStore.h"
#include "storage/SegmentQuery.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringEncoder>

namespace huitou::cli {

namespace {

QString isoDay(qint32 julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

void printRow(QTextStream &out, const CustomerContact &c, const CustomerFigures &m)
{
    const QStringList fields{
        csvField(c.key),
        csvField(c.receiverName),
        csvField(c.phoneDisplay),
        csvField(c.province),
        QString::number(m.frequency),
        money::text(m.monetaryFen),
        QString::number(m.validOrders),
        isoDay(m.firstDay),
        isoDay(m.lastDay),
        QString::number(m.recency),
        stageKey(m.stage),
        customerTypeKey(m.type()),
        tierKey(m.tier),
        segmentKey(m.segment),
        QString::number(m.rScore),
        QString::number(m.fScore),
        QString::number(m.mScore),
        m.pAlive ? QString::number(*m.pAlive, 'f', 4) : QString(),
        QString::number(m.expected90, 'f', 4),
    };
    out << fields.join(QLatin1Char(',')) << '\n';
}

// The same columns as the CSV, keyed alike; p_alive is null for one-time buyers.
void writeRow(JsonWriter &w, const CustomerContact &c, const CustomerFigures &m)
{
    w.beginObject();
    w.value(QStringLiteral("customer_key"), c.key);
    w.value(QStringLiteral("receiver_name"), c.receiverName);
    w.value(QStringLiteral("phone"), c.phoneDisplay);
    w.value(QStringLiteral("province"), c.province);
    w.value(QStringLiteral("frequency"), m.frequency);
    w.money(QStringLiteral("monetary"), m.monetaryFen);
    w.value(QStringLiteral("valid_orders"), m.validOrders);
    w.value(QStringLiteral("first_purchase"), isoDay(m.firstDay));
    w.value(QStringLiteral("last_purchase"), isoDay(m.lastDay));
    w.value(QStringLiteral("recency"), m.recency);
    w.value(QStringLiteral("stage"), stageKey(m.stage));
    w.value(QStringLiteral("type"), customerTypeKey(m.type()));
    w.value(QStringLiteral("tier"), tierKey(m.tier));
    w.value(QStringLiteral("rfm_segment"), segmentKey(m.segment));
    w.value(QStringLiteral("r_score"), m.rScore);
    w.value(QStringLiteral("f_score"), m.fScore);
    w.value(QStringLiteral("m_score"), m.mScore);
    w.value(QStringLiteral("p_alive"), m.pAlive);
    w.value(QStringLiteral("expected_90"), std::optional<double>(m.expected90));
    w.endObject();
}

} // namespace

int runCustomers(CliContext &c)
{
    QStringList stages, tiers, segments;
    for (Stage s : allStages())
        stages << stageKey(s);
    for (Tier t : allTiers())
        tiers << tierKey(t);
    for (RfmSegment s : allSegments())
        segments << segmentKey(s);
    QStringList types;
    for (CustomerType t : allCustomerTypes())
        types << customerTypeKey(t);

    CommandParser p(c, tr("Lists customers with their figures (CSV, or JSON with --json)."));
    p.addOptions({
        {QStringLiteral("stage"), stages.join(QLatin1Char('|')), QStringLiteral("S")},
        {QStringLiteral("type"), types.join(QLatin1Char('|')), QStringLiteral("T")},
        {QStringLiteral("tier"), tiers.join(QLatin1Char('|')), QStringLiteral("T")},
        {QStringLiteral("segment"), segments.join(QStringLiteral(" | ")), QStringLiteral("SEG")},
        {QStringLiteral("tag"), tr("Has this tag (repeatable: all of them)."), QStringLiteral("GROUP=VALUE")},
        {QStringLiteral("search"), tr("Nick, name, phone digits or order number."), QStringLiteral("TEXT")},
        {QStringLiteral("where"), tr("A saved segment: a JSON object (see core/customers/Segment.h)."),
         QStringLiteral("JSON")},
        {QStringLiteral("as-of"), tr("Date of the figures (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("csv"), tr("CSV output (the default; kept for scripts).")},
        {QStringLiteral("json"), tr("JSON output: {\"as_of\", \"customers\": [...]} with the CSV's columns.")},
        {QStringLiteral("count"), tr("Print only the number of matching customers.")},
        {QStringLiteral("encoding"),
         tr("CSV encoding: utf-8 (default), utf-8-bom (Excel / WPS on Windows) or gb18030."), QStringLiteral("E")},
    });
    if (const auto exit = p.parse())
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return c.usageError(tr("unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    // The segment: --where, with the other options added to it.
    Segment segment;
    if (p.isSet(QStringLiteral("where"))) {
        QString error;
        const auto parsed = Segment::fromJsonText(p.value(QStringLiteral("where")), &error);
        if (parsed)
            segment = *parsed;
        else
            p.invalid(QStringLiteral("--where: ") + error);
    }
    // Repeated, an option means any of its values, as in `segment` (the last one alone was kept).
    for (const QString &v : p.choices(QStringLiteral("stage"), stages))
        segment.stages << *parseStage(v);
    for (const QString &v : p.choices(QStringLiteral("type"), types))
        segment.types << *parseCustomerType(v);
    for (const QString &v : p.choices(QStringLiteral("tier"), tiers))
        segment.tiers << *parseTier(v);
    for (const QString &v : p.choices(QStringLiteral("segment"), segments))
        segment.rfmSegments << *parseSegment(v);
    for (const QString &tag : p.values(QStringLiteral("tag"))) {
        if (tag.contains(QLatin1Char('=')))
            segment.tagsAll.append({tag.section(QLatin1Char('='), 0, 0), tag.section(QLatin1Char('='), 1)});
        else
            p.invalid(tr("--tag is GROUP=VALUE."));
    }
    if (p.isSet(QStringLiteral("search")))
        segment.search = p.value(QStringLiteral("search"));
    // The list shows figures: customers with a valid order only.
    segment.hasPaidOrder = true;
    const QDate asOf =
        p.date(QStringLiteral("as-of")).value_or(segment.asOf.isValid() ? segment.asOf : AnalyticsService::today());
    const bool json = p.isSet(QStringLiteral("json"));
    const bool countOnly = p.isSet(QStringLiteral("count"));
    const QString encoding = p.choice(QStringLiteral("encoding"),
                                      {QStringLiteral("utf-8"), QStringLiteral("utf-8-bom"), QStringLiteral("gb18030")})
                                 .value_or(QStringLiteral("utf-8"));
    if (json && p.isSet(QStringLiteral("encoding")))
        p.invalid(tr("--encoding is for CSV output."));
    if (json && p.isSet(QStringLiteral("csv")))
        p.invalid(tr("--csv and --json exclude each other."));
    if (p.failed())
        return kExitUsage;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::QuickCheck, CheckTiming::Alongside))
        return kExitFailed;
    QString error;
    qint64 matched = 0;
    JsonWriter w;
    // CSV rows go through a buffer encoded as asked (QTextStream knows no GB18030).
    QString buffer;
    QTextStream csvOut(&buffer);
    QFile stdoutFile;
    stdoutFile.open(stdout, QIODevice::WriteOnly);
    QStringEncoder encoder = encoding == QLatin1String("gb18030")
        ? QStringEncoder("GB18030")
        : QStringEncoder(QStringEncoder::Utf8,
                         encoding == QLatin1String("utf-8-bom") ? QStringEncoder::Flag::WriteBom
                                                                : QStringEncoder::Flag::Default);
    auto flushCsv = [&] {
        csvOut.flush();
        if (buffer.isEmpty())
            return;
        c.out.flush();
        stdoutFile.write(encoder.encode(buffer));
        stdoutFile.flush();
        buffer.clear();
    };
    if (json) {
        w.beginObject();
        w.value(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
        if (!countOnly)
            w.beginArray(QStringLiteral("customers"));
    } else if (!countOnly) {
        csvOut << "customer_key,receiver_name,phone,province,frequency,monetary,valid_orders,first_purchase,"
                  "last_purchase,recency,stage,type,tier,rfm_segment,r_score,f_score,m_score,p_alive,expected_90\n";
    }
    auto emitRow = [&](const CustomerContact &contact, const CustomerFigures &m) {
        ++matched;
        if (countOnly)
            return;
        if (json) {
            writeRow(w, contact, m);
            if (matched % 1000 == 0) // a million customers stream out, not pile up
                c.out << w.takeText();
        } else {
            printRow(csvOut, contact, m);
            if (matched % 1000 == 0)
                flushCsv();
        }
    };
    bool ok = true;
    if (countOnly && AnalyticsStore(db).metricsAsOf() == asOf) {
        // A count, not a walk over every row.
        matched = SegmentQuery(db, segment).count(&error);
        ok = matched >= 0;
    } else if (AnalyticsStore(db).metricsAsOf() == asOf) {
        // The stored results are for this day: filter in SQL.
        ok = SegmentQuery(db, segment)
                 .forEach(
                     [&](const CustomerContact &contact, const CustomerFigures *m) {
                         emitRow(contact, *m);
                         return true;
                     },
                     &error);
    } else {
        // Another day: compute in memory (the store keeps today's results).
        // The conditions on anything but figures in SQL, the figures here.
        Segment unfigured = segment.withoutFigures();
        unfigured.hasPaidOrder.reset();
        const bool restricts = !unfigured.isEmpty();
        QSet<qint64> others;
        if (restricts) {
            for (qint64 id : SegmentQuery(db, unfigured).ids(CustomerSort{CustomerColumn::Nick, true}, &error))
                others.insert(id);
        }
        // A count of conditions on the purchase days alone (stage, type, F,
        // R, first and last day) needs only those, not the classification.
        const bool days = countOnly && AnalyticsService::dayFiguresSuffice(segment);
        const auto report = days ? std::optional<ShopReport>(ShopReport())
            : countOnly          ? AnalyticsService(db).classification(asOf, &error)
                                 : AnalyticsService(db).report(asOf, &error);
        ok = report.has_value() && error.isEmpty();
        if (ok && days) {
            ok = AnalyticsService(db).forEachDayFigures(
                asOf,
                [&](const CustomerFigures &f) {
                    if (SegmentQuery::matchesFigures(segment, &f) && (!restricts || others.contains(f.customerId)))
                        ++matched;
                },
                &error);
        } else if (ok) {
            QHash<qint64, CustomerContact> contacts;
            if (!countOnly) {
                CustomerStore(db).forEach(
                    [&contacts](const CustomerContact &cc) {
                        contacts.insert(cc.id, cc);
                        return true;
                    },
                    &error);
            }
            std::vector<std::pair<QString, CustomerFigures>> rows;
            for (const CustomerFigures &f : report->perCustomer) {
                if (!SegmentQuery::matchesFigures(segment, &f) || (restricts && !others.contains(f.customerId)))
                    continue;
                if (countOnly)
                    ++matched;
                else
                    rows.emplace_back(contacts.value(f.customerId).key, f);
            }
            std::sort(rows.begin(), rows.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            for (const auto &[key, m] : rows)
                emitRow(contacts.value(m.customerId), m);
        }
    }
    flushCsv();
    if (!ok)
        return c.failure(error);
    if (json) {
        if (countOnly) {
            w.value(QStringLiteral("count"), matched);
        } else {
            w.endArray();
        }
        w.endObject();
        c.printJson(w);
    } else if (countOnly) {
        c.out << matched << "\n";
    }
    return kExitOk;
}

} // namespace huitou::cli
