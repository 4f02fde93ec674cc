#pragma once

#include "ImportCounts.h"
#include "ImportMeta.h"
#include "ItemRow.h"
#include "OrderRow.h"

#include <QString>

#include <atomic>
#include <functional>

namespace huitou {

// Where the importer writes one file: implemented by storage (ImportStore),
// so importing never includes storage and storage never includes importing.
// One virtual call per row, never per field. A sink is reused file after
// file: begin() … finish() or abort() for each.
class OrderSink
{
public:
    // Conflict: the order id already belongs to another customer; *error
    // then holds that customer's key and nothing was written.
    enum class Outcome { Inserted, Updated, Unchanged, Conflict, Failed };

    virtual ~OrderSink() = default;

    // The largest order amount the shop accepts (a store setting).
    virtual qint64 maxOrderAmountFen() const = 0;
    // Before a file is written: a damaged or read-only store is refused (with
    // what to do in *error); with BACKUP a backup is made first, named in *BACKUPID.
    virtual bool checkAndBackUp(bool backup, QString *backupId, QString *error) = 0;
    // Starts the file's transaction (waiting for another writer, telling WAITING).
    virtual bool begin(const ImportMeta &meta, const std::function<void(const QString &)> &waiting,
                       const std::atomic_bool *cancel, QString *error) = 0;
    // Upserts by (source, order id). Writing the same order again in one
    // import reports Unchanged when identical and Updated when changed.
    virtual Outcome upsertOrder(const OrderRow &order, QString *error) = 0;
    virtual Outcome upsertItem(const ItemRow &item, int lineNo, QString *error) = 0;
    virtual bool addReject(qint64 line, qint64 record, const QString &reason, QString *error) = 0;
    // Writes the customers, the counts and the file's hash, then commits.
    virtual bool finish(const ImportCounts &counts, const QString &sha256, QString *error) = 0;
    // Rolls the file back (cancel or failure); harmless when nothing is open.
    virtual void abort() = 0;
    // The committed import's id (0 before).
    virtual qint64 importId() const = 0;
};

} // namespace huitou
