#pragma once

#include "Clock.h"
#include "records/ColumnMapping.h"
#include "records/ImportCounts.h"
#include "records/OrderSink.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <functional>
#include <memory>

namespace huitou {

struct RejectedRow
{
    qint64 line = 0; // physical line of the record's first line (header = 1)
    qint64 record = 0; // record number (header = 0)
    QString reason; // translated, for people
    QString code; // stable, for scripts: see RowProblem
};

// A row that repeats an order an earlier row of the same file already wrote:
// identical (an exported duplicate) or with other values (the later row wins).
struct DuplicateRow
{
    qint64 line = 0; // this row's physical line
    qint64 firstLine = 0; // the line that first wrote the order
    QString orderNo;
    bool identical = true;
};

struct ImportResult
{
    QString fileName;
    QString format;
    QString encoding;
    qint64 importId = 0; // 0 when nothing was committed
    ImportCounts counts;
    QList<RejectedRow> rejects;
    QList<DuplicateRow> duplicates;
    // Rows rejected because of bytes invalid in the file's encoding.
    qint64 badEncodingRows = 0;
    // Set when this import made an automatic backup of the store first.
    QString backupId;
    QString error; // set when the file was refused, failed or cancelled
    // Stable code beside error, for scripts: cannot_open, empty_file,
    // unrecognised_format, unknown_format, missing_column, store_error,
    // cancelled, failed.
    QString errorCode;
    bool cancelled = false;
    bool ok() const { return error.isEmpty(); }
};

struct ImportOptions
{
    QString format; // empty: detect from the header
    ColumnMapping mapping; // for the generic format
    QTimeZone shopZone = Clock::shopZone();
    const std::atomic_bool *cancel = nullptr;
    // Progress as (bytes read, file size), called every few thousand rows.
    std::function<void(qint64, qint64)> progress;
    // Test seam: called before each data record; returning false makes the
    // import fail there, as a crash would (everything is rolled back).
    std::function<bool(qint64 record)> beforeRecord;
    // Called once when another program holds the store's write lock and the
    // import waits for its turn (it then goes on by itself).
    std::function<void(const QString &message)> waiting;
    // Make an automatic backup of the store before the first file is written.
    bool backup = true;
};

// Imports one export file into the store as one transaction and one
// recorded, revertible import. Streams the file: memory does not grow with it.
// Writes through SINK (storage's ImportStore; a test may pass its own).
class OrderImporter
{
    Q_DECLARE_TR_FUNCTIONS(huitou::OrderImporter) // the class's one translation context

public:
    OrderImporter(std::unique_ptr<OrderSink> sink, ImportOptions options);
    ~OrderImporter();
    // DISPLAYNAME names the file in the result and the import history
    // (default: PATH's file name), e.g. "stdin" for a piped file.
    ImportResult importFile(const QString &path, const QString &displayName = QString());

private:
    std::unique_ptr<OrderSink> m_sink;
    ImportOptions m_options;
    bool m_backedUp = false;
};

} // namespace huitou
