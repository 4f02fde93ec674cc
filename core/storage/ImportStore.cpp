#include "ImportStore.h"

#include "BackupStore.h"
#include "Clock.h"
#include "Database.h"
#include "OrderColumns.h"
#include "SettingsStore.h"
#include "SqlUtil.h"

#include <QDateTime>

#include <algorithm>
#include <vector>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <sqlite3.h>

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

// "yyyy-MM-dd HH:mm:ss" <-> yyyyMMddHHmmss, ordered the same way.
qint64 packTime(const QString &iso)
{
    qint64 v = 0;
    for (QChar c : iso)
        if (c.isDigit())
            v = v * 10 + (c.unicode() - '0');
    return v;
}

QString unpackTime(qint64 v)
{
    if (v == 0)
        return {};
    const QString d = QString::number(v);
    return QStringLiteral("%1-%2-%3 %4:%5:%6")
        .arg(d.mid(0, 4), d.mid(4, 2), d.mid(6, 2), d.mid(8, 2), d.mid(10, 2), d.mid(12, 2));
}

} // namespace

ImportStore::ImportStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

ImportStore::~ImportStore()
{
    abort();
}

qint64 ImportStore::maxOrderAmountFen(const QSqlDatabase &db)
{
    bool ok = false;
    const qint64 v = SettingsStore(db).value(QStringLiteral("max_order_amount_fen")).toLongLong(&ok);
    return ok && v > 0 ? v : kDefaultMaxOrderFen;
}

bool ImportStore::checkAndBackUp(QSqlDatabase db, bool backup, QString *backupId, QString *error)
{
    if (Database::isReadOnly(db)) {
        *error = sql::describeError(SQLITE_READONLY, db.databaseName());
        return false;
    }
    const QString damaged = BackupStore::check(db);
    if (!damaged.isEmpty()) {
        *error = damaged;
        return false;
    }
    if (!backup)
        return true;
    BackupInfo created;
    if (!BackupStore(db).create(QStringLiteral("import"), &created, error))
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
    m_customers.clear();
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO imports (file_name, sha256, format, encoding, imported_at) "
                                  "VALUES (?, '', ?, ?, ?)"),
                   {meta.fileName, meta.format, meta.encoding, Clock::now().toString(Qt::ISODate)},
                   error)) {
        abort();
        return false;
    }
    m_importId = q.lastInsertId().toLongLong();
    if (!sql::exec(q, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM customers"), {}, error) || !q.next()) {
        abort();
        return false;
    }
    m_nextCustomerId = q.value(0).toLongLong();
    // On an empty store every customer is new: no need to look each one up.
    m_storeHadCustomers = m_nextCustomerId > 1;

    const QStringList &oc = columns::order();
    const QStringList &ic = columns::item();
    sqlite3 *handle = SqliteStatement::handle(m_db);
    const struct
    {
        SqliteStatement *statement;
        QString text;
    } statements[] = {
        {&m_insertOrder,
         QStringLiteral("INSERT INTO orders (source, order_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, %2, ?, ?) ON CONFLICT (source, order_no) DO NOTHING")
             .arg(oc.join(QStringLiteral(", ")), placeholders(oc.size()))},
        {&m_findOrder, QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id, customer_id "
                                      "FROM orders WHERE source = ? AND order_no = ?")},
        {&m_updateOrder, QStringLiteral("UPDATE orders SET %1, last_import_id = ? WHERE id = ?").arg(assignments(oc))},
        {&m_insertItem,
         QStringLiteral("INSERT INTO order_items (source, order_no, line_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, ?, %2, ?, ?) ON CONFLICT (source, order_no, line_no) DO NOTHING")
             .arg(ic.join(QStringLiteral(", ")), placeholders(ic.size()))},
        {&m_findItem, QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id FROM order_items "
                                     "WHERE source = ? AND order_no = ? AND line_no = ?")},
        {&m_updateItem,
         QStringLiteral("UPDATE order_items SET %1, last_import_id = ? WHERE id = ?").arg(assignments(ic))},
        {&m_findCustomer, QStringLiteral("SELECT id, contact_at, contact_order_id, phone_at, phone_order_id "
                                         "FROM customers WHERE customer_key = ?")},
        {&m_insertRevision, QStringLiteral("INSERT INTO import_revisions (import_id, table_name, row_id, "
                                           "previous_row) VALUES (?, ?, ?, ?)")},
        {&m_insertReject,
         QStringLiteral("INSERT INTO import_rejects (import_id, line, record, reason) VALUES (?, ?, ?, ?)")},
    };
    for (const auto &s : statements) {
        if (!s.statement->prepare(handle, s.text)) {
            *error = s.statement->errorString();
            abort();
            return false;
        }
    }
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
    if (!m_storeHadCustomers) {
        c.id = m_nextCustomerId++;
        c.isNew = true;
        return &*m_customers.insert(key, c);
    }
    m_findCustomer.bind(1, key);
    if (m_findCustomer.step()) {
        c.id = m_findCustomer.int64(0);
        c.contactAt = packTime(m_findCustomer.text(1));
        c.contactOrder = m_findCustomer.int64(2);
        c.phoneAt = packTime(m_findCustomer.text(3));
        c.phoneOrder = m_findCustomer.int64(4);
    } else if (!m_findCustomer.ok()) {
        *error = m_findCustomer.errorString();
        m_findCustomer.reset();
        return nullptr;
    } else {
        // Written in finish(); orders may point at it before (deferred key).
        c.id = m_nextCustomerId++;
        c.isNew = true;
    }
    m_findCustomer.reset();
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
    m_insertRevision.bind(1, m_importId);
    m_insertRevision.bind(2, table);
    m_insertRevision.bind(3, rowId);
    m_insertRevision.bind(4, QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact)));
    if (!m_insertRevision.exec()) {
        *error = m_insertRevision.errorString();
        return false;
    }
    return true;
}

ImportStore::Outcome ImportStore::upsertOrder(const OrderRow &o, QString *error)
{
    Customer *customer = customerFor(o.customerKey, error);
    if (!customer)
        return Outcome::Failed;
    const int n = int(columns::order().size());
    m_insertOrder.bind(1, o.source);
    m_insertOrder.bind(2, o.orderNo);
    columns::bindOrder(m_insertOrder, 3, o, customer->id);
    m_insertOrder.bind(3 + n, m_importId);
    m_insertOrder.bind(4 + n, m_importId);
    if (!m_insertOrder.exec()) {
        *error = m_insertOrder.errorString();
        return Outcome::Failed;
    }
    if (m_insertOrder.changes() == 1) {
        customer->hasOrder = true;
        noteContact(*customer, o, m_insertOrder.lastInsertId());
        customer->touched = true;
        return Outcome::Inserted;
    }

    m_findOrder.bind(1, o.source);
    m_findOrder.bind(2, o.orderNo);
    if (!m_findOrder.step()) {
        *error = m_findOrder.errorString();
        m_findOrder.reset();
        return Outcome::Failed;
    }
    const qint64 id = m_findOrder.int64(0);
    const bool same = m_findOrder.int64(1) == o.fingerprint();
    const bool insertedNow = m_findOrder.int64(2) == m_importId;
    const bool updatedNow = m_findOrder.int64(3) == m_importId;
    const qint64 owner = m_findOrder.int64(4);
    m_findOrder.reset();
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
    columns::bindOrder(m_updateOrder, 1, o, customer->id);
    m_updateOrder.bind(1 + n, m_importId);
    m_updateOrder.bind(2 + n, id);
    if (!m_updateOrder.exec()) {
        *error = m_updateOrder.errorString();
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
    const int n = int(columns::item().size());
    m_insertItem.bind(1, it.source);
    m_insertItem.bind(2, it.orderNo);
    m_insertItem.bind(3, qint64(lineNo));
    columns::bindItem(m_insertItem, 4, it);
    m_insertItem.bind(4 + n, m_importId);
    m_insertItem.bind(5 + n, m_importId);
    if (!m_insertItem.exec()) {
        *error = m_insertItem.errorString();
        return Outcome::Failed;
    }
    if (m_insertItem.changes() == 1)
        return Outcome::Inserted;
    m_findItem.bind(1, it.source);
    m_findItem.bind(2, it.orderNo);
    m_findItem.bind(3, qint64(lineNo));
    if (!m_findItem.step()) {
        *error = m_findItem.errorString();
        m_findItem.reset();
        return Outcome::Failed;
    }
    const qint64 id = m_findItem.int64(0);
    const bool same = m_findItem.int64(1) == it.fingerprint();
    const bool insertedNow = m_findItem.int64(2) == m_importId;
    const bool updatedNow = m_findItem.int64(3) == m_importId;
    m_findItem.reset();
    if (same)
        return insertedNow || updatedNow ? Outcome::Inserted : Outcome::Unchanged;
    if (!insertedNow && !updatedNow && !saveRevision(QStringLiteral("order_items"), id, columns::item(), error))
        return Outcome::Failed;
    columns::bindItem(m_updateItem, 1, it);
    m_updateItem.bind(1 + n, m_importId);
    m_updateItem.bind(2 + n, id);
    if (!m_updateItem.exec()) {
        *error = m_updateItem.errorString();
        return Outcome::Failed;
    }
    if (insertedNow)
        return Outcome::Inserted;
    return updatedNow ? Outcome::Unchanged : Outcome::Updated;
}

bool ImportStore::addReject(qint64 line, qint64 record, const QString &reason, QString *error)
{
    m_insertReject.bind(1, m_importId);
    m_insertReject.bind(2, line);
    m_insertReject.bind(3, record);
    m_insertReject.bind(4, reason);
    if (!m_insertReject.exec()) {
        *error = m_insertReject.errorString();
        return false;
    }
    return true;
}

bool ImportStore::finish(const ImportCounts &counts, const QString &sha256, QString *error)
{
    sqlite3 *handle = SqliteStatement::handle(m_db);
    SqliteStatement insert, update;
    if (!insert.prepare(handle, QStringLiteral("INSERT INTO customers (id, customer_key, contact_order_id, contact_at, "
                                               "phone_order_id, phone_at, created_import_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?)"))
        || !update.prepare(handle, QStringLiteral("UPDATE customers SET contact_order_id = ?, contact_at = ?, "
                                                  "phone_order_id = ?, phone_at = ? WHERE id = ?"))) {
        *error = insert.errorString();
        return false;
    }
    auto bindOrder = [](SqliteStatement &s, int i, qint64 orderId) {
        if (orderId)
            s.bind(i, orderId);
        else
            s.bindNull(i);
    };
    // In id order, so new rows append to the table instead of landing at random.
    std::vector<std::pair<const QString *, const Customer *>> ordered;
    ordered.reserve(size_t(m_customers.size()));
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
        ordered.emplace_back(&it.key(), &it.value());
    std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) { return a.second->id < b.second->id; });
    for (const auto &[key, customer] : ordered) {
        const Customer &c = *customer;
        if (c.isNew && !c.hasOrder)
            continue; // her only row was rejected
        if (c.isNew) {
            insert.bind(1, c.id);
            insert.bind(2, *key);
            bindOrder(insert, 3, c.contactOrder);
            insert.bindOrNull(4, unpackTime(c.contactAt));
            bindOrder(insert, 5, c.phoneOrder);
            insert.bindOrNull(6, unpackTime(c.phoneAt));
            insert.bind(7, m_importId);
            if (!insert.exec()) {
                *error = insert.errorString();
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
    SqliteStatement dirty;
    if (!dirty.prepare(handle, QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) VALUES (?) "
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
    m_customers.clear();
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
    // old figures served as current (readers compute afresh until then).
    if (!sql::exec(q, QStringLiteral("DELETE FROM settings WHERE key = 'metrics_as_of'"), {}, error))
        return false;
    releaseStatements();
    m_open = false;
    if (!m_db.commit()) {
        const QSqlError e = m_db.lastError();
        *error = sql::describeError(e.nativeErrorCode().toInt(), e.text());
        m_db.rollback();
        return false;
    }
    return true;
}

void ImportStore::releaseStatements()
{
    for (SqliteStatement *s : {&m_insertOrder, &m_findOrder, &m_updateOrder, &m_insertItem, &m_findItem,
                               &m_updateItem, &m_findCustomer, &m_insertRevision, &m_insertReject})
        s->finalize();
}

void ImportStore::abort()
{
    if (!m_open)
        return;
    releaseStatements();
    m_customers.clear();
    m_open = false;
    m_db.rollback();
}

} // namespace huitou
