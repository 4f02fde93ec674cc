#include "ImportCommand.h"

#include "CommandParser.h"
#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "importing/OrderImporter.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/MappingStore.h"

#include <QFile>
#include <QTemporaryFile>

#include <cstdio>
#include <cstdlib>

namespace huitou::cli {

namespace {

void writeJson(JsonWriter &w, const ImportResult &r)
{
    w.beginObject();
    w.value(QStringLiteral("file"), r.fileName);
    w.value(QStringLiteral("format"), r.format);
    w.value(QStringLiteral("encoding"), r.encoding);
    w.value(QStringLiteral("import_id"), r.importId);
    w.value(QStringLiteral("rows_read"), r.counts.rowsRead);
    w.value(QStringLiteral("inserted"), r.counts.inserted);
    w.value(QStringLiteral("updated"), r.counts.updated);
    w.value(QStringLiteral("unchanged"), r.counts.unchanged);
    w.value(QStringLiteral("rejected"), r.counts.rejected);
    w.value(QStringLiteral("duplicates"), r.counts.duplicates);
    w.value(QStringLiteral("bad_encoding_rows"), r.badEncodingRows);
    w.value(QStringLiteral("backup"), r.backupId);
    w.beginArray(QStringLiteral("rejects"));
    for (const RejectedRow &row : r.rejects) {
        w.beginObject();
        w.value(QStringLiteral("line"), row.line);
        w.value(QStringLiteral("record"), row.record);
        w.value(QStringLiteral("code"), row.code);
        w.value(QStringLiteral("reason"), row.reason);
        w.endObject();
    }
    w.endArray();
    // Rows that repeat an order an earlier line of the file wrote.
    w.beginArray(QStringLiteral("duplicate_rows"));
    for (const DuplicateRow &row : r.duplicates) {
        w.beginObject();
        w.value(QStringLiteral("line"), row.line);
        w.value(QStringLiteral("first_line"), row.firstLine);
        w.value(QStringLiteral("order"), row.orderNo);
        w.value(QStringLiteral("identical"), row.identical);
        w.endObject();
    }
    w.endArray();
    if (!r.ok()) {
        w.value(QStringLiteral("error_code"), r.errorCode);
        w.value(QStringLiteral("error"), r.error);
    }
    w.endObject();
}

void printText(QTextStream &out, const ImportResult &r)
{
    if (!r.ok()) {
        out << r.fileName << ": " << r.error << "\n";
        return;
    }
    out << tr("%1 (%2, %3): %4 rows read, %5 inserted, %6 updated, %7 unchanged, %8 rejected")
               .arg(r.fileName, r.format, r.encoding)
               .arg(r.counts.rowsRead)
               .arg(r.counts.inserted)
               .arg(r.counts.updated)
               .arg(r.counts.unchanged)
               .arg(r.counts.rejected)
        << "\n";
    if (r.counts.duplicates > 0)
        out << "  "
            << tr("%1 rows repeated an order of an earlier line (not counted as inserted)").arg(r.counts.duplicates)
            << "\n";
    if (r.badEncodingRows > 0)
        out << "  "
            << tr("%1 lines have bytes that are not valid %2; they were rejected (the bad bytes show as \uFFFD below)")
                   .arg(r.badEncodingRows)
                   .arg(r.encoding)
            << "\n";
    for (const RejectedRow &row : r.rejects)
        out << "  " << tr("line %1 (record %2): %3").arg(row.line).arg(row.record).arg(row.reason) << "\n";
    for (const DuplicateRow &row : r.duplicates)
        out << "  "
            << (row.identical ? tr("line %1: order %2 repeats line %3 exactly")
                              : tr("line %1: order %2 repeats line %3 with other values; this later row was kept"))
                   .arg(row.line)
                   .arg(row.orderNo)
                   .arg(row.firstLine)
            << "\n";
    if (!r.backupId.isEmpty())
        out << "  " << tr("backup %1 holds the store as it was before").arg(r.backupId) << "\n";
}

// Copies standard input to a temporary file: the importer detects the
// encoding, reads in a parser thread and hashes the file, all of which want a
// real file.
bool readStdin(QTemporaryFile *copy, QString *error)
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly) || !copy->open()) {
        *error = tr("Cannot read standard input.");
        return false;
    }
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            break;
        if (copy->write(chunk) != chunk.size()) {
            *error = tr("Cannot copy standard input: %1").arg(copy->errorString());
            return false;
        }
    }
    copy->close();
    return true;
}

} // namespace

int runImport(CliContext &c)
{
    CommandParser p(c, tr("Imports order exports. Re-importing never duplicates."));
    p.addOptions({
        {QStringLiteral("format"), tr("taobao-orders|taobao-items|shopify|generic (default: detect)."),
         QStringLiteral("FORMAT")},
        {QStringLiteral("mapping"), tr("Use the saved generic column mapping NAME."), QStringLiteral("NAME")},
        {QStringLiteral("map"), tr("Generic mapping: customer=COL,order=COL,time=COL,amount=COL[,…]."),
         QStringLiteral("SPEC")},
        {QStringLiteral("save-mapping"), tr("Save --map as NAME."), QStringLiteral("NAME")},
        {QStringLiteral("strict"), tr("Exit with status 3 when any row was rejected (the good rows still land).")},
        {QStringLiteral("json"), tr("Print the result as JSON (with stable codes beside the reasons).")},
    });
    p.addPositionalArgument(QStringLiteral("FILE"), tr("Files to import, in order; - reads standard input."),
                            QStringLiteral("FILE..."));
    p.addHelpNote(tr("Stable codes in --json (the reasons beside them are translated):\n"
                     "  rejected rows: empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count\n"
                     "  refused files: cannot_open, empty_file, unrecognised_format, unknown_format,\n"
                     "                 missing_column, store_error, cancelled, failed"));
    p.documentRejectedExit();
    if (const auto exit = p.parse())
        return *exit;
    const QStringList files = p.positionalArguments();
    if (files.isEmpty())
        return c.usageError(tr("no file given."));
    if (files.count(QStringLiteral("-")) > 1)
        return c.usageError(tr("standard input (-) can be read only once."));
    ImportOptions options;
    const QStringList formats{QStringLiteral("taobao-orders"), QStringLiteral("taobao-items"),
                              QStringLiteral("shopify"), QStringLiteral("generic")};
    options.format = p.choice(QStringLiteral("format"), formats).value_or(QString());
    if (p.failed())
        return kExitUsage;
    if (p.isSet(QStringLiteral("save-mapping")) && !p.isSet(QStringLiteral("map")))
        return c.usageError(tr("--save-mapping needs --map."));
    QString error;
    if (p.isSet(QStringLiteral("map"))) {
        options.mapping = ColumnMapping::fromSpec(p.value(QStringLiteral("map")), &error);
        if (!error.isEmpty())
            return c.usageError(error);
    }
    if (options.format == QLatin1String("generic") && !p.isSet(QStringLiteral("map"))
        && !p.isSet(QStringLiteral("mapping")))
        return c.usageError(tr("--format generic needs --map or --mapping."));
    if (p.isSet(QStringLiteral("map")) && options.format == QLatin1String("generic")
        && !options.mapping.missingRequired().isEmpty())
        return c.usageError(options.mapping.missingRequired());

    QSqlDatabase db;
    // No quick_check on open: the import runs it itself before it writes
    // (ImportStore::checkAndBackUp); twice was a whole extra read of the store.
    if (!c.openStore(&db, StoreAccess::Create, Database::Check::None))
        return kExitFailed;
    MappingStore mappings(db);
    if (p.isSet(QStringLiteral("map"))) {
        if (p.isSet(QStringLiteral("save-mapping"))
            && !mappings.save(p.value(QStringLiteral("save-mapping")), options.mapping, &error))
            return c.failure(error);
    } else if (p.isSet(QStringLiteral("mapping"))) {
        const auto saved = mappings.load(p.value(QStringLiteral("mapping")));
        if (!saved)
            return c.usageError(tr("no saved mapping named \"%1\".").arg(p.value(QStringLiteral("mapping"))));
        options.mapping = *saved;
    }
    if (options.format == QLatin1String("generic") && !options.mapping.missingRequired().isEmpty())
        return c.usageError(options.mapping.missingRequired());
    // Test seam: a real crash in the middle of an import.
    const qint64 crashAt = qEnvironmentVariableIntValue("HUITOU_TEST_CRASH_AT_RECORD");
    if (crashAt > 0)
        options.beforeRecord = [crashAt](qint64 record) {
            if (record >= crashAt)
                std::abort();
            return true;
        };
    // A second writer waits for the first and says so.
    options.waiting = [&c](const QString &message) { c.err << message << Qt::endl; };
    OrderImporter importer(std::make_unique<ImportStore>(db), options);
    const bool json = p.isSet(QStringLiteral("json"));
    JsonWriter w;
    w.beginObject();
    w.beginArray(QStringLiteral("imports"));
    int status = kExitOk;
    bool rejected = false;
    bool committed = false;
    for (const QString &file : files) {
        ImportResult r;
        if (file == QLatin1String("-")) {
            QTemporaryFile copy;
            if (readStdin(&copy, &error)) {
                r = importer.importFile(copy.fileName(), QStringLiteral("stdin"));
            } else {
                r.fileName = QStringLiteral("stdin");
                r.error = error;
                r.errorCode = QStringLiteral("cannot_open");
            }
        } else {
            r = importer.importFile(file);
        }
        if (!r.ok())
            status = kExitFailed;
        committed |= r.importId > 0;
        rejected |= r.counts.rejected > 0;
        if (json)
            writeJson(w, r);
        else
            printText(r.ok() ? c.out : c.err, r);
    }
    // Test seam: a crash right after the imports committed, before the
    // customer figures are recomputed.
    if (qEnvironmentVariableIntValue("HUITOU_TEST_CRASH_AFTER_COMMIT") > 0)
        std::abort();
    // Customer figures follow every import that changed an order. The imports above are committed
    // whatever happens here: a failure now is said as such, never as a failed
    // import (the figures were marked stale in each import's own transaction
    // and are computed afresh wherever they are read until then).
    QString recomputeError;
    if (committed && !AnalyticsService(db).afterImport(AnalyticsService::today(), &recomputeError))
        c.err << tr("The rows above are saved, but the customer figures could not be brought up to date now (%1); "
                    "they are computed when next read.")
                     .arg(recomputeError)
              << "\n";
    w.endArray();
    w.endObject();
    if (json)
        c.printJson(w);
    if (status == kExitOk && rejected && p.isSet(QStringLiteral("strict")))
        status = kExitRejected;
    return status;
}

int runImports(CliContext &c)
{
    CommandParser p(c, tr("Lists imports, or reverts one as a whole."));
    p.addOption({QStringLiteral("revert"), tr("Revert import ID."), QStringLiteral("ID")});
    p.addOption({QStringLiteral("json"), tr("Print the list (or the revert) as JSON.")});
    if (const auto exit = p.parse())
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return c.usageError(tr("unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    const auto revertId = p.integer(QStringLiteral("revert"), 1, std::numeric_limits<qint64>::max());
    if (p.failed())
        return kExitUsage;
    const bool json = p.isSet(QStringLiteral("json"));
    QSqlDatabase db;
    if (!c.openStore(&db))
        return kExitFailed;
    ImportHistory history(db);
    if (revertId) {
        QString error;
        if (!history.revert(*revertId, &error))
            return c.failure(error);
        if (!AnalyticsService(db).recompute(AnalyticsService::today(), &error))
            return c.failure(error);
        if (json) {
            JsonWriter w;
            w.beginObject();
            w.value(QStringLiteral("reverted"), *revertId);
            w.endObject();
            c.printJson(w);
        } else {
            c.out << tr("import %1 reverted").arg(*revertId) << "\n";
        }
        return kExitOk;
    }
    const QList<ImportRecord> list = history.list();
    if (json) {
        JsonWriter w;
        w.beginObject();
        w.beginArray(QStringLiteral("imports"));
        for (const ImportRecord &r : list) {
            w.beginObject();
            w.value(QStringLiteral("id"), r.id);
            w.value(QStringLiteral("imported_at"), r.importedAt);
            w.value(QStringLiteral("file"), r.fileName);
            w.value(QStringLiteral("format"), r.format);
            w.value(QStringLiteral("encoding"), r.encoding);
            w.value(QStringLiteral("sha256"), r.sha256);
            w.value(QStringLiteral("rows_read"), r.counts.rowsRead);
            w.value(QStringLiteral("inserted"), r.counts.inserted);
            w.value(QStringLiteral("updated"), r.counts.updated);
            w.value(QStringLiteral("unchanged"), r.counts.unchanged);
            w.value(QStringLiteral("rejected"), r.counts.rejected);
            if (r.revertedAt.isEmpty())
                w.null(QStringLiteral("reverted_at"));
            else
                w.value(QStringLiteral("reverted_at"), r.revertedAt);
            w.endObject();
        }
        w.endArray();
        w.endObject();
        c.printJson(w);
        return kExitOk;
    }
    for (const ImportRecord &r : list)
        c.out << r.id << "\t" << r.importedAt << "\t" << r.fileName << "\t" << r.format << "\t"
              << tr("read %1, inserted %2, updated %3, rejected %4")
                     .arg(r.counts.rowsRead)
                     .arg(r.counts.inserted)
                     .arg(r.counts.updated)
                     .arg(r.counts.rejected)
              << (r.revertedAt.isEmpty() ? QString() : QLatin1Char('\t') + tr("reverted")) << "\n";
    return kExitOk;
}

} // namespace huitou::cli
