#include "OrderImporter.h"

#include "CsvReader.h"
#include "FieldParsers.h"
#include "FormatDetector.h"
#include "ParsedBatchQueue.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <atomic>
#include <future>
#include <thread>
#include <utility>
#include <vector>

namespace huitou {

namespace {

constexpr size_t kBatchSize = 2048;

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

// The first field with bytes invalid in the file's encoding, decoded (the bad
// bytes show as U+FFFD), shortened for a message.
QString badEncodingExcerpt(const CsvRecord &r)
{
    for (qsizetype i = 0; i < r.fieldCount(); ++i) {
        const QString text = r.text(i);
        if (text.contains(QChar(QChar::ReplacementCharacter)))
            return text.size() > 40 ? text.left(40) + QStringLiteral("…") : text;
    }
    return {};
}

QString moneyText(qint64 fen)
{
    return QStringLiteral("¥%L1").arg(double(fen) / 100.0, 0, 'f', 2);
}

// Why a parsed row cannot be stored though every field parsed: an order id
// Excel rewrote, or an amount beyond the shop's bound.
RowProblem rowProblem(const ParsedRow &row, qint64 maxFen)
{
    const QString &orderNo = row.order ? row.order->orderNo : row.item ? row.item->orderNo : QString();
    if (parse::isExcelMangledId(orderNo))
        return {QStringLiteral("excel_id"),
                OrderImporter::tr(
                    "the order id \"%1\" was rewritten by Excel and has lost digits; export the file again from "
                    "the shop back end, or open it in Excel with the order id column set to Text")
                    .arg(orderNo)};
    const auto tooLarge = [maxFen](qint64 fen) { return fen > maxFen || fen < -maxFen; };
    if (row.order && (tooLarge(row.order->paidFen) || tooLarge(row.order->refundFen)))
        return {QStringLiteral("amount_too_large"),
                OrderImporter::tr("the amount %1 is above the limit of %2 per order (Settings)")
                    .arg(moneyText(tooLarge(row.order->paidFen) ? row.order->paidFen : row.order->refundFen),
                         moneyText(maxFen))};
    if (row.item && row.item->priceFen && tooLarge(*row.item->priceFen))
        return {QStringLiteral("amount_too_large"),
                OrderImporter::tr("the amount %1 is above the limit of %2 per order (Settings)")
                    .arg(moneyText(*row.item->priceFen), moneyText(maxFen))};
    return {};
}

bool fieldCountOk(const CsvRecord &r, qsizetype headerCount)
{
    if (r.fieldCount() == headerCount)
        return true;
    // Item reports end every row with a comma: one extra empty field.
    return r.fieldCount() == headerCount + 1 && r.raw(headerCount).trimmed().isEmpty();
}

// Order id hash -> a number (the line that first wrote the order, or how
// many item lines it has so far), kept flat: a million orders in 32 MB where
// a node-based map took three times that and stayed allocated.
class HashCounts
{
public:
    // The value of KEY, inserted as 0 when absent.
    qint64 &operator[](quint64 key) { return slot(key)->second; }
    // The value of KEY, or nullptr.
    const qint64 *find(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        const quint64 k = key ? key : 1;
        for (size_t i = k & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i].first == k)
                return &m_slots[i].second;
            if (m_slots[i].first == 0)
                return nullptr;
        }
    }
    void release() { std::vector<std::pair<quint64, qint64>>().swap(m_slots), m_used = 0; }

private:
    std::pair<quint64, qint64> *slot(quint64 key)
    {
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow();
        const quint64 k = key ? key : 1; // 0 marks a free slot
        for (size_t i = k & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            if (m_slots[i].first == k)
                return &m_slots[i];
            if (m_slots[i].first == 0) {
                ++m_used;
                m_slots[i] = {k, 0};
                return &m_slots[i];
            }
        }
    }
    void grow()
    {
        std::vector<std::pair<quint64, qint64>> old(std::max<size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (const auto &e : old) {
            if (e.first == 0)
                continue;
            size_t i = e.first & (m_slots.size() - 1);
            while (m_slots[i].first != 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = e;
        }
    }

    std::vector<std::pair<quint64, qint64>> m_slots;
    size_t m_used = 0;
};

} // namespace

OrderImporter::OrderImporter(std::unique_ptr<OrderSink> sink, ImportOptions options)
    : m_sink(std::move(sink))
    , m_options(std::move(options))
{
}

OrderImporter::~OrderImporter() = default;

ImportResult OrderImporter::importFile(const QString &path, const QString &displayName)
{
    ImportResult result;
    const QFileInfo info(path);
    result.fileName = displayName.isEmpty() ? info.fileName() : displayName;
    if (info.exists() && !info.isFile()) {
        // A device (/dev/zero), a pipe or a folder never ends or is no export.
        result.error = tr("%1 is not a regular file; only export files can be imported.").arg(path);
        result.errorCode = QStringLiteral("not_a_file");
        return result;
    }
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
        } else if (const QString near = FormatDetector::nearest(names); !near.isEmpty()) {
            result.format = near; // binding names the missing column
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

    OrderSink &store = *m_sink;
    const qint64 maxFen = store.maxOrderAmountFen();
    QString error;
    // A damaged store is refused before anything is written to it; the first
    // file of an import run is preceded by an automatic backup.
    if (!store.checkAndBackUp(m_options.backup && !m_backedUp, &result.backupId, &error)) {
        result.error = error;
        result.errorCode = QStringLiteral("store_error");
        return result;
    }
    m_backedUp = m_backedUp || m_options.backup;
    if (!store.begin({result.fileName, result.format, result.encoding}, m_options.waiting, m_options.cancel, &error)) {
        result.error = tr("Cannot start the import: %1").arg(error);
        result.errorCode = QStringLiteral("store_error");
        return result;
    }
    // Every way out rolls back what finish() did not commit.
    struct AbortOnExit
    {
        OrderSink &sink;
        ~AbortOnExit() { sink.abort(); }
    } abortOnExit{store};

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
            if (record.oversized())
                parsed.reject = {
                    QStringLiteral("record_too_long"),
                    tr("the record is longer than %1 MB and was skipped").arg(reader.maxRecordBytes() / (1024 * 1024))};
            else if (record.tooManyFields())
                parsed.reject = {QStringLiteral("too_many_fields"),
                                 tr("the record has more than %1 fields").arg(reader.maxFields())};
            else if (record.unterminated())
                parsed.reject = {QStringLiteral("unclosed_quote"),
                                 tr("a quoted field is not closed before the end of the file")};
            else if (record.hasNul())
                parsed.reject = {QStringLiteral("nul_byte"),
                                 tr("the line contains a NUL byte (the file is damaged or not a CSV export)")};
            else if (record.badEncoding())
                parsed.reject = {QStringLiteral("bad_encoding"),
                                 tr("the line has bytes that are not valid %1 (shown as \uFFFD): %2")
                                     .arg(QString::fromLatin1(TextEncoding::codecName(encoding)),
                                          badEncodingExcerpt(record))};
            else if (!fieldCountOk(record, headerCount))
                parsed.reject = {QStringLiteral("field_count"),
                                 tr("%1 fields where the header has %2").arg(record.fieldCount()).arg(headerCount)};
            else
                parsed.reject = format->parse(record, parsed.row);
            if (parsed.reject.isEmpty())
                parsed.reject = rowProblem(parsed.row, maxFen);
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
    HashCounts linesPerOrder;
    // Line of the row that first wrote each order of this file (by id hash).
    HashCounts orderLines;
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
                result.badEncodingRows += record.reject.code == QLatin1String("bad_encoding") ? 1 : 0;
                result.rejects.append({record.line, record.number, record.reject.text, record.reject.code});
                if (!store.addReject(record.line, record.number, record.reject.text, &error))
                    return fail(tr("Cannot record a rejected row: %1").arg(error));
                continue;
            }
            const ParsedRow &row = record.row;
            bool wrote = false;
            if (row.order) {
                const quint64 key = idHash(row.order->source + QChar(0x1F) + row.order->orderNo);
                const qint64 *seen = orderLines.find(key);
                const auto outcome = store.upsertOrder(*row.order, &error);
                if (outcome == OrderSink::Outcome::Failed)
                    return fail(tr("Writing line %1 failed: %2").arg(record.line).arg(error));
                if (outcome == OrderSink::Outcome::Conflict) {
                    // Never move an order between customers silently.
                    const QString reason = tr("order %1 already belongs to buyer \"%2\"; this row names buyer "
                                              "\"%3\" (an order id changed by Excel?)")
                                               .arg(row.order->orderNo, error, row.order->customerKey);
                    ++counts.rejected;
                    result.rejects.append({record.line, record.number, reason, QStringLiteral("other_buyer")});
                    if (!store.addReject(record.line, record.number, reason, &error))
                        return fail(tr("Cannot record a rejected row: %1").arg(error));
                    continue;
                }
                if (seen) {
                    // A second row for an order this file already wrote: a
                    // duplicate, never a second insert or update.
                    ++counts.duplicates;
                    result.duplicates.append(
                        {record.line, *seen, row.order->orderNo, outcome == OrderSink::Outcome::Unchanged});
                } else {
                    orderLines[key] = record.line;
                    switch (outcome) {
                    case OrderSink::Outcome::Inserted: ++counts.inserted; break;
                    case OrderSink::Outcome::Updated: ++counts.updated; break;
                    default: ++counts.unchanged; break;
                    }
                }
                wrote = true;
            }
            if (row.item) {
                const int lineNo = int(++linesPerOrder[idHash(row.item->orderNo)]);
                const auto outcome = store.upsertItem(*row.item, lineNo, &error);
                if (outcome == OrderSink::Outcome::Failed)
                    return fail(tr("Writing line %1 failed: %2").arg(record.line).arg(error));
                if (!wrote) { // item-only rows count as lines; order rows count once
                    if (outcome == OrderSink::Outcome::Inserted)
                        ++counts.inserted;
                    else if (outcome == OrderSink::Outcome::Updated)
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
    // Not needed any more: freed before finish() builds the indexes.
    orderLines.release();
    linesPerOrder.release();
    if (!store.finish(counts, hashFuture.get(), &error))
        return fail(tr("Saving the import failed: %1").arg(error));
    result.importId = store.importId();
    if (m_options.progress)
        m_options.progress(fileSize, fileSize);
    return result;
}

} // namespace huitou
