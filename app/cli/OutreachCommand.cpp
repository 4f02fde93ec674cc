#include "OutreachCommand.h"

#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "analytics/Money.h"
#include "outreach/AudienceQuery.h"
#include "outreach/CampaignEvaluator.h"
#include "outreach/ContactExporter.h"
#include "outreach/OptOutImporter.h"
#include "storage/OutreachStore.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::cli {

namespace {

void addFilterOptions(QCommandLineParser &p)
{
    p.addOptions({
        {QStringLiteral("stage"), QStringLiteral("active|silent|sleeping|lost"), QStringLiteral("S")},
        {QStringLiteral("type"), QStringLiteral("new|returning"), QStringLiteral("T")},
        {QStringLiteral("tier"), QStringLiteral("regular|senior|vip|supreme_vip"), QStringLiteral("T")},
        {QStringLiteral("rfm"), QStringLiteral("RFM segment, e.g. important_value"), QStringLiteral("SEG")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
    });
}

QJsonObject definitionOf(const QCommandLineParser &p)
{
    QJsonObject o;
    auto put = [&](const char *option, const char *key) {
        if (p.isSet(QString::fromLatin1(option)))
            o.insert(QString::fromLatin1(key), p.value(QString::fromLatin1(option)));
    };
    put("stage", "stage");
    put("type", "type");
    put("tier", "tier");
    put("rfm", "rfm_segment");
    return o;
}

// The audience of a segment definition, with the stored figures current for today.
bool audienceOf(QSqlDatabase db, const QJsonObject &definition, std::vector<qint64> *ids, QString *error)
{
    if (!AnalyticsService(db).ensureCurrent(AnalyticsService::today(), error))
        return false;
    return AudienceQuery(db).ids(definition, ids, error);
}

QString rateText(std::optional<double> v)
{
    return v ? QString::number(*v * 100.0, 'f', 2) + QLatin1Char('%') : QStringLiteral("-");
}

} // namespace

int runSegment(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Counts a segment of customers; --save stores it by name."));
    p.addHelpOption();
    addFilterOptions(p);
    p.addOptions({
        {QStringLiteral("save"), QStringLiteral("Save the segment under NAME."), QStringLiteral("NAME")},
        {QStringLiteral("count"), QStringLiteral("Print only the count.")},
        {QStringLiteral("list"), QStringLiteral("List the saved segments.")},
    });
    p.process(c.arguments);
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    OutreachStore store(db);
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
        return 0;
    }
    const QJsonObject definition = definitionOf(p);
    std::vector<qint64> ids;
    if (!audienceOf(db, definition, &ids, &error)) {
        c.err << error << '\n';
        return 1;
    }
    const QString definitionText = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    if (p.isSet(QStringLiteral("save"))) {
        const QString name = p.value(QStringLiteral("save")).trimmed();
        if (name.isEmpty() || !store.saveSegment({name, definitionText, c.staff, {}}, &error)) {
            c.err << "segment: cannot save: " << (name.isEmpty() ? QStringLiteral("empty name") : error) << '\n';
            return 1;
        }
    }
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject().value(QStringLiteral("definition"), definitionText).value(QStringLiteral("count"), qint64(ids.size()));
        if (p.isSet(QStringLiteral("save")))
            w.value(QStringLiteral("saved_as"), p.value(QStringLiteral("save")).trimmed());
        w.endObject();
        c.out << w.text();
    } else {
        c.out << ids.size() << '\n';
    }
    return 0;
}

int runExport(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Exports contacts of a segment for a messaging tool and records the campaign. Prints the exclusion funnel."));
    p.addHelpOption();
    addFilterOptions(p);
    p.addOptions({
        {QStringLiteral("segment"), QStringLiteral("A saved segment."), QStringLiteral("NAME")},
        {QStringLiteral("preset"), QStringLiteral("sms|wechat|email (default sms)."), QStringLiteral("P")},
        {QStringLiteral("format"), QStringLiteral("xlsx|csv|csv-gb18030 (default xlsx)."), QStringLiteral("F")},
        {QStringLiteral("template"), QStringLiteral("SMS text with {name} {nick} {coupon} {last_item}."),
         QStringLiteral("T")},
        {QStringLiteral("coupon"), QStringLiteral("Text for {coupon}."), QStringLiteral("C")},
        {QStringLiteral("control"), QStringLiteral("Control group share 0..0.5 (default 0.1)."), QStringLiteral("SHARE")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the control draw (default: the send day)."), QStringLiteral("S")},
        {QStringLiteral("cost-per-message"), QStringLiteral("Price of one message in yuan, e.g. 0.05."),
         QStringLiteral("YUAN")},
        {QStringLiteral("name"), QStringLiteral("Campaign name."), QStringLiteral("NAME")},
        {QStringLiteral("out"), QStringLiteral("File to write."), QStringLiteral("FILE")},
        {QStringLiteral("dry-run"), QStringLiteral("Print the funnel only; write nothing.")},
    });
    p.process(c.arguments);
    ContactExportRequest r;
    r.staff = c.staff;
    r.today = AnalyticsService::today();
    if (!ContactExporter::parsePreset(p.value(QStringLiteral("preset")).isEmpty() ? QStringLiteral("sms")
                                                                                   : p.value(QStringLiteral("preset")),
                                      &r.preset)) {
        c.err << "export: --preset is sms, wechat or email\n";
        return 2;
    }
    if (!ContactFileWriter::parseFormat(p.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("xlsx")
                                                                                     : p.value(QStringLiteral("format")),
                                        &r.format)) {
        c.err << "export: --format is xlsx, csv or csv-gb18030\n";
        return 2;
    }
    bool ok = true;
    r.controlShare = p.isSet(QStringLiteral("control")) ? p.value(QStringLiteral("control")).toDouble(&ok) : 0.1;
    if (!ok) {
        c.err << "export: --control is a share such as 0.1\n";
        return 2;
    }
    r.seed = p.isSet(QStringLiteral("seed")) ? p.value(QStringLiteral("seed")).toULongLong(&ok)
                                              : std::uint64_t(r.today.toJulianDay());
    if (!ok) {
        c.err << "export: --seed is a whole number\n";
        return 2;
    }
    if (p.isSet(QStringLiteral("cost-per-message"))
        && !ContactExporter::parseCostPerMessage(p.value(QStringLiteral("cost-per-message")), &r.costPerMessageCentifen)) {
        c.err << "export: --cost-per-message is an amount in yuan such as 0.05\n";
        return 2;
    }
    r.messageTemplate = p.value(QStringLiteral("template"));
    r.coupon = p.value(QStringLiteral("coupon"));
    r.campaignName = p.value(QStringLiteral("name"));
    r.outPath = p.value(QStringLiteral("out"));
    const bool dryRun = p.isSet(QStringLiteral("dry-run"));
    if (!dryRun && r.outPath.isEmpty()) {
        c.err << "export: --out FILE is required\n";
        return 2;
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    QJsonObject definition = definitionOf(p);
    if (p.isSet(QStringLiteral("segment"))) {
        const auto saved = OutreachStore(db).savedSegment(p.value(QStringLiteral("segment")));
        if (!saved) {
            c.err << "export: no saved segment named " << p.value(QStringLiteral("segment")) << '\n';
            return 1;
        }
        definition = QJsonDocument::fromJson(saved->definition.toUtf8()).object();
        definition.insert(QStringLiteral("name"), saved->name);
    }
    r.segmentDefinition = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    if (!audienceOf(db, definition, &r.audience, &error)) {
        c.err << error << '\n';
        return 1;
    }
    ContactExporter exporter(db);
    const auto summary = dryRun ? exporter.preview(r, &error) : exporter.run(r, &error);
    if (!summary) {
        c.err << "export: " << error << '\n';
        return 1;
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
        w.value(QStringLiteral("control"), qint64(f.control.size()));
        w.value(QStringLiteral("treatment"), qint64(f.treatment.size()));
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
        c.out << "audience            " << f.audience << '\n'
              << "- consent           " << f.refusedConsent << '\n'
              << "- open issue        " << f.openIssue << '\n'
              << "- contacted         " << f.contactedRecently << '\n'
              << "- no valid contact  " << f.noContact << '\n'
              << "- duplicate         " << f.duplicate << '\n'
              << "= remaining         " << f.remaining() << '\n'
              << "  control group     " << f.control.size() << '\n'
              << "  exported          " << f.treatment.size() << '\n';
        if (!dryRun)
            c.out << "campaign " << summary->campaignId << " -> " << r.outPath << " (cost "
                  << money::text(summary->costFen) << ")\n";
    }
    return 0;
}

int runCampaigns(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists the campaigns (every export is one)."));
    p.addHelpOption();
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.process(c.arguments);
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    const auto list = OutreachStore(db).campaigns(&error);
    if (!error.isEmpty()) {
        c.err << error << '\n';
        return 1;
    }
    const QDate today = AnalyticsService::today();
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
        return 0;
    }
    for (const CampaignRecord &r : list)
        c.out << r.id << '\t' << r.sendDay.toString(Qt::ISODate) << '\t' << r.channel << '\t' << r.treatmentMembers
              << '+' << r.controlMembers << '\t' << r.staff << '\t' << r.name << '\n';
    Q_UNUSED(today);
    return 0;
}

int runCampaign(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Evaluates one campaign against its control group."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Campaign id (see 'campaigns')."));
    p.addOptions({
        {QStringLiteral("window"), QStringLiteral("Response window in days (default the shop's, 14)."),
         QStringLiteral("D")},
        {QStringLiteral("cost"), QStringLiteral("Total cost in yuan (default the recorded cost)."), QStringLiteral("YUAN")},
        {QStringLiteral("as-of"), QStringLiteral("Evaluation day (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
    });
    p.process(c.arguments);
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok) {
        c.err << "campaign: give the campaign id\n";
        return 2;
    }
    const int window = p.isSet(QStringLiteral("window")) ? p.value(QStringLiteral("window")).toInt(&ok) : 0;
    if (!ok || window < 0) {
        c.err << "campaign: --window is a number of days\n";
        return 2;
    }
    qint64 cost = -1;
    if (p.isSet(QStringLiteral("cost"))) {
        qint64 centifen = 0;
        if (!ContactExporter::parseCostPerMessage(p.value(QStringLiteral("cost")), &centifen)) {
            c.err << "campaign: --cost is an amount in yuan\n";
            return 2;
        }
        cost = (centifen + 50) / 100;
    }
    QDate asOf = AnalyticsService::today();
    if (p.isSet(QStringLiteral("as-of"))) {
        asOf = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!asOf.isValid()) {
            c.err << "campaign: --as-of must be YYYY-MM-DD\n";
            return 2;
        }
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    const auto r = CampaignEvaluator(db).evaluate(id, asOf, window, cost, &error);
    if (!r) {
        c.err << "campaign: " << error << '\n';
        return 1;
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
        for (const auto &[key, g] : {std::pair{QStringLiteral("treatment"), e.treatment},
                                     std::pair{QStringLiteral("control"), e.control}}) {
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
        return 0;
    }
    c.out << r->campaign.name << " (" << r->campaign.sendDay.toString(Qt::ISODate) << ", " << r->windowDays
          << " days" << (e.provisional ? ", provisional" : "") << ")\n";
    c.out << "             members  converters  rate     revenue  per member\n";
    for (const auto &[label, g] : {std::pair{"treatment", e.treatment}, std::pair{"control  ", e.control}}) {
        c.out << label << "  " << g.members << "  " << g.converters << "  " << rateText(g.conversionRate()) << "  "
              << money::text(g.revenueFen) << "  "
              << (g.revenuePerMemberFen() ? money::text(*g.revenuePerMemberFen()) : QStringLiteral("-")) << '\n';
    }
    c.out << "uplift " << rateText(e.uplift) << ", p-value "
          << (e.pValue ? QString::number(*e.pValue, 'g', 4) : QStringLiteral("-")) << ", incremental revenue "
          << (e.incrementalRevenueFen ? money::text(*e.incrementalRevenueFen) : QStringLiteral("-")) << ", cost "
          << money::text(e.costFen) << ", ROI " << (e.roi ? QString::number(*e.roi, 'f', 2) : QStringLiteral("-"))
          << '\n';
    return 0;
}

int runConsent(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("consent import FILE: sets every customer with a number of the opt-out list to refused."));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("import"), QStringLiteral("The action."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Numbers, one per line or a CSV column."));
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.process(c.arguments);
    const QStringList args = p.positionalArguments();
    if (args.size() != 2 || args[0] != QLatin1String("import")) {
        c.err << "usage: huitou-cli consent import FILE\n";
        return 2;
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    OptOutResult r;
    QString error;
    if (!OptOutImporter(db).importFile(args[1], c.staff, &r, &error)) {
        c.err << "consent: " << error << '\n';
        return 1;
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
        c.out << r.numbers << " numbers, " << r.matchedNumbers << " matched a customer; " << r.customersRefused
              << " customers set to refused (" << r.alreadyRefused << " already were)\n";
        for (int line : r.junkLines)
            c.out << "line " << line << ": not a mobile number\n";
    }
    return 0;
}

} // namespace huitou::cli
