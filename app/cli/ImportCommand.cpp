#include "ImportCommand.h"

#include "analytics/AnalyticsService.h"
#include "importing/OrderImporter.h"
#include "storage/ImportHistory.h"
#include "storage/MappingStore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>

namespace huitou::cli {

namespace {

QJsonObject toJson(const ImportResult &r)
{
    QJsonArray rejects;
    for (const RejectedRow &row : r.rejects)
        rejects.append(QJsonObject{{QStringLiteral("line"), row.line},
                                   {QStringLiteral("record"), row.record},
                                   {QStringLiteral("reason"), row.reason}});
    QJsonArray duplicates;
    for (const DuplicateRow &row : r.duplicates)
        duplicates.append(QJsonObject{{QStringLiteral("line"), row.line},
                                      {QStringLiteral("first_line"), row.firstLine},
                                      {QStringLiteral("order"), row.orderNo},
                                      {QStringLiteral("identical"), row.identical}});
    QJsonObject json{{QStringLiteral("file"), r.fileName},
                     {QStringLiteral("format"), r.format},
                     {QStringLiteral("encoding"), r.encoding},
                     {QStringLiteral("import_id"), r.importId},
                     {QStringLiteral("rows_read"), r.counts.rowsRead},
                     {QStringLiteral("inserted"), r.counts.inserted},
                     {QStringLiteral("updated"), r.counts.updated},
                     {QStringLiteral("unchanged"), r.counts.unchanged},
                     {QStringLiteral("rejected"), r.counts.rejected},
                     {QStringLiteral("duplicates"), r.counts.duplicates},
                     {QStringLiteral("bad_encoding_rows"), r.badEncodingRows},
                     {QStringLiteral("backup"), r.backupId},
                     {QStringLiteral("rejects"), rejects},
                     {QStringLiteral("duplicate_rows"), duplicates}};
    if (!r.ok())
        json.insert(QStringLiteral("error"), r.error);
    return json;
}

void printText(QTextStream &out, const ImportResult &r)
{
    if (!r.ok()) {
        out << r.fileName << ": " << r.error << "\n";
        return;
    }
    out << r.fileName << " (" << r.format << ", " << r.encoding << "): " << r.counts.rowsRead << " rows read, "
        << r.counts.inserted << " inserted, " << r.counts.updated << " updated, " << r.counts.unchanged
        << " unchanged, " << r.counts.rejected << " rejected, " << r.counts.duplicates << " duplicates\n";
    if (r.badEncodingRows > 0)
        out << "  " << r.badEncodingRows << " lines have bytes that are not valid " << r.encoding
            << "; they were rejected (the bad bytes show as \uFFFD below)\n";
    for (const RejectedRow &row : r.rejects)
        out << "  line " << row.line << " (record " << row.record << "): " << row.reason << "\n";
    for (const DuplicateRow &row : r.duplicates)
        out << "  line " << row.line << ": order " << row.orderNo << " repeats line " << row.firstLine
            << (row.identical ? " (identical)" : " (different values; this later row was kept)") << "\n";
    if (!r.backupId.isEmpty())
        out << "  backup " << r.backupId << " holds the store as it was before\n";
}

} // namespace

int runImport(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Imports order exports. Re-importing never duplicates."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("format"), QStringLiteral("taobao-orders|taobao-items|shopify|generic (default: detect)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("mapping"), QStringLiteral("Use the saved generic column mapping NAME."), QStringLiteral("NAME")},
        {QStringLiteral("map"), QStringLiteral("Generic mapping: customer=COL,order=COL,time=COL,amount=COL[,…]."),
         QStringLiteral("SPEC")},
        {QStringLiteral("save-mapping"), QStringLiteral("Save --map as NAME."), QStringLiteral("NAME")},
        {QStringLiteral("json"), QStringLiteral("Print the result as JSON.")},
    });
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import, in order."), QStringLiteral("FILE..."));
    p.process(c.arguments);
    if (p.positionalArguments().isEmpty()) {
        c.err << "import: no file given\n";
        return 2;
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;

    ImportOptions options;
    options.format = p.value(QStringLiteral("format"));
    MappingStore mappings(db);
    QString error;
    if (p.isSet(QStringLiteral("map"))) {
        options.mapping = ColumnMapping::fromSpec(p.value(QStringLiteral("map")), &error);
        if (!error.isEmpty()) {
            c.err << error << "\n";
            return 2;
        }
        if (p.isSet(QStringLiteral("save-mapping"))
            && !mappings.save(p.value(QStringLiteral("save-mapping")), options.mapping, &error)) {
            c.err << error << "\n";
            return 1;
        }
    } else if (p.isSet(QStringLiteral("mapping"))) {
        const auto saved = mappings.load(p.value(QStringLiteral("mapping")));
        if (!saved) {
            c.err << "import: no saved mapping named " << p.value(QStringLiteral("mapping")) << "\n";
            return 2;
        }
        options.mapping = *saved;
    }
    if (options.format == QLatin1String("generic") && !options.mapping.missingRequired().isEmpty()) {
        c.err << options.mapping.missingRequired() << "\n";
        return 2;
    }
    // Test seam: a real crash in the middle of an import.
    const qint64 crashAt = qEnvironmentVariableIntValue("HUITOU_TEST_CRASH_AT_RECORD");
    if (crashAt > 0)
        options.beforeRecord = [crashAt](qint64 record) {
            if (record >= crashAt)
                std::abort();
            return true;
        };

    options.waiting = [&c](const QString &message) {
        c.err << message << Qt::endl;
    };
    OrderImporter importer(db, options);
    QJsonArray results;
    int status = 0;
    bool committed = false;
    for (const QString &file : p.positionalArguments()) {
        const ImportResult r = importer.importFile(file);
        committed |= r.importId > 0;
        if (!r.ok())
            status = 1;
        if (p.isSet(QStringLiteral("json")))
            results.append(toJson(r));
        else
            printText(r.ok() ? c.out : c.err, r);
    }
    // Test seam: a crash right after the imports committed, before the
    // customer figures are recomputed.
    if (qEnvironmentVariableIntValue("HUITOU_TEST_CRASH_AFTER_COMMIT") > 0)
        std::abort();
    // Customer figures follow every import. The imports above are committed
    // whatever happens here: a failure now is reported as such, not as a
    // failed import (the figures were marked stale in the import's own
    // transaction and are computed afresh wherever they are read).
    QString recomputeError;
    if (committed && !AnalyticsService(db).recompute(AnalyticsService::today(), &recomputeError))
        c.err << "import: the rows above are saved, but the customer figures could not be brought up to date "
                 "now (" << recomputeError << "); they are computed when next read\n";
    if (p.isSet(QStringLiteral("json")))
        c.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("imports"), results}}).toJson());
    return status;
}

int runImports(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Lists imports, or reverts one as a whole."));
    p.addHelpOption();
    p.addOption({QStringLiteral("revert"), QStringLiteral("Revert import ID."), QStringLiteral("ID")});
    p.process(c.arguments);
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    ImportHistory history(db);
    if (p.isSet(QStringLiteral("revert"))) {
        QString error;
        const qint64 id = p.value(QStringLiteral("revert")).toLongLong();
        if (!history.revert(id, &error)) {
            c.err << error << "\n";
            return 1;
        }
        c.out << "import " << id << " reverted\n";
        return AnalyticsService(db).recompute(AnalyticsService::today(), &error) ? 0 : 1;
    }
    for (const ImportRecord &r : history.list())
        c.out << r.id << "\t" << r.importedAt << "\t" << r.fileName << "\t" << r.format << "\tread "
              << r.counts.rowsRead << ", inserted " << r.counts.inserted << ", updated " << r.counts.updated
              << ", rejected " << r.counts.rejected << (r.revertedAt.isEmpty() ? QString() : QStringLiteral("\treverted"))
              << "\n";
    return 0;
}

} // namespace huitou::cli
