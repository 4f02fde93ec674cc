#pragma once

#include "records/OrderSink.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include <unordered_map>

namespace huitou {

// The bulk path of an import on a PostgreSQL server (issue 15): ImportStore
// hands it every row. Rows are sent with COPY … FROM STDIN (libpq, on the
// import's own connection and transaction) into two temporary staging tables;
// finish() then writes them with a few set-based statements: new customers,
// the revisions of changed rows, the updates, the inserts and the customers'
// contact orders. The outcome of each row (inserted, updated, unchanged,
// conflict) is decided as the row arrives, by the same rules as SQLite's
// row-by-row path, from the fingerprints of the orders and lines already in
// the store (read once when the store has any) and of the rows seen so far.
// A lost connection fails the COPY or a statement; the server then rolls the
// whole import back.
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
        quint64 owner = 0; // hash of the customer key (orders only)
        State state = State::Stored;
    };

    bool loadStored(QString *error);
    bool flush(QString *error);
    bool copy(const char *statement, QByteArray &rows, QString *error);
    bool exec(const QString &statement, QString *error);
    QString ownerKey(const OrderRow &order, const Known &known, QString *error);

    QSqlDatabase m_db;
    qint64 m_importId = 0;
    qint64 m_seq = 0;
    bool m_ordersChanged = false;
    bool m_orderRepeats = false; // an order was staged twice: finish() keeps the last row
    bool m_itemRepeats = false;
    qint64 m_stagedItems = 0;
    std::unordered_map<quint64, Known> m_orders; // by hash of (source, order id)
    std::unordered_map<quint64, Known> m_items; // by hash of (source, order id, line)
    QByteArray m_orderRows, m_itemRows; // COPY text not yet sent
};

} // namespace huitou
