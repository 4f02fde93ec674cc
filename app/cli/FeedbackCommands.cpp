#include "FeedbackCommands.h"

#include "ActionTable.h"

#include "analytics/AnalyticsService.h"
#include "feedback/ReasonReports.h"
#include "feedback/ReviewClassifier.h"
#include "importing/ReviewImporter.h"
#include "storage/ReviewStore.h"
#include "storage/CustomerStore.h"
#include "storage/ReasonStore.h"
#include "storage/TaxonomyStore.h"

#include "CommandParser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::cli {

namespace {

int add(CliContext &c)
{
    CommandParser p(c, QStringLiteral("Logs a complaint, return or below-5-star review reason."));
    p.addStaffOption();
    p.addOptions({
        {QStringLiteral("customer"), QStringLiteral("Customer key."), QStringLiteral("KEY")},
        {QStringLiteral("kind"), QStringLiteral("complaint|return|review"), QStringLiteral("K")},
        {QStringLiteral("reason"), QStringLiteral("Reason code (see 'reasons taxonomy')."), QStringLiteral("CODE")},
        {QStringLiteral("order"), QStringLiteral("Order number (one of the customer's orders)."), QStringLiteral("ID")},
        {QStringLiteral("text"), QStringLiteral("What the customer said."), QStringLiteral("T")},
        {QStringLiteral("day"), QStringLiteral("Day of the entry (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
    });
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    ReasonEntry e;
    e.customerId = CustomerStore(db).idOf(p.value(QStringLiteral("customer")));
    if (!e.customerId) {
        c.err << "reasons add: customer: no customer \"" << p.value(QStringLiteral("customer")) << "\"\n";
        return 1;
    }
    e.kind = p.value(QStringLiteral("kind"));
    e.reasonCode = p.value(QStringLiteral("reason"));
    e.text = p.value(QStringLiteral("text"));
    e.loggedDay = p.isSet(QStringLiteral("day")) ? QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate)
                                                 : AnalyticsService::today();
    ReasonStore store(db);
    QString error;
    if (p.isSet(QStringLiteral("order"))) {
        e.orderId = store.orderOfCustomer(e.customerId, p.value(QStringLiteral("order")), &error);
        if (!e.orderId) {
            c.err << "reasons add: " << error << "\n";
            return 1;
        }
    }
    const qint64 id = store.add(e, c.staff, &error);
    if (!id) {
        c.err << "reasons add: " << error << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("staff"), c.staff}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    else
        c.out << "entry " << id << " logged by " << c.staff << "\n";
    return 0;
}

int resolve(CliContext &c)
{
    CommandParser p(c, QString());
    p.addOptions({{QStringLiteral("entry"), QStringLiteral("Entry id."), QStringLiteral("ID")},
                  {QStringLiteral("resolution"), QStringLiteral("How it was resolved."), QStringLiteral("T")},
                  {QStringLiteral("day"), QStringLiteral("Day (default today)."), QStringLiteral("YYYY-MM-DD")}});
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    const QDate day = p.isSet(QStringLiteral("day")) ? QDate::fromString(p.value(QStringLiteral("day")), Qt::ISODate)
                                                     : AnalyticsService::today();
    if (!ReasonStore(db).resolve(p.value(QStringLiteral("entry")).toLongLong(), p.value(QStringLiteral("resolution")),
                                 day, c.staff, &error)) {
        c.err << "reasons resolve: " << error << "\n";
        return 1;
    }
    return 0;
}

int top(CliContext &c)
{
    CommandParser p(c, QStringLiteral("Top 5 reasons of a month, with the month before beside it."));
    p.addStaffOption();
    p.addOptions({{QStringLiteral("month"), QStringLiteral("The month."), QStringLiteral("YYYY-MM")},
                  {QStringLiteral("kind"), QStringLiteral("complaint|return|review (default: all three)."),
                   QStringLiteral("K")},
                  {QStringLiteral("json"), QStringLiteral("JSON output.")}});
    if (const auto exit = p.parse())
        return *exit;
    const QDate month = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid()) {
        c.err << "reasons top: --month YYYY-MM is required\n";
        return 2;
    }
    QStringList kinds{QStringLiteral("complaint"), QStringLiteral("return"), QStringLiteral("review")};
    if (p.isSet(QStringLiteral("kind"))) {
        if (!ReasonStore::validKind(p.value(QStringLiteral("kind")))) {
            c.err << "reasons top: kind: must be complaint, return or review\n";
            return 2;
        }
        kinds = {p.value(QStringLiteral("kind"))};
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    QJsonObject json;
    for (const QString &kind : kinds) {
        const TopReasons t = ReasonReports::top(db, kind, month);
        QJsonArray rows;
        if (!p.isSet(QStringLiteral("json")))
            c.out << ReasonReports::kindName(kind) << " " << t.month << ": " << t.total << " (" << t.lastMonthTotal
                  << " the month before)\n";
        for (const ReasonCount &r : t.rows) {
            rows.append(QJsonObject{{QStringLiteral("reason"), r.code},
                                    {QStringLiteral("name"), taxonomy.displayName(r.code)},
                                    {QStringLiteral("count"), r.count},
                                    {QStringLiteral("last_month"), r.lastMonth}});
            if (!p.isSet(QStringLiteral("json")))
                c.out << "  " << r.count << "\t" << r.lastMonth << "\t" << r.code << "\t" << taxonomy.displayName(r.code)
                      << "\n";
        }
        json.insert(kind, QJsonObject{{QStringLiteral("month"), t.month},
                                      {QStringLiteral("total"), t.total},
                                      {QStringLiteral("last_month_total"), t.lastMonthTotal},
                                      {QStringLiteral("top"), rows}});
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

int taxonomy(CliContext &c)
{
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    const Taxonomy t = TaxonomyStore(db).load();
    for (const Reason &r : t.reasons)
        c.out << r.category << "\t" << r.code << "\t" << r.nameZh << "\t" << r.nameEn << "\t"
              << r.keywords.join(QLatin1Char(' ')) << (r.mergedInto.isEmpty() ? QString() : QStringLiteral("\t→ ") + r.mergedInto)
              << "\n";
    return 0;
}

int importReviews(CliContext &c)
{
    CommandParser p(c, QStringLiteral("Imports reviews (order id, rating 1-5, text, time); below-5-star reviews get "
                                      "suggested reasons to confirm."));
    p.addStaffOption();
    p.addOptions({
        {QStringLiteral("map"), QStringLiteral("order=COL,rating=COL,text=COL[,time=COL]"), QStringLiteral("SPEC")},
        {QStringLiteral("mapping"), QStringLiteral("A saved review mapping."), QStringLiteral("NAME")},
        {QStringLiteral("save-mapping"), QStringLiteral("Save --map under NAME."), QStringLiteral("NAME")},
        {QStringLiteral("json"), QStringLiteral("JSON output.")},
    });
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Reviews CSV."), QStringLiteral("FILE..."));
    if (const auto exit = p.parse())
        return *exit;
    if (p.positionalArguments().isEmpty())
        return c.usageError(QStringLiteral("reviews import: name a FILE."));
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    ReviewStore store(db);
    ReviewMapping mapping;
    QString error;
    if (p.isSet(QStringLiteral("map"))) {
        mapping = ReviewMapping::fromSpec(p.value(QStringLiteral("map")), &error);
        if (!error.isEmpty())
            return c.usageError(error);
        if (p.isSet(QStringLiteral("save-mapping"))
            && !store.saveMapping(p.value(QStringLiteral("save-mapping")), mapping.toJson(), &error))
            return c.failure(error);
    } else if (p.isSet(QStringLiteral("mapping"))) {
        const auto saved = store.loadMapping(p.value(QStringLiteral("mapping")));
        if (!saved)
            return c.usageError(QStringLiteral("no review mapping \"%1\".").arg(p.value(QStringLiteral("mapping"))));
        mapping = ReviewMapping::fromJson(*saved);
    } else {
        return c.usageError(QStringLiteral("reviews import needs --map or --mapping."));
    }
    QJsonArray files;
    int status = 0;
    for (const QString &path : p.positionalArguments()) {
        const ReviewImportResult r = ReviewImporter(db, mapping, c.staff, AnalyticsService::today()).importFile(path);
        QJsonArray rejected;
        for (const ReviewRejectedRow &row : r.rejected)
            rejected.append(QJsonObject{{QStringLiteral("line"), row.line}, {QStringLiteral("reason"), row.reason}});
        files.append(QJsonObject{{QStringLiteral("file"), path},
                                 {QStringLiteral("error"), r.error},
                                 {QStringLiteral("read"), r.read},
                                 {QStringLiteral("inserted"), r.inserted},
                                 {QStringLiteral("unchanged"), r.unchanged},
                                 {QStringLiteral("unmatched"), r.unmatched},
                                 {QStringLiteral("suggested"), r.suggested},
                                 {QStringLiteral("rejected"), rejected}});
        if (!r.ok()) {
            c.err << path << ": " << r.error << "\n";
            status = 1;
            continue;
        }
        if (!p.isSet(QStringLiteral("json"))) {
            c.out << path << ": " << r.read << " rows read, " << r.inserted << " inserted, " << r.unchanged
                  << " unchanged, " << r.unmatched << " without a known order, " << r.rejected.size()
                  << " rejected, " << r.suggested << " reasons to confirm\n";
            for (const ReviewRejectedRow &row : r.rejected)
                c.out << "  line " << row.line << ": " << row.reason << "\n";
        }
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(files).toJson(QJsonDocument::Indented);
    return status;
}

} // namespace

int runReviews(CliContext &c)
{
    static const Action actions[] = {
        {"import", QT_TRANSLATE_NOOP("huitou::cli", "import reviews: FILE... --map order=COL,rating=COL,text=COL[,time=COL]"),
         importReviews},
    };
    return runAction(c, tr("Reviews; below-5-star ones get reasons to confirm."), actions);
}

int runReasons(CliContext &c)
{
    static const Action actions[] = {
        {"add", QT_TRANSLATE_NOOP("huitou::cli", "log a complaint, return or review reason"), add},
        {"resolve", QT_TRANSLATE_NOOP("huitou::cli", "resolve an open complaint or return"), resolve},
        {"top", QT_TRANSLATE_NOOP("huitou::cli", "Top 5 reasons of a month"), top},
        {"taxonomy", QT_TRANSLATE_NOOP("huitou::cli", "the reason codes"), taxonomy},
    };
    return runAction(c, tr("Complaint, return and review reasons."), actions);
}

int runClassify(CliContext &c)
{
    CommandParser p(c, QStringLiteral("Suggests reason codes for review texts (the taxonomy's keywords)."));
    p.addStaffOption();
    p.addOption({QStringLiteral("json"), QStringLiteral("JSON output.")});
    p.addPositionalArgument(QStringLiteral("TEXT"), QStringLiteral("Review texts."), QStringLiteral("TEXT..."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    const ReviewClassifier classifier(TaxonomyStore(db).load());
    QJsonArray out;
    for (const QString &text : p.positionalArguments()) {
        const QStringList codes = classifier.classify(text);
        out.append(QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("reasons"), QJsonArray::fromStringList(codes)}});
        if (!p.isSet(QStringLiteral("json")))
            c.out << codes.join(QLatin1Char(',')) << "\t" << text << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace huitou::cli
