#include "ImportStore.h"

#include "BackupStore.h"
#include "Clock.h"
#include "CustomerContacts.h"
#include "Database.h"
#include "PackedTime.h"
#include "SettingsStore.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "postgres/PostgresCopyImport.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/CustomerSearch.h"
#include "sqlite/OrderColumns.h"
#include "sqlite/SqliteDialect.h"

#include <QDateTime>

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>
#include <vector>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace huitou {

namespace {

QString placeholders(qsizetype n)
{
    QStringList marks;
    for (qsizetype i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

QString assignments(const QStringList &cols)
{
    QStringList parts;
    for (const QString &c : cols)
        parts << c + QStringLiteral(" = ?");
    return parts.join(QStringLiteral(", "));
}

} // namespace

struct ImportStore::Statements
{
    Statement insertOrder, findOrder, updateOrder;
    Statement insertItem, findItem, updateItem;
    Statement findCustomer, insertCustomer, insertRevision, insertReject;
};

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ImportStore::~ImportStore()
{
    abort();
}

qint64 ImportStore::maxOrderAmountFen() const
{
    bool ok = false;
    const qint64 v = SettingsStore(m_db).value(QStringLiteral("max_order_amount_fen")).toLongLong(&ok);
    return ok && v > 0 ? v : kDefaultMaxOrderFen;
}

bool ImportStore::checkAndBackUp(bool backup, QString *backupId, QString *error)
{
    if (Database::isReadOnly(m_db)) {
        *error = SqliteDialect::readOnlyError(m_db.databaseName());
        return false;
    }
    // A server checks its own pages and is backed up by its administrator (pg_dump).
    if (PostgresDialect::is(m_db))
        return true;
    const QString damaged = BackupStore::check(m_db);
    if (!damaged.isEmpty()) {
        *error = damaged;
        return false;
    }
    if (!backup)
        return true;
    BackupInfo created;
    if (!BackupStore(m_db).create(QStringLiteral("import"), &created, error))
        return false;
    if (backupId)
        *backupId = QString::number(created.id);
    return true;
}

bool ImportStore::begin(const ImportMeta &meta, const std::function<void(const QString &)> &waiting,
                        const std::atomic_bool *cancel, QString *error)
{
    if (!sql::beginWrite(m_db, error, waiting, cancel))
        return false;
    m_open = true;
    m_ordersChanged = false;
    m_customers.clear();
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO imports (file_name, sha256, format, encoding, imported_at) "
                                  "VALUES (?, '', ?, ?, ?)"),
                   {meta.fileName, meta.format, meta.encoding, Clock::now().toString(Qt::ISODate)}, error)) {
        abort();
        return false;
    }
    m_importId = q.lastInsertId().toLongLong();
    if (!sql::exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customers)"), {}, error) || !q.next()) {
        abort();
        return false;
    }
    // On an empty store every customer is new: no need to look each one up.
    m_storeHadCustomers = q.value(0).toBool();
    q.finish(); // an open read would keep the tables locked against DROP INDEX
    // In an SQLite file a new customer is numbered here, as SQLite would
    // number her (the largest id + 1; the table has no AUTOINCREMENT), and
    // her row is written once, complete, in finish(): her orders point at
    // her before it exists, which their deferred foreign key allows. A
    // server numbers her from its sequence when she is first seen.
    m_nextCustomerId = 0;
    if (m_db.driverName() == QLatin1String("QSQLITE")
        && !SqliteDialect::nextRowId(m_db, QStringLiteral("customers"), &m_nextCustomerId, error)) {
        abort();
        return false;
    }
    if (!deferIndexes(error)) {
        abort();
        return false;
    }

    const QStringList &oc = columns::order();
    const QStringList &ic = columns::item();
    m_s = std::make_unique<Statements>();
    const struct
    {
        Statement *statement;
        QString text;
    } statements[] = {
        {&m_s->insertOrder,
         QStringLiteral("INSERT INTO orders (source, order_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, %2, ?, ?) ON CONFLICT (source, order_no) DO NOTHING")
             .arg(oc.join(QStringLiteral(", ")), placeholders(oc.size()))},
        {&m_s->findOrder,
         QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id, customer_id "
                        "FROM orders WHERE source = ? AND order_no = ?")},
        {&m_s->updateOrder,
         QStringLiteral("UPDATE orders SET %1, last_import_id = ? WHERE id = ?").arg(assignments(oc))},
        {&m_s->insertItem,
         QStringLiteral("INSERT INTO order_items (source, order_no, line_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, ?, %2, ?, ?) ON CONFLICT (source, order_no, line_no) DO NOTHING")
             .arg(ic.join(QStringLiteral(", ")), placeholders(ic.size()))},
        {&m_s->findItem,
         QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id FROM order_items "
                        "WHERE source = ? AND order_no = ? AND line_no = ?")},
        {&m_s->updateItem,
         QStringLiteral("UPDATE order_items SET %1, last_import_id = ? WHERE id = ?").arg(assignments(ic))},
        {&m_s->findCustomer,
         QStringLiteral("SELECT id, contact_at, contact_order_id, phone_at, phone_order_id "
                        "FROM customers WHERE customer_key = ?")},
        {&m_s->insertRevision,
         QStringLiteral("INSERT INTO import_revisions (import_id, table_name, row_id, "
                        "previous_row) VALUES (?, ?, ?, ?)")},
        {&m_s->insertReject,
         QStringLiteral("INSERT INTO import_rejects (import_id, line, record, reason) VALUES (?, ?, ?, ?)")},
        // The database numbers a customer when she is first seen (her orders
        // point at her); finish() fills in her contact details.
        {&m_s->insertCustomer, QStringLiteral("INSERT INTO customers (customer_key, created_import_id) VALUES (?, ?)")},
    };
    const QSqlDatabase &handle = m_db;
    for (const auto &s : statements) {
        if (!s.statement->prepare(handle, s.text)) {
            *error = s.statement->errorString();
            abort();
            return false;
        }
    }
    if (PostgresDialect::is(m_db)) {
        m_copy = std::make_unique<PostgresCopyImport>(m_db, m_importId);
        if (!m_copy->begin(error)) {
            abort();
            return false;
        }
    }
    return true;
}

bool ImportStore::deferIndexes(QString *error)
{
    m_deferredIndexes.clear();
    m_searchTriggers.clear();
    m_rebuildSearch = false;
    // (A server maintains its indexes its own way: PostgreSQL keeps them.)
    if (m_db.driverName() != QLatin1String("QSQLITE"))
        return true;
    QSqlQuery q(m_db);
    for (const QString &table : {QStringLiteral("orders"), QStringLiteral("order_items")}) {
        if (!sql::exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table), {}, error) || !q.next())
            return false;
        const bool hasRows = q.value(0).toBool();
        q.finish();
        if (hasRows)
            continue;
        // The first import into an empty table: keeping five indexes of a
        // million orders sorted row by row cost more than the rows; built
        // once from the finished table they cost a sort each. The unique
        // (source, order id) index stays: the upsert needs it.
        QStringList names, statements;
        if (!SqliteDialect::indexDefinitions(m_db, table, &names, &statements, error))
            return false;
        for (const QString &name : std::as_const(names)) {
            if (!sql::exec(q, QStringLiteral("DROP INDEX %1").arg(name), {}, error))
                return false;
        }
        m_deferredIndexes += statements;
    }
    // A first import into an empty store: the search index is filled once
    // from the finished customers instead of row by row (twice per new
    // customer: when she is first seen and when her contact is set).
    m_rebuildSearch = !m_storeHadCustomers;
    return !m_rebuildSearch || CustomerSearch::suspend(m_db, &m_searchTriggers, error);
}

bool ImportStore::buildDeferredIndexes(QString *error)
{
    QSqlQuery q(m_db);
    for (const QString &statement : std::as_const(m_deferredIndexes)) {
        if (!sql::exec(q, statement, {}, error))
            return false;
    }
    m_deferredIndexes.clear();
    if (m_rebuildSearch && !CustomerSearch::rebuild(m_db, m_searchTriggers, error))
        return false;
    m_rebuildSearch = false;
    m_searchTriggers.clear();
    return true;
}

void ImportStore::noteContact(Customer &c, const OrderRow &o, qint64 orderRowId)
{
    const qint64 at = packTime(o.paidAt.isEmpty() ? o.createdAt : o.paidAt);
    // Contact details come from the latest order that has an address (an
    // unpaid, closed order often has none).
    if (!o.address.isEmpty() && (c.contactOrder == 0 || at >= c.contactAt)) {
        c.dirty |= c.contactOrder != orderRowId || c.contactAt != at;
        c.contactAt = at;
        c.contactOrder = orderRowId;
    }
    if (!o.phone.isEmpty() && !o.phone.contains(QLatin1Char('*')) && (c.phoneOrder == 0 || at >= c.phoneAt)) {
        c.dirty |= c.phoneOrder != orderRowId || c.phoneAt != at;
        c.phoneAt = at;
        c.phoneOrder = orderRowId;
    }
}

ImportStore::Customer *ImportStore::customerFor(const QString &key, QString *error)
{
    auto it = m_customers.find(key);
    if (it != m_customers.end())
        return &*it;
    Customer c;
    if (m_storeHadCustomers) {
        Statement &find = m_s->findCustomer;
        find.bind(1, key);
        if (find.step()) {
            c.id = find.int64(0);
            c.contactAt = packTime(find.text(1));
            c.contactOrder = find.int64(2);
            c.phoneAt = packTime(find.text(3));
            c.phoneOrder = find.int64(4);
        } else if (!find.ok()) {
            *error = find.errorString();
            find.reset();
            return nullptr;
        }
        find.reset();
        if (c.id)
            return &*m_customers.insert(key, c);
    }
    if (m_nextCustomerId > 0) {
        c.id = m_nextCustomerId++;
        c.isNew = true;
        c.pending = true;
        return &*m_customers.insert(key, c);
    }
    // New: the database gives her id now; finish() drops her again when
    // none of her orders could be written.
    Statement &insert = m_s->insertCustomer;
    insert.bind(1, key);
    insert.bind(2, m_importId);
    if (!insert.exec()) {
        *error = insert.errorString();
        return nullptr;
    }
    c.id = insert.lastInsertId();
    c.isNew = true;
    return &*m_customers.insert(key, c);
}

bool ImportStore::saveRevision(const QString &table, qint64 rowId, const QStringList &cols, QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT last_import_id, %1 FROM %2 WHERE id = ?")
                       .arg(cols.join(QStringLiteral(", ")), table),
                   {rowId}, error)
        || !q.next())
        return false;
    QJsonObject previous;
    previous.insert(QStringLiteral("last_import_id"), q.value(0).toLongLong());
    for (int i = 0; i < cols.size(); ++i)
        previous.insert(cols[i], QJsonValue::fromVariant(q.value(1 + i)));
    Statement &insert = m_s->insertRevision;
    insert.bind(1, m_importId);
    insert.bind(2, table);
    insert.bind(3, rowId);
    insert.bind(4, QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
    if (!insert.exec()) {
        *error = insert.errorString();
        return false;
    }
    return true;
}

ImportStore::Outcome ImportStore::upsertOrder(const OrderRow &o, QString *error)
{
    if (m_copy)
        return m_copy->upsertOrder(o, error);
    Customer *customer = customerFor(o.customerKey, error);
    if (!customer)
        return Outcome::Failed;
    Statement &insertOrder = m_s->insertOrder;
    Statement &findOrder = m_s->findOrder;
    Statement &updateOrder = m_s->updateOrder;
    const int n = int(columns::order().size());
    insertOrder.bind(1, o.source);
    insertOrder.bind(2, o.orderNo);
    columns::bindOrder(insertOrder, 3, o, customer->id);
    insertOrder.bind(3 + n, m_importId);
    insertOrder.bind(4 + n, m_importId);
    if (!insertOrder.exec()) {
        *error = insertOrder.errorString();
        return Outcome::Failed;
    }
    if (insertOrder.changes() == 1) {
        m_ordersChanged = true;
        customer->hasOrder = true;
        noteContact(*customer, o, insertOrder.lastInsertId());
        customer->touched = true;
        return Outcome::Inserted;
    }

    findOrder.bind(1, o.source);
    findOrder.bind(2, o.orderNo);
    if (!findOrder.step()) {
        *error = findOrder.errorString();
        findOrder.reset();
        return Outcome::Failed;
    }
    const qint64 id = findOrder.int64(0);
    const bool same = findOrder.int64(1) == o.fingerprint();
    const bool insertedNow = findOrder.int64(2) == m_importId;
    const bool updatedNow = findOrder.int64(3) == m_importId;
    const qint64 owner = findOrder.int64(4);
    findOrder.reset();
    if (owner != customer->id) {
        // The id belongs to another buyer: never move an order silently.
        *error = customerKeyOf(owner);
        return Outcome::Conflict;
    }
    customer->hasOrder = true;
    noteContact(*customer, o, id);
    if (same)
        return Outcome::Unchanged;
    if (!insertedNow && !updatedNow && !saveRevision(QStringLiteral("orders"), id, columns::order(), error))
        return Outcome::Failed;
    customer->touched = true;
    m_ordersChanged = true;
    columns::bindOrder(updateOrder, 1, o, customer->id);
    updateOrder.bind(1 + n, m_importId);
    updateOrder.bind(2 + n, id);
    if (!updateOrder.exec()) {
        *error = updateOrder.errorString();
        return Outcome::Failed;
    }
    return Outcome::Updated;
}

QString ImportStore::customerKeyOf(qint64 customerId)
{
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
        if (it->id == customerId)
            return it.key();
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"), {customerId}) && q.next())
        return q.value(0).toString();
    return QString::number(customerId);
}

ImportStore::Outcome ImportStore::upsertItem(const ItemRow &it, int lineNo, QString *error)
{
    if (m_copy)
        return m_copy->upsertItem(it, lineNo, error);
    Statement &insertItem = m_s->insertItem;
    Statement &findItem = m_s->findItem;
    Statement &updateItem = m_s->updateItem;
    const int n = int(columns::item().size());
    insertItem.bind(1, it.source);
    insertItem.bind(2, it.orderNo);
    insertItem.bind(3, qint64(lineNo));
    columns::bindItem(insertItem, 4, it);
    insertItem.bind(4 + n, m_importId);
    insertItem.bind(5 + n, m_importId);
    if (!insertItem.exec()) {
        *error = insertItem.errorString();
        return Outcome::Failed;
    }
    if (insertItem.changes() == 1)
        return Outcome::Inserted;
    findItem.bind(1, it.source);
    findItem.bind(2, it.orderNo);
    findItem.bind(3, qint64(lineNo));
    if (!findItem.step()) {
        *error = findItem.errorString();
        findItem.reset();
        return Outcome::Failed;
    }
    const qint64 id = findItem.int64(0);
    const bool same = findItem.int64(1) == it.fingerprint();
    const bool insertedNow = findItem.int64(2) == m_importId;
    const bool updatedNow = findItem.int64(3) == m_importId;
    findItem.reset();
    if (same)
        return insertedNow || updatedNow ? Outcome::Inserted : Outcome::Unchanged;
    if (!insertedNow && !updatedNow && !saveRevision(QStringLiteral("order_items"), id, columns::item(), error))
        return Outcome::Failed;
    columns::bindItem(updateItem, 1, it);
    updateItem.bind(1 + n, m_importId);
    updateItem.bind(2 + n, id);
    if (!updateItem.exec()) {
        *error = updateItem.errorString();
        return Outcome::Failed;
    }
    if (insertedNow)
        return Outcome::Inserted;
    return updatedNow ? Outcome::Unchanged : Outcome::Updated;
}

bool ImportStore::addReject(qint64 line, qint64 record, const QString &reason, QString *error)
{
    Statement &insertReject = m_s->insertReject;
    insertReject.bind(1, m_importId);
    insertReject.bind(2, line);
    insertReject.bind(3, record);
    insertReject.bind(4, reason);
    if (!insertReject.exec()) {
        *error = insertReject.errorString();
        return false;
    }
    return true;
}

bool ImportStore::finishCustomers(bool *anyTouched, QString *error)
{
    const QSqlDatabase &handle = m_db;
    Statement update, drop, insert;
    if (!update.prepare(handle,
                        QStringLiteral("UPDATE customers SET contact_order_id = ?, contact_at = ?, "
                                       "phone_order_id = ?, phone_at = ? WHERE id = ?"))
        || !drop.prepare(handle, QStringLiteral("DELETE FROM customers WHERE id = ?"))
        || !insert.prepare(handle,
                           QStringLiteral("INSERT INTO customers (contact_order_id, contact_at, phone_order_id, "
                                          "phone_at, id, customer_key, created_import_id) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?)"))) {
        *error = !update.isPrepared() ? update.errorString()
            : !drop.isPrepared()      ? drop.errorString()
                                      : insert.errorString();
        return false;
    }
    auto bindOrder = [](Statement &s, int i, qint64 orderId) {
        if (orderId)
            s.bind(i, orderId);
        else
            s.bindNull(i);
    };
    // In id order, so the updates walk the table instead of jumping about.
    std::vector<std::pair<const QString *, const Customer *>> ordered;
    ordered.reserve(size_t(m_customers.size()));
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
        ordered.emplace_back(&it.key(), &it.value());
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second->id < b.second->id; });
    // Each new customer's row, written after her orders, makes SQLite look
    // for the orders that wait for it (their deferred foreign key): the
    // index of orders by customer, when the import deferred it, is built
    // first, or every such look-up would read the whole table.
    for (qsizetype i = 0; i < m_deferredIndexes.size();) {
        const QString &statement = m_deferredIndexes[i];
        if (!statement.contains(QLatin1String("ON orders(customer_id)"))
            || statement.contains(QLatin1String("WHERE"), Qt::CaseInsensitive)) {
            ++i;
            continue;
        }
        QSqlQuery build(m_db);
        if (!sql::exec(build, statement, {}, error))
            return false;
        m_deferredIndexes.removeAt(i);
    }
    bool touched = false;
    for (const auto &[key, customer] : ordered) {
        const Customer &c = *customer;
        touched |= c.touched;
        if (c.pending) {
            // Numbered in customerFor(), written now with her contact
            // details, in id order: appended to the table. Without an
            // order (her only rows were rejected) she is not written at all.
            if (!c.hasOrder)
                continue;
            bindOrder(insert, 1, c.contactOrder);
            insert.bindOrNull(2, unpackTime(c.contactAt));
            bindOrder(insert, 3, c.phoneOrder);
            insert.bindOrNull(4, unpackTime(c.phoneAt));
            insert.bind(5, c.id);
            insert.bind(6, *key);
            insert.bind(7, m_importId);
            if (!insert.exec()) {
                *error = insert.errorString();
                return false;
            }
        } else if (c.isNew && !c.hasOrder) {
            // Her only row was rejected: she is not a customer after all.
            drop.bind(1, c.id);
            if (!drop.exec()) {
                *error = drop.errorString();
                return false;
            }
        } else if (c.dirty) {
            bindOrder(update, 1, c.contactOrder);
            update.bindOrNull(2, unpackTime(c.contactAt));
            bindOrder(update, 3, c.phoneOrder);
            update.bindOrNull(4, unpackTime(c.phoneAt));
            update.bind(5, c.id);
            if (!update.exec()) {
                *error = update.errorString();
                return false;
            }
        }
    }
    // Automatic tags are re-derived for the customers this import touched:
    // those of changed orders, and those of orders whose items changed.
    Statement dirty;
    if (!dirty.prepare(handle,
                       QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) VALUES (?) "
                                      "ON CONFLICT (customer_id) DO NOTHING"))) {
        *error = dirty.errorString();
        return false;
    }
    for (const auto &[key, customer] : ordered) {
        if (!customer->touched)
            continue;
        dirty.bind(1, customer->id);
        if (!dirty.exec()) {
            *error = dirty.errorString();
            return false;
        }
    }
    dirty.finalize();
    insert.finalize();
    update.finalize();
    drop.finalize();
    *anyTouched = touched;
    return true;
}

bool ImportStore::finish(const ImportCounts &counts, const QString &sha256, QString *error)
{
    bool anyTouched = true; // the server's set-based path refreshes the contacts of what it touched
    if (m_copy) {
        // The staged rows, set-based, in this transaction.
        if (!m_copy->finish(error))
            return false;
        m_ordersChanged = m_copy->ordersChanged();
    } else if (!finishCustomers(&anyTouched, error)) {
        return false;
    }
    m_customers = {};
#ifdef __GLIBC__
    // The import's own maps are gone: their pages go back to the system
    // before the index builds below take theirs.
    malloc_trim(0);
#endif
    if (!buildDeferredIndexes(error))
        return false;
    // The touched customers' mobile, name and e-mail on their own rows, in one
    // statement now that every row has landed (outreach reads them from there).
    // They come from the orders alone: an import that changed no order (an
    // item report, the same file again) leaves them as they are.
    if (anyTouched && !CustomerContacts::refresh(m_db, CustomerContacts::Scope::Touched, error))
        return false;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) SELECT DISTINCT o.customer_id "
                                  "FROM order_items i JOIN orders o ON o.source = i.source AND o.order_no = i.order_no "
                                  "WHERE i.last_import_id = ? ON CONFLICT (customer_id) DO NOTHING"),
                   {m_importId}, error))
        return false;
    if (!sql::exec(q,
                   QStringLiteral("UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?, "
                                  "rejected = ?, sha256 = ? WHERE id = ?"),
                   {counts.rowsRead, counts.inserted, counts.updated, counts.unchanged, counts.rejected, sha256,
                    m_importId},
                   error))
        return false;
    // The stored customer figures no longer match the orders: mark them stale
    // in the same transaction, so a crash before the recompute can never leave
    // old figures served as current (readers compute afresh until then). An
    // import that changed no order (an item report, the same file again)
    // leaves every figure as it was: they come from the orders alone.
    if (m_ordersChanged && !sql::exec(q, QStringLiteral("DELETE FROM settings WHERE key = 'metrics_as_of'"), {}, error))
        return false;
    m_s.reset();
    m_copy.reset();
    m_open = false;
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        *error = sql::describeError(e.nativeErrorCode().toInt(), e.text());
        m_db.rollback();
        return false;
    }
    return true;
}

void ImportStore::abort()
{
    if (!m_open)
        return;
    m_s.reset();
    m_copy.reset();
    m_customers.clear();
    m_deferredIndexes.clear(); // the rollback brings the dropped indexes and triggers back
    m_searchTriggers.clear();
    m_rebuildSearch = false;
    m_open = false;
    m_db.rollback();
}

} // namespace huitou
