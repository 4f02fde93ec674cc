#include "OrderImporter.h"

#include "CsvReader.h"
#include "FormatDetector.h"
#include "ParsedBatchQueue.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <atomic>
#include <future>
#include <thread>
#include <unordered_map>

namespace huitou {

namespace {

constexpr size_t kBatchSize = 2048;

QString tr(const char *text)
{
    return QCoreApplication::translate("huitou::OrderImporter", text);
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return QString::fromLatin1(hash.result().toHex());
}

// 64-bit FNV-1a of an order id, to number the lines of each order in a file
// without keeping every id string in memory.
quint64 idHash(const QString &id)
{
    quint64 h = 1469598103934665603ULL;
    for (QChar c : id) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return h;
}

bool fieldCountOk(const CsvRecord &r, qsizetype headerCount)
{
    if (r.fieldCount() == headerCount)
        return true;
    // Item reports end every row with a comma: one extra empty field.
    return r.fieldCount() == headerCount + 1 && r.raw(headerCount).trimmed().isEmpty();
}

} // namespace

OrderImporter::OrderImporter(QSqlDatabase db, ImportOptions options)
    : m_db(std::move(db))
    , m_options(std::move(options))
{
}

ImportResult OrderImporter::importFile(const QString &path, const QString &displayName)
{
    ImportResult result;
    result.fileName = displayName.isEmpty() ? QFileInfo(path).fileName() : displayName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open %1: %2").arg(displayName.isEmpty() ? path : displayName, file.errorString());
        result.errorCode = QStringLiteral("cannot_open");
        return result;
    }
    const qint64 fileSize = file.size();
    // The hash is read in parallel with the import; it only labels the record.
    auto hashFuture = std::async(std::launch::async, sha256Of, path);

    const TextEncoding::Kind encoding = TextEncoding::detect(file);
    result.encoding = TextEncoding::name(encoding);
    CsvReader reader(&file, encoding);
    CsvRecord header;
    if (!reader.next(header)) {
        result.error = tr("%1 is empty.").arg(result.fileName);
        result.errorCode = QStringLiteral("empty_file");
        return result;
    }
    const QStringList names = ImportFormat::headerNames(header);
    result.format = m_options.format.isEmpty() ? FormatDetector::detect(names) : m_options.format;
    if (result.format.isEmpty()) {
        if (m_options.mapping.missingRequired().isEmpty()) {
            result.format = QStringLiteral("generic");
        } else {
            result.error = tr("The format of %1 was not recognised. Import it as generic CSV with a column mapping.")
                               .arg(result.fileName);
            result.errorCode = QStringLiteral("unrecognised_format");
            return result;
        }
    }
    std::unique_ptr<ImportFormat> format = FormatDetector::create(result.format, m_options.mapping);
    if (!format) {
        result.error = tr("Unknown format \"%1\".").arg(result.format);
        result.errorCode = QStringLiteral("unknown_format");
        return result;
    }
    format->setShopZone(m_options.shopZone);
    const QString bindError = format->bind(header);
    if (!bindError.isEmpty()) {
        result.error = tr("%1 cannot be imported as %2: %3").arg(result.fileName, result.format, bindError);
        result.errorCode = QStringLiteral("missing_column");
        return result;
    }

    ImportStore store(m_db);
    QString error;
    if (!store.begin({result.fileName, result.format, result.encoding}, &error)) {
        result.error = tr("Cannot start the import: %1").arg(error);
        result.errorCode = QStringLiteral("store_error");
        return result;
    }

    // Parsing runs on its own thread and hands batches over; this thread,
    // which owns the database connection, writes them.
    ParsedBatchQueue queue(8);
    std::atomic<qint64> bytesRead{0};
    const qsizetype headerCount = header.fieldCount();
    std::thread parser([&] {
        ParsedBatch batch = queue.takeEmpty();
        batch.reserve(kBatchSize);
        CsvRecord record;
        while (reader.next(record)) {
            ParsedRecord &parsed = batch.emplace_back();
            parsed.line = record.line();
            parsed.number = record.number();
            if (record.unterminated())
                parsed.reject = {QStringLiteral("unclosed_quote"),
                                 tr("a quoted field is not closed before the end of the file")};
            else if (!fieldCountOk(record, headerCount))
                parsed.reject = {QStringLiteral("field_count"),
                                 tr("%1 fields where the header has %2").arg(record.fieldCount()).arg(headerCount)};
            else
                parsed.reject = format->parse(record, parsed.row);
            if (batch.size() == kBatchSize) {
                bytesRead = reader.position();
                if (!queue.push(std::move(batch)))
                    return;
                batch = queue.takeEmpty();
                batch.reserve(kBatchSize);
            }
        }
        if (!batch.empty())
            queue.push(std::move(batch));
        queue.finish();
    });
    struct JoinOnExit
    {
        ParsedBatchQueue &queue;
        std::thread &thread;
        ~JoinOnExit()
        {
            queue.stop();
            thread.join();
        }
    } joinOnExit{queue, parser};

    ImportCounts &counts = result.counts;
    std::unordered_map<quint64, int> linesPerOrder;
    auto fail = [&](const QString &message, const char *code = "store_error") {
        store.abort();
        result.error = message;
        result.errorCode = QString::fromLatin1(code);
        result.counts = {};
        result.rejects.clear();
        return result;
    };

    ParsedBatch batch;
    while (queue.pop(&batch)) {
        if (m_options.cancel && m_options.cancel->load()) {
            result.cancelled = true;
            return fail(tr("The import was cancelled; nothing was changed."), "cancelled");
        }
        if (m_options.progress)
            m_options.progress(bytesRead.load(), fileSize);
        for (ParsedRecord &record : batch) {
            ++counts.rowsRead;
            if (m_options.beforeRecord && !m_options.beforeRecord(record.number))
                return fail(tr("The import failed at record %1; nothing was changed.").arg(record.number), "failed");
            if (!record.reject.isEmpty()) {
                ++counts.rejected;
                result.rejects.append({record.line, record.number, record.reject.text, record.reject.code});
                if (!store.addReject(record.line, record.number, record.reject.text, &error))
                    return fail(tr("Cannot record a rejected row: %1").arg(error));
                continue;
            }
            const ParsedRow &row = record.row;
            bool wrote = false;
            if (row.order) {
                switch (store.upsertOrder(*row.order, &error)) {
                case ImportStore::Outcome::Inserted: ++counts.inserted; break;
                case ImportStore::Outcome::Updated: ++counts.updated; break;
                case ImportStore::Outcome::Unchanged: ++counts.unchanged; break;
                case ImportStore::Outcome::Failed:
                    return fail(tr("Writing line %1 failed: %2").arg(record.line).arg(error));
                }
                wrote = true;
            }
            if (row.item) {
                const int lineNo = ++linesPerOrder[idHash(row.item->orderNo)];
                const auto outcome = store.upsertItem(*row.item, lineNo, &error);
                if (outcome == ImportStore::Outcome::Failed)
                    return fail(tr("Writing line %1 failed: %2").arg(record.line).arg(error));
                if (!wrote) { // item-only rows count as lines; order rows count once
                    if (outcome == ImportStore::Outcome::Inserted)
                        ++counts.inserted;
                    else if (outcome == ImportStore::Outcome::Updated)
                        ++counts.updated;
                    else
                        ++counts.unchanged;
                }
            }
        }
        queue.recycle(std::move(batch));
    }
    if (m_options.cancel && m_options.cancel->load()) {
        result.cancelled = true;
        return fail(tr("The import was cancelled; nothing was changed."), "cancelled");
    }
    if (!store.finish(counts, hashFuture.get(), &error))
        return fail(tr("Saving the import failed: %1").arg(error));
    result.importId = store.importId();
    if (m_options.progress)
        m_options.progress(fileSize, fileSize);
    return result;
}

} // namespace huitou
