#pragma once

#include "SqliteStatement.h"
#include "importing/ImportRows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace huitou {

struct ImportMeta
{
    QString fileName;
    QString format;
    QString encoding;
};

struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    // Rows repeating an order an earlier row of the same file wrote. Every
    // row is counted once: rowsRead = inserted + updated + unchanged +
    // rejected + duplicates (so the history derives it).
    qint64 duplicates = 0;
};

// Writes one import into the store inside one transaction: orders and lines
// are upserted by (source, order id[, line]); the previous state of every
// updated row is kept so the import can be reverted; customers are derived
// and point at their latest contact details. Nothing is visible until finish().
class ImportStore
{
public:
    // Conflict: the order id already belongs to another customer; *error
    // then holds that customer's key and nothing was written.
    enum class Outcome { Inserted, Updated, Unchanged, Conflict, Failed };

    static constexpr qint64 kDefaultMaxOrderFen = 10000000000LL; // ¥100,000,000

    explicit ImportStore(QSqlDatabase db);
    ~ImportStore();

    // The largest order amount the shop accepts (store setting
    // max_order_amount_fen, default ¥100,000,000): sums over any realistic
    // number of orders then stay far from 64-bit overflow.
    static qint64 maxOrderAmountFen(const QSqlDatabase &db);
    // Before an import: PRAGMA quick_check (a damaged store is refused with
    // what to do), then an automatic backup; *BACKUPID names it.
    static bool checkAndBackUp(QSqlDatabase db, bool backup, QString *backupId, QString *error);

    // Takes the write lock (waiting for another writer, telling WAITING).
    bool begin(const ImportMeta &meta, const std::function<void(const QString &)> &waiting,
               const std::atomic_bool *cancel, QString *error);
    bool begin(const ImportMeta &meta, QString *error) { return begin(meta, {}, nullptr, error); }
    // Upserts by (source, order id). Writing the same order again in one
    // import reports Unchanged when identical and Updated when changed.
    Outcome upsertOrder(const OrderRow &order, QString *error);
    Outcome upsertItem(const ItemRow &item, int lineNo, QString *error);
    bool addReject(qint64 line, qint64 record, const QString &reason, QString *error);
    // Writes the customers, the counts and the file's hash, then commits.
    bool finish(const ImportCounts &counts, const QString &sha256, QString *error);
    // Rolls everything back (cancel or failure).
    void abort();
    qint64 importId() const { return m_importId; }

private:
    // What an import needs to know of a customer: where her latest contact
    // details and latest unmasked phone are (order row ids), and when.
    struct Customer
    {
        qint64 id = 0;
        bool isNew = false;
        bool dirty = false;
        bool touched = false; // an order of hers was inserted or changed
        bool hasOrder = false; // a new customer is written only with an order
        // Times packed as yyyyMMddHHmmss: a million customers stay small.
        qint64 contactAt = 0, phoneAt = 0;
        qint64 contactOrder = 0, phoneOrder = 0;
    };
    Customer *customerFor(const QString &key, QString *error);
    QString customerKeyOf(qint64 customerId);
    static void noteContact(Customer &c, const OrderRow &order, qint64 orderRowId);
    bool saveRevision(const QString &table, qint64 rowId, const QStringList &cols, QString *error);
    void releaseStatements();

    QSqlDatabase m_db;
    bool m_open = false;
    qint64 m_importId = 0;
    qint64 m_nextCustomerId = 1;
    bool m_storeHadCustomers = true;
    QHash<QString, Customer> m_customers;
    SqliteStatement m_insertOrder, m_findOrder, m_updateOrder;
    SqliteStatement m_insertItem, m_findItem, m_updateItem;
    SqliteStatement m_findCustomer, m_insertRevision, m_insertReject;
};

} // namespace huitou
