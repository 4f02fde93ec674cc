#include "FeedbackCommands.h"

#include "ActionTable.h"

#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "feedback/ProductFeedback.h"
#include "feedback/ReasonReports.h"
#include "feedback/ReviewClassifier.h"
#include "importing/ReviewImporter.h"
#include "storage/CustomerStore.h"
#include "storage/ReasonStore.h"
#include "storage/ReviewStore.h"
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
    CommandParser p(c, tr("Logs a complaint, return or below-5-star review reason."));
    p.addStaffOption();
    p.addOptions({
        {QStringLiteral("customer"), tr("Customer key."), QStringLiteral("KEY")},
        {QStringLiteral("kind"), tr("complaint|return|review"), QStringLiteral("K")},
        {QStringLiteral("reason"), tr("Reason code (see 'reasons taxonomy')."), QStringLiteral("CODE")},
        {QStringLiteral("order"), tr("Order number (one of the customer's orders)."), QStringLiteral("ID")},
        {QStringLiteral("text"), tr("What the customer said."), QStringLiteral("T")},
        {QStringLiteral("day"), tr("Day of the entry (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), tr("JSON output.")},
    });
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    ReasonEntry e;
    e.customerId = CustomerStore(db).idOf(p.value(QStringLiteral("customer")));
    if (!e.customerId) {
        c.err << tr("reasons add: customer: no customer \"%1\"").arg(p.value(QStringLiteral("customer"))) << "\n";
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
        c.out << tr("entry %1 logged by %2").arg(id).arg(c.staff) << "\n";
    return 0;
}

int resolve(CliContext &c)
{
    CommandParser p(c, QString());
    p.addOptions({{QStringLiteral("entry"), tr("Entry id."), QStringLiteral("ID")},
                  {QStringLiteral("resolution"), tr("How it was resolved."), QStringLiteral("T")},
                  {QStringLiteral("day"), tr("Day (default today)."), QStringLiteral("YYYY-MM-DD")}});
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
    CommandParser p(c, tr("Top 5 reasons of a month, with the month before beside it."));
    p.addStaffOption();
    p.addOptions({{QStringLiteral("month"), tr("The month."), QStringLiteral("YYYY-MM")},
                  {QStringLiteral("kind"), tr("complaint|return|review (default: all three)."), QStringLiteral("K")},
                  {QStringLiteral("json"), tr("JSON output.")}});
    if (const auto exit = p.parse())
        return *exit;
    const QDate month = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid()) {
        c.err << tr("reasons top: --month YYYY-MM is required") << "\n";
        return 2;
    }
    QStringList kinds{QStringLiteral("complaint"), QStringLiteral("return"), QStringLiteral("review")};
    if (p.isSet(QStringLiteral("kind"))) {
        if (!ReasonStore::validKind(p.value(QStringLiteral("kind")))) {
            c.err << tr("reasons top: kind: must be complaint, return or review") << "\n";
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
            c.out << tr("%1 %2: %3 (%4 the month before)")
                         .arg(ReasonReports::kindName(kind), t.month)
                         .arg(t.total)
                         .arg(t.lastMonthTotal)
                  << "\n";
        for (const ReasonCount &r : t.rows) {
            rows.append(QJsonObject{{QStringLiteral("reason"), r.code},
                                    {QStringLiteral("name"), taxonomy.displayName(r.code)},
                                    {QStringLiteral("count"), r.count},
                                    {QStringLiteral("last_month"), r.lastMonth}});
            if (!p.isSet(QStringLiteral("json")))
                c.out << "  " << r.count << "\t" << r.lastMonth << "\t" << r.code << "\t"
                      << taxonomy.displayName(r.code) << "\n";
        }
        json.insert(kind,
                    QJsonObject{{QStringLiteral("month"), t.month},
                                {QStringLiteral("total"), t.total},
                                {QStringLiteral("last_month_total"), t.lastMonthTotal},
                                {QStringLiteral("top"), rows}});
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    return 0;
}

int products(CliContext &c)
{
    CommandParser p(c,
                    tr("Product feedback of a month (or a period): buyers, units, refunded lines, returns, "
                       "complaints, mean rating and top reasons per product (商家编码, else title)."));
    p.addStaffOption();
    p.addOptions(
        {{QStringLiteral("month"), tr("The month."), QStringLiteral("YYYY-MM")},
         {QStringLiteral("from"), tr("First day of the period (instead of --month)."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("to"), tr("Last day of the period (instead of --month)."), QStringLiteral("YYYY-MM-DD")},
         {QStringLiteral("json"), tr("JSON output.")}});
    if (const auto exit = p.parse())
        return *exit;
    QDate from, to;
    if (p.isSet(QStringLiteral("month"))) {
        from = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
        to = from.addMonths(1).addDays(-1);
        if (!from.isValid())
            return c.usageError(tr("--month must be YYYY-MM."));
    } else {
        from = QDate::fromString(p.value(QStringLiteral("from")), Qt::ISODate);
        to = QDate::fromString(p.value(QStringLiteral("to")), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return c.usageError(tr("give --month YYYY-MM, or --from and --to as YYYY-MM-DD."));
        if (to < from)
            return c.usageError(tr("--to is before --from."));
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    QString error;
    const ProductFeedbackResult r = ProductFeedback::compute(db, from, to, &error);
    if (!error.isEmpty())
        return c.failure(error);
    if (!p.isSet(QStringLiteral("json"))) {
        const ReportTable t = ProductFeedback::table(taxonomy, r);
        c.out << t.note << "\n";
        c.out << tr("Product") << "\t" << t.columns.join(QLatin1Char('\t')) << "\n";
        for (int row = 0; row < int(t.cells.size()); ++row) {
            QStringList cells{t.rowLabels.value(row)};
            for (int col = 0; col < t.columns.size(); ++col)
                cells << t.displayText(row, col);
            c.out << cells.join(QLatin1Char('\t')) << "\n";
        }
        return 0;
    }
    // The one JSON style of the CLI: keys in this order, nulls where there is no figure.
    JsonWriter json;
    json.beginObject()
        .value(QStringLiteral("from"), from.toString(Qt::ISODate))
        .value(QStringLiteral("to"), to.toString(Qt::ISODate))
        .value(QStringLiteral("refund_data"), r.refundData)
        .beginArray(QStringLiteral("products"));
    for (const ProductFeedbackRow &row : r.rows) {
        json.beginObject()
            .value(QStringLiteral("key"), row.key)
            .value(QStringLiteral("code"), row.code)
            .value(QStringLiteral("title"), row.title)
            .value(QStringLiteral("buyers"), row.buyers)
            .value(QStringLiteral("units"), row.units);
        if (row.refundedLines)
            json.value(QStringLiteral("refunded_lines"), *row.refundedLines);
        else
            json.null(QStringLiteral("refunded_lines"));
        json.value(QStringLiteral("returns"), row.returns)
            .value(QStringLiteral("complaints"), row.complaints)
            .value(QStringLiteral("reviews"), row.reviews)
            .value(QStringLiteral("mean_rating"), row.meanRating)
            .beginArray(QStringLiteral("top_reasons"));
        for (const ReasonCount &reason : row.topReasons)
            json.beginObject()
                .value(QStringLiteral("reason"), reason.code)
                .value(QStringLiteral("name"), taxonomy.displayName(reason.code))
                .value(QStringLiteral("count"), reason.count)
                .endObject();
        json.endArray().endObject();
    }
    json.endArray().endObject();
    c.printJson(json);
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
              << r.keywords.join(QLatin1Char(' '))
              << (r.mergedInto.isEmpty() ? QString() : QStringLiteral("\t→ ") + r.mergedInto) << "\n";
    return 0;
}

int importReviews(CliContext &c)
{
    CommandParser p(c,
                    tr("Imports reviews (order id, rating 1-5, text, time); below-5-star reviews get "
                       "suggested reasons to confirm."));
    p.addStaffOption();
    p.addOptions({
        {QStringLiteral("map"), QStringLiteral("order=COL,rating=COL,text=COL[,time=COL]"), QStringLiteral("SPEC")},
        {QStringLiteral("mapping"), tr("A saved review mapping."), QStringLiteral("NAME")},
        {QStringLiteral("save-mapping"), tr("Save --map under NAME."), QStringLiteral("NAME")},
        {QStringLiteral("json"), tr("JSON output.")},
    });
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Reviews CSV."), QStringLiteral("FILE..."));
    if (const auto exit = p.parse())
        return *exit;
    if (p.positionalArguments().isEmpty())
        return c.usageError(tr("reviews import: name a FILE."));
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
            return c.usageError(tr("no review mapping \"%1\".").arg(p.value(QStringLiteral("mapping"))));
        mapping = ReviewMapping::fromJson(*saved);
    } else {
        return c.usageError(tr("reviews import needs --map or --mapping."));
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
            c.out << tr("%1: %2 rows read, %3 inserted, %4 unchanged, %5 without a known order, %6 rejected, "
                        "%7 reasons to confirm")
                         .arg(path)
                         .arg(r.read)
                         .arg(r.inserted)
                         .arg(r.unchanged)
                         .arg(r.unmatched)
                         .arg(r.rejected.size())
                         .arg(r.suggested)
                  << "\n";
            for (const ReviewRejectedRow &row : r.rejected)
                c.out << tr("  line %1: %2").arg(row.line).arg(row.reason) << "\n";
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
        {"import",
         QT_TRANSLATE_NOOP("huitou::cli", "import reviews: FILE... --map order=COL,rating=COL,text=COL[,time=COL]"),
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
        {"products", QT_TRANSLATE_NOOP("huitou::cli", "product feedback of a month: returns, complaints, ratings"),
         products},
        {"taxonomy", QT_TRANSLATE_NOOP("huitou::cli", "the reason codes"), taxonomy},
    };
    return runAction(c, tr("Complaint, return and review reasons."), actions);
}

int runClassify(CliContext &c)
{
    CommandParser p(c, tr("Suggests reason codes for review texts (the taxonomy's keywords)."));
    p.addStaffOption();
    p.addOption({QStringLiteral("json"), tr("JSON output.")});
    p.addPositionalArgument(QStringLiteral("TEXT"), tr("Review texts."), QStringLiteral("TEXT..."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    const ReviewClassifier classifier(TaxonomyStore(db).load());
    QJsonArray out;
    for (const QString &text : p.positionalArguments()) {
        const QStringList codes = classifier.classify(text);
        out.append(QJsonObject{{QStringLiteral("text"), text},
                               {QStringLiteral("reasons"), QJsonArray::fromStringList(codes)}});
        if (!p.isSet(QStringLiteral("json")))
            c.out << codes.join(QLatin1Char(',')) << "\t" << text << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace huitou::cli
