#pragma once

#include "records/OrderSink.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace huitou {

// The bulk path of an import on a PostgreSQL server (issue 15): ImportStore
// hands it every row. Rows are sent with COPY … FROM STDIN (libpq, on the
// import's own connection and transaction) into temporary staging tables;
// finish() then writes them with a few set-based statements: the revisions
// of changed rows, the updates, the inserts, the customers. The outcome of
// each row (inserted, updated, unchanged, conflict) and each customer's
// contact order are decided as the row arrives, by the same rules as
// SQLite's row-by-row path, from what the store already holds (its orders,
// lines and customers, read once when it has any) and the rows seen so far;
// new orders and customers take ids the server hands out in blocks
// (nextval), so no statement has to look them up again. A lost connection
// fails the COPY or a statement; the server then rolls the import back.
class PostgresCopyImport
{
public:
    using Outcome = OrderSink::Outcome;

    PostgresCopyImport(QSqlDatabase db, qint64 importId);

    // Inside the import's transaction: one import at a time (a transaction
    // advisory lock), the staging tables, and the fingerprints already stored.
    bool begin(QString *error);
    Outcome upsertOrder(const OrderRow &order, QString *error);
    Outcome upsertItem(const ItemRow &item, int lineNo, QString *error);
    // Writes the staged rows (still inside the transaction; the caller commits).
    bool finish(QString *error);
    // An order was inserted or changed (the customer figures are stale).
    bool ordersChanged() const { return m_ordersChanged; }

private:
    enum class State : char { Stored = 'S', Inserted = 'I', Updated = 'U' };
    struct Known
    {
        qint64 fingerprint = 0;
        qint64 id = 0; // the order's row id (orders only)
        qint64 owner = 0; // the customer's id (orders only)
        State state = State::Stored;
    };
    // A customer as ImportStore keeps her: where her latest contact details
    // and unmasked phone are (order row ids), and when (yyyyMMddHHmmss).
    struct Customer
    {
        qint64 id = 0;
        bool isNew = false, dirty = false, touched = false;
        qint64 contactAt = 0, phoneAt = 0;
        qint64 contactOrder = 0, phoneOrder = 0;
    };

    bool loadStored(QString *error);
    bool deferIndexes(QString *error);
    // The next id of TABLE's identity, from a block taken from the server.
    qint64 nextId(const QString &table, std::vector<qint64> *pool, QString *error);
    Customer *customerFor(const QString &key, QString *error);
    static void noteContact(Customer &c, const OrderRow &order, qint64 orderId);
    bool writeCustomers(QString *error);
    bool saveOrderRevisions(QString *error);
    bool flush(QString *error);
    bool copy(const char *statement, QByteArray &rows, QString *error);
    bool exec(const QString &statement, QString *error);
    QString ownerKey(qint64 customerId, QString *error);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    qint64 m_seq = 0;
    bool m_ordersChanged = false;
    bool m_orderRepeats = false; // an order was staged twice: finish() keeps the last row
    bool m_itemRepeats = false;
    qint64 m_stagedOrders = 0, m_stagedItems = 0;
    qint64 m_handedOrders = 0, m_handedCustomers = 0; // ids used so far: the next block's size
    std::unordered_map<quint64, Known> m_orders; // by hash of (source, order id)
    std::unordered_map<quint64, Known> m_items; // by hash of (source, order id, line)
    QHash<QString, Customer> m_customers; // by customer key: the stored ones and this file's
    std::vector<qint64> m_orderIds, m_customerIds; // ids taken from the server, not yet used
    std::vector<qint64> m_updatedOrders; // stored orders this import changes (their revisions)
    QByteArray m_orderRows, m_itemRows; // COPY text not yet sent
    QStringList m_deferredIndexes; // CREATE INDEX statements finish() runs
};

} // namespace huitou
