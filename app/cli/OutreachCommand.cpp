#include "OutreachCommand.h"

#include "CommandParser.h"

#include "SegmentOptions.h"
#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "analytics/Money.h"
#include "outreach/Audience.h"
#include "outreach/CampaignEvaluator.h"
#include "outreach/ContactExporter.h"
#include "outreach/OptOutImporter.h"
#include "storage/OutreachStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::cli {

namespace {

// The audience of a segment, with the stored figures current for today.
bool audienceOf(QSqlDatabase db, const Segment &segment, std::vector<qint64> *ids, QString *error)
{
    if (!AnalyticsService(db).ensureCurrent(AnalyticsService::today(), error))
        return false;
    *ids = Audience::ids(db, segment, error);
    return error->isEmpty();
}

// A saved segment by NAME (the builder's JSON, or a first-version definition).
std::optional<Segment> savedSegment(QSqlDatabase db, const QString &name, QString *error)
{
    const auto saved = OutreachStore(db).savedSegment(name);
    if (!saved) {
        *error = tr("There is no saved segment named %1.").arg(name);
        return std::nullopt;
    }
    return Audience::parseDefinition(saved->definition, error);
}

QString rateText(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

int runSegment(CliContext &c)
{
    CommandParser p(c, tr("Counts a segment of customers; --save stores it by name."));
    addSegmentOptions(p);
    p.addOptions({
        {QStringLiteral("segment"), tr("Start from the saved segment NAME (the options add to it)."),
         QStringLiteral("NAME")},
        {QStringLiteral("save"), tr("Save the segment under NAME (replaces one of that name)."),
         QStringLiteral("NAME")},
        {QStringLiteral("delete"), tr("Delete the saved segment NAME."), QStringLiteral("NAME")},
        {QStringLiteral("count"), tr("Print only the count.")},
        {QStringLiteral("list"), tr("List the saved segments.")},
        {QStringLiteral("json"), tr("JSON output.")},
    });
    p.addStaffOption();
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    QString error;
    OutreachStore store(db);
    if (p.isSet(QStringLiteral("delete"))) {
        const QString name = p.value(QStringLiteral("delete"));
        if (!store.savedSegment(name))
            return c.failure(tr("There is no saved segment named %1.").arg(name));
        if (!store.removeSegment(name, &error))
            return c.failure(error);
        return kExitOk;
    }
    if (p.isSet(QStringLiteral("list"))) {
        const auto segments = store.savedSegments(&error);
        if (p.isSet(QStringLiteral("json"))) {
            JsonWriter w;
            w.beginArray();
            for (const SavedSegment &s : segments) {
                w.beginObject().value(QStringLiteral("name"), s.name).value(QStringLiteral("definition"), s.definition);
                w.value(QStringLiteral("staff"), s.staff).value(QStringLiteral("updated_at"), s.updatedAt).endObject();
            }
            w.endArray();
            c.out << w.text();
        } else {
            for (const SavedSegment &s : segments)
                c.out << s.name << '\t' << s.definition << '\n';
        }
        return kExitOk;
    }
    Segment base;
    if (p.isSet(QStringLiteral("segment"))) {
        const auto saved = savedSegment(db, p.value(QStringLiteral("segment")), &error);
        if (!saved)
            return c.failure(error);
        base = *saved;
    }
    const Segment segment = segmentFromOptions(p, base);
    if (p.failed())
        return kExitUsage;
    std::vector<qint64> ids;
    if (!audienceOf(db, segment, &ids, &error)) {
        return c.failure(error);
    }
    const QString definitionText = segment.toJsonText();
    if (p.isSet(QStringLiteral("save"))) {
        const QString name = p.value(QStringLiteral("save")).trimmed();
        if (name.isEmpty() || !store.saveSegment({name, definitionText, c.staff, {}}, &error)) {
            return c.failure(tr("Cannot save the segment: %1").arg(name.isEmpty() ? tr("the name is empty") : error));
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject()
            .value(QStringLiteral("definition"), definitionText)
            .value(QStringLiteral("count"), qint64(ids.size()));
        if (p.isSet(QStringLiteral("save")))
            w.value(QStringLiteral("saved_as"), p.value(QStringLiteral("save")).trimmed());
        w.endObject();
        c.out << w.text();
    } else {
        c.out << ids.size() << '\n';
    }
    return kExitOk;
}

int runExport(CliContext &c)
{
    CommandParser p(c,
                    tr("Exports contacts of a segment for a messaging tool and records the campaign. Prints the "
                       "exclusion funnel."));
    addSegmentOptions(p);
    p.addOptions({
        {QStringLiteral("json"), tr("JSON output.")},
        {QStringLiteral("segment"), tr("A saved segment (the other conditions add to it)."), QStringLiteral("NAME")},
        {QStringLiteral("headers"),
         tr("Column headers: zh (default: 手机号, 姓名, 昵称, …) or en (Mobile, Name, Nick, …), whatever the "
            "language."),
         QStringLiteral("zh|en")},
        {QStringLiteral("preset"), tr("sms|wechat|email (default sms)."), QStringLiteral("P")},
        {QStringLiteral("format"), tr("xlsx|csv|csv-gb18030 (default xlsx)."), QStringLiteral("F")},
        {QStringLiteral("template"), tr("SMS text with {name} {nick} {coupon} {last_item}."), QStringLiteral("T")},
        {QStringLiteral("coupon"), tr("Text for {coupon}."), QStringLiteral("C")},
        {QStringLiteral("control"), tr("Control group share 0..0.5 (default 0.1)."), QStringLiteral("SHARE")},
        {QStringLiteral("seed"), tr("Seed of the control draw (default: the send day)."), QStringLiteral("S")},
        {QStringLiteral("cost-per-message"), tr("Price of one message in yuan, e.g. 0.05."), QStringLiteral("YUAN")},
        {QStringLiteral("name"), tr("Campaign name."), QStringLiteral("NAME")},
        {QStringLiteral("out"), tr("File to write."), QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), tr("Print the funnel only; write nothing.")},
    });
    p.addStaffOption();
    if (const auto exit = p.parse())
        return *exit;
    ContactExportRequest r;
    r.staff = c.staff;
    r.today = AnalyticsService::today();
    if (!ContactExporter::parsePreset(p.value(QStringLiteral("preset")).isEmpty() ? QStringLiteral("sms")
                                                                                  : p.value(QStringLiteral("preset")),
                                      &r.preset)) {
        return c.usageError(tr("--preset is sms, wechat or email"));
    }
    if (!ContactFileWriter::parseFormat(p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("xlsx")
                                                                                    : p.value(QStringLiteral("format")),
                                        &r.format)) {
        return c.usageError(tr("--format is xlsx, csv or csv-gb18030"));
    }
    bool ok = true;
    r.controlShare = p.isSet(QStringLiteral("control")) ? p.value(QStringLiteral("control")).toDouble(&ok) : 0.1;
    if (!ok) {
        return c.usageError(tr("--control is a share such as 0.1"));
    }
    r.seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok)
                                             : std::uint64_t(r.today.toJulianDay());
    if (!ok) {
        return c.usageError(tr("--seed is a whole number"));
    }
    if (p.isSet(QStringLiteral("cost-per-message"))
        && !ContactExporter::parseCostPerMessage(p.value(QStringLiteral("cost-per-message")),
                                                 &r.costPerMessageCentifen)) {
        return c.usageError(tr("--cost-per-message is an amount in yuan such as 0.05"));
    }
    r.messageTemplate = p.value(QStringLiteral("template"));
    r.coupon = p.value(QStringLiteral("coupon"));
    r.campaignName = p.value(QStringLiteral("name"));
    r.outPath = p.value(QStringLiteral("out"));
    r.headerLanguage = p.isSet(QStringLiteral("headers")) ? p.value(QStringLiteral("headers")) : QStringLiteral("zh");
    if (r.headerLanguage != QLatin1String("zh") && r.headerLanguage != QLatin1String("en"))
        return c.usageError(tr("--headers is zh or en"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && r.outPath.isEmpty()) {
        return c.usageError(tr("--out FILE is required"));
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    QString error;
    Segment base;
    if (p.isSet(QStringLiteral("segment"))) {
        const auto saved = savedSegment(db, p.value(QStringLiteral("segment")), &error);
        if (!saved)
            return c.failure(error);
        base = *saved;
    }
    const Segment segment = segmentFromOptions(p, base);
    if (p.failed())
        return kExitUsage;
    QJsonObject definition = segment.toJson();
    if (p.isSet(QStringLiteral("segment")))
        definition.insert(QStringLiteral("name"), p.value(QStringLiteral("segment")));
    r.segmentDefinition = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    if (!audienceOf(db, segment, &r.audience, &error)) {
        return c.failure(error);
    }
    ContactExporter exporter(db);
    const auto summary = dryRun ? exporter.preview(r, &error) : exporter.run(r, &error);
    if (!summary) {
        return c.failure(error);
    }
    const ContactFunnelResult &f = summary->funnel;
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject();
        w.value(QStringLiteral("campaign_id"), summary->campaignId);
        w.beginObject(QStringLiteral("funnel"));
        w.value(QStringLiteral("audience"), f.audience);
        w.value(QStringLiteral("consent"), f.refusedConsent);
        w.value(QStringLiteral("open_issue"), f.openIssue);
        w.value(QStringLiteral("contacted_recently"), f.contactedRecently);
        w.value(QStringLiteral("no_contact"), f.noContact);
        w.value(QStringLiteral("duplicate"), f.duplicate);
        w.value(QStringLiteral("remaining"), f.remaining());
        w.value(QStringLiteral("control"), f.controlCount);
        w.value(QStringLiteral("treatment"), f.treatmentCount);
        w.endObject();
        w.value(QStringLiteral("exported"), summary->exported);
        w.value(QStringLiteral("billed_messages"), summary->billedMessages);
        w.money(QStringLiteral("cost"), summary->costFen);
        w.value(QStringLiteral("longest_message"), summary->longestMessage);
        w.value(QStringLiteral("over_segment_limit"), summary->overSegmentLimit);
        w.value(QStringLiteral("file"), dryRun ? QString() : r.outPath);
        w.endObject();
        c.out << w.text();
    } else {
        const std::pair<QString, qint64> rows[] = {
            {tr("customers in the segment"), f.audience},
            {tr("- consent refused"), f.refusedConsent},
            {tr("- open complaint, return or refund"), f.openIssue},
            {tr("- contacted recently"), f.contactedRecently},
            {tr("- no valid contact"), f.noContact},
            {tr("- duplicate contact"), f.duplicate},
            {tr("= remaining"), f.remaining()},
            {tr("  control group (held out)"), f.controlCount},
            {tr("  exported"), f.treatmentCount},
        };
        for (const auto &[label, n] : rows)
            c.out << QStringLiteral("%1 %2\n").arg(label, -36).arg(n);
        if (!dryRun)
            c.out << tr("campaign %1 -> %2 (cost %3)")
                         .arg(summary->campaignId)
                         .arg(r.outPath, money::text(summary->costFen))
                  << '\n';
    }
    return kExitOk;
}

int runCampaigns(CliContext &c)
{
    CommandParser p(c, tr("Lists the campaigns (every export is one)."));
    p.addOption({QStringLiteral("json"), tr("JSON output.")});
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    QString error;
    const auto list = OutreachStore(db).campaigns(&error);
    if (!error.isEmpty()) {
        return c.failure(error);
    }
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginArray();
        for (const CampaignRecord &r : list) {
            w.beginObject()
                .value(QStringLiteral("id"), r.id)
                .value(QStringLiteral("name"), r.name)
                .value(QStringLiteral("send_day"), r.sendDay.toString(Qt::ISODate))
                .value(QStringLiteral("channel"), r.channel)
                .value(QStringLiteral("staff"), r.staff)
                .value(QStringLiteral("treatment"), r.treatmentMembers)
                .value(QStringLiteral("control"), r.controlMembers)
                .money(QStringLiteral("cost"), r.costFen)
                .value(QStringLiteral("file"), r.fileName)
                .endObject();
        }
        w.endArray();
        c.out << w.text();
        return kExitOk;
    }
    for (const CampaignRecord &r : list)
        c.out << r.id << '\t' << r.sendDay.toString(Qt::ISODate) << '\t' << r.channel << '\t' << r.treatmentMembers
              << '+' << r.controlMembers << '\t' << r.staff << '\t' << r.name << '\n';
    return kExitOk;
}

int runCampaign(CliContext &c)
{
    CommandParser p(c, tr("Evaluates one campaign against its control group."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("Campaign id (see 'campaigns')."));
    p.addOptions({
        {QStringLiteral("window"), tr("Response window in days (default the shop's, 14)."), QStringLiteral("D")},
        {QStringLiteral("cost"), tr("Total cost in yuan (default the recorded cost)."), QStringLiteral("YUAN")},
        {QStringLiteral("as-of"), tr("Evaluation day (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), tr("JSON output.")},
    });
    if (const auto exit = p.parse())
        return *exit;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        return c.usageError(tr("give the campaign id"));
    }
    const int window = p.isSet(QStringLiteral("window")) ? p.value(QStringLiteral("window")).toInt(&ok) : 0;
    if (!ok || window < 0) {
        return c.usageError(tr("--window is a number of days"));
    }
    qint64 cost = -1;
    if (p.isSet(QStringLiteral("cost"))) {
        qint64 centifen = 0;
        if (!ContactExporter::parseCostPerMessage(p.value(QStringLiteral("cost")), &centifen)) {
            return c.usageError(tr("--cost is an amount in yuan"));
        }
        cost = (centifen + 50) / 100;
    }
    QDate asOf = AnalyticsService::today();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            return c.usageError(tr("--as-of must be YYYY-MM-DD"));
        }
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    QString error;
    const auto r = CampaignEvaluator(db).evaluate(id, asOf, window, cost, &error);
    if (!r) {
        return c.failure(error);
    }
    const CampaignEvaluation &e = r->evaluation;
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject();
        w.value(QStringLiteral("id"), r->campaign.id).value(QStringLiteral("name"), r->campaign.name);
        w.value(QStringLiteral("send_day"), r->campaign.sendDay.toString(Qt::ISODate));
        w.value(QStringLiteral("window_days"), r->windowDays);
        w.value(QStringLiteral("as_of"), asOf.toString(Qt::ISODate));
        w.value(QStringLiteral("provisional"), e.provisional);
        for (const auto &[key, g] :
             {std::pair{QStringLiteral("treatment"), e.treatment}, std::pair{QStringLiteral("control"), e.control}}) {
            w.beginObject(key);
            w.value(QStringLiteral("members"), g.members);
            w.value(QStringLiteral("converters"), g.converters);
            w.value(QStringLiteral("conversion_rate"), g.conversionRate());
            w.money(QStringLiteral("revenue"), g.revenueFen);
            w.money(QStringLiteral("revenue_per_member"), g.revenuePerMemberFen());
            w.endObject();
        }
        w.value(QStringLiteral("uplift"), e.uplift);
        w.value(QStringLiteral("p_value"), e.pValue);
        w.money(QStringLiteral("incremental_revenue"), e.incrementalRevenueFen);
        w.money(QStringLiteral("cost"), e.costFen);
        w.value(QStringLiteral("roi"), e.roi);
        w.endObject();
        c.out << w.text();
        return kExitOk;
    }
    c.out << tr("%1 (sent %2, window %3 days%4)")
                 .arg(r->campaign.name, r->campaign.sendDay.toString(Qt::ISODate))
                 .arg(r->windowDays)
                 .arg(e.provisional ? tr(", provisional") : QString())
          << '\n';
    c.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                 .arg(QString(), -10)
                 .arg(tr("members"), 9)
                 .arg(tr("converters"), 11)
                 .arg(tr("rate"), 8)
                 .arg(tr("revenue"), 12)
                 .arg(tr("per member"), 11);
    for (const auto &[label, g] : {std::pair{tr("treatment"), e.treatment}, std::pair{tr("control"), e.control}}) {
        c.out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(label, -10)
                     .arg(g.members, 9)
                     .arg(g.converters, 11)
                     .arg(rateText(g.conversionRate()), 8)
                     .arg(money::text(g.revenueFen), 12)
                     .arg(g.revenuePerMemberFen() ? money::text(*g.revenuePerMemberFen()) : QStringLiteral("-"), 11);
    }
    c.out << tr("uplift %1, p-value %2, incremental revenue %3, cost %4, ROI %5")
                 .arg(rateText(e.uplift), e.pValue ? QString::number(*e.pValue, 'g', 4) : QStringLiteral("-"),
                      e.incrementalRevenueFen ? money::text(*e.incrementalRevenueFen) : QStringLiteral("-"),
                      money::text(e.costFen), e.roi ? QString::number(*e.roi, 'f', 2) : QStringLiteral("-"))
          << '\n';
    return kExitOk;
}

int runConsent(CliContext &c)
{
    CommandParser p(c, tr("consent import FILE: sets every customer with a number of the opt-out list to refused."));
    p.addPositionalArgument(QStringLiteral("import"), tr("The action."));
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Numbers, one per line or a CSV column."));
    p.addOption({QStringLiteral("json"), tr("JSON output.")});
    p.addStaffOption();
    if (const auto exit = p.parse())
        return *exit;
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args[0] != QLatin1String("import")) {
        return c.usageError(tr("use: huitou-cli consent import FILE"));
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    OptOutResult r;
    QString error;
    if (!OptOutImporter(db).importFile(args[1], c.staff, &r, &error)) {
        return c.failure(error);
    }
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject()
            .value(QStringLiteral("lines"), r.lines)
            .value(QStringLiteral("numbers"), r.numbers)
            .value(QStringLiteral("matched_numbers"), r.matchedNumbers)
            .value(QStringLiteral("customers_refused"), r.customersRefused)
            .value(QStringLiteral("already_refused"), r.alreadyRefused);
        w.beginArray(QStringLiteral("junk_lines"));
        for (int line : r.junkLines)
            w.value(QString(), line);
        w.endArray().endObject();
        c.out << w.text();
    } else {
        c.out << tr("%1 numbers, %2 matched a customer; customers set to refused: %3 (already refused: %4)")
                     .arg(r.numbers)
                     .arg(r.matchedNumbers)
                     .arg(r.customersRefused)
                     .arg(r.alreadyRefused)
              << '\n';
        for (int line : r.junkLines)
            c.out << tr("line %1: not a mobile number").arg(line) << '\n';
    }
    return kExitOk;
}

} // namespace huitou::cli
