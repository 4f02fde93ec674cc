#pragma once

#include "records/OrderSink.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace huitou {

class PostgresCopyImport;

// Writes one import into the store inside one transaction: orders and lines
// are upserted by (source, order id[, line]); the previous state of every
// updated row is kept so the import can be reverted; customers are derived
// and point at their latest contact details. Nothing is visible until finish().
// On a PostgreSQL server the rows go through COPY instead (PostgresCopyImport).
// The importer's sink: OrderImporter(std::make_unique<ImportStore>(db), …).
class ImportStore final : public OrderSink
{
public:
    static constexpr qint64 kDefaultMaxOrderFen = 10000000000LL; // ¥100,000,000

    explicit ImportStore(QSqlDatabase db);
    ~ImportStore() override;

    // The largest order amount the shop accepts (store setting
    // max_order_amount_fen, default ¥100,000,000): sums over any realistic
    // number of orders then stay far from 64-bit overflow.
    qint64 maxOrderAmountFen() const override;
    // Before an import: a damaged store is refused with what to do, then an
    // automatic backup; *BACKUPID names it.
    bool checkAndBackUp(bool backup, QString *backupId, QString *error) override;

    // Takes the write lock (waiting for another writer, telling WAITING).
    bool begin(const ImportMeta &meta, const std::function<void(const QString &)> &waiting,
               const std::atomic_bool *cancel, QString *error) override;
    bool begin(const ImportMeta &meta, QString *error) { return begin(meta, {}, nullptr, error); }
    Outcome upsertOrder(const OrderRow &order, QString *error) override;
    Outcome upsertItem(const ItemRow &item, int lineNo, QString *error) override;
    bool addReject(qint64 line, qint64 record, const QString &reason, QString *error) override;
    bool finish(const ImportCounts &counts, const QString &sha256, QString *error) override;
    void abort() override;
    qint64 importId() const override { return m_importId; }

private:
    // What an import needs to know of a customer: where her latest contact
    // details and latest unmasked phone are (order row ids), and when.
    struct Customer
    {
        qint64 id = 0; // given by the database when she is first seen
        bool isNew = false;
        bool dirty = false;
        bool touched = false; // an order of hers was inserted or changed
        bool hasOrder = false; // a new customer is kept only with an order
        bool pending = false; // numbered by the import, her row written in finish()
        // Times packed as yyyyMMddHHmmss: a million customers stay small.
        qint64 contactAt = 0, phoneAt = 0;
        qint64 contactOrder = 0, phoneOrder = 0;
    };
    // The prepared statements of one import (SQLite's fast path, kept out of this header).
    struct Statements;

    Customer *customerFor(const QString &key, QString *error);
    QString customerKeyOf(qint64 customerId);
    static void noteContact(Customer &c, const OrderRow &order, qint64 orderRowId);
    // SQLite's path: the customers' contact orders and the touched ones' tags.
    bool finishCustomers(bool *anyTouched, QString *error);
    bool saveRevision(const QString &table, qint64 rowId, const QStringList &cols, QString *error);
    bool deferIndexes(QString *error);
    bool buildDeferredIndexes(QString *error);

    QSqlDatabase m_db;
    bool m_open = false;
    qint64 m_importId = 0;
    bool m_storeHadCustomers = true;
    qint64 m_nextCustomerId = 0; // SQLite: the id the next new customer gets (0: the database numbers her)
    bool m_ordersChanged = false; // an order was inserted or updated: the customer figures are stale
    // Secondary indexes of tables that were empty when the import began:
    // dropped in begin() and built once from the rows in finish(), in the
    // same transaction (a bulk first import; a rollback brings them back).
    QStringList m_deferredIndexes;
    bool m_rebuildSearch = false; // the customer search index is filled in finish()
    QStringList m_searchTriggers; // its triggers, dropped until then
    QHash<QString, Customer> m_customers;
    std::unique_ptr<Statements> m_s;
    std::unique_ptr<PostgresCopyImport> m_copy; // the bulk path on a server
};

} // namespace huitou
