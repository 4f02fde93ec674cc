#pragma once

#include "SqliteStatement.h"
#include "importing/ImportRows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

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
};

// Writes one import into the store inside one transaction: orders and lines
// are upserted by (source, order id[, line]); the previous state of every
// updated row is kept so the import can be reverted; customers are derived
// and point at their latest contact details. Nothing is visible until finish().
class ImportStore
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    explicit ImportStore(QSqlDatabase db);
    ~ImportStore();

    bool begin(const ImportMeta &meta, QString *error);
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
        // Times packed as yyyyMMddHHmmss: a million customers stay small.
        qint64 contactAt = 0, phoneAt = 0;
        qint64 contactOrder = 0, phoneOrder = 0;
    };
    Customer *customerFor(const QString &key, QString *error);
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
