#include "ImportStore.h"

#include "OrderColumns.h"
#include "SqlUtil.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QVariant>

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

QString failure(const QSqlQuery &q)
{
    return q.lastError().text();
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

bool ImportStore::begin(const ImportMeta &meta, QString *error)
{
    if (!m_db.transaction()) {
        *error = m_db.lastError().text();
        return false;
    }
    m_open = true;
    m_customers.clear();
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO imports (file_name, sha256, format, encoding, imported_at) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {meta.fileName, meta.sha256, meta.format, meta.encoding,
                    QDateTime::currentDateTime().toString(Qt::ISODate)},
                   error)) {
        abort();
        return false;
    }
    m_importId = q.lastInsertId().toLongLong();

    const QStringList &oc = columns::order();
    const QStringList &ic = columns::item();
    const struct
    {
        QSqlQuery *query;
        QString text;
    } statements[] = {
        {&m_insertOrder,
         QStringLiteral("INSERT INTO orders (source, order_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, %2, ?, ?) ON CONFLICT (source, order_no) DO NOTHING")
             .arg(oc.join(QStringLiteral(", ")), placeholders(oc.size()))},
        {&m_findOrder, QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id, %1 FROM orders "
                                      "WHERE source = ? AND order_no = ?")
                           .arg(oc.join(QStringLiteral(", ")))},
        {&m_updateOrder, QStringLiteral("UPDATE orders SET %1, last_import_id = ? WHERE id = ?").arg(assignments(oc))},
        {&m_insertItem,
         QStringLiteral("INSERT INTO order_items (source, order_no, line_no, %1, first_import_id, last_import_id) "
                        "VALUES (?, ?, ?, %2, ?, ?) ON CONFLICT (source, order_no, line_no) DO NOTHING")
             .arg(ic.join(QStringLiteral(", ")), placeholders(ic.size()))},
        {&m_findItem, QStringLiteral("SELECT id, fingerprint, first_import_id, last_import_id, %1 FROM order_items "
                                     "WHERE source = ? AND order_no = ? AND line_no = ?")
                          .arg(ic.join(QStringLiteral(", ")))},
        {&m_updateItem,
         QStringLiteral("UPDATE order_items SET %1, last_import_id = ? WHERE id = ?").arg(assignments(ic))},
        {&m_insertCustomer, QStringLiteral("INSERT INTO customers (customer_key, created_import_id) VALUES (?, ?) "
                                           "ON CONFLICT (customer_key) DO NOTHING")},
        {&m_findCustomer,
         QStringLiteral("SELECT id, contact_at, receiver_name, address, province, phone_display, phone_at, phone, "
                        "email FROM customers WHERE customer_key = ?")},
        {&m_insertRevision, QStringLiteral("INSERT INTO import_revisions (import_id, table_name, row_id, "
                                           "previous_row) VALUES (?, ?, ?, ?)")},
        {&m_insertReject,
         QStringLiteral("INSERT INTO import_rejects (import_id, line, record, reason) VALUES (?, ?, ?, ?)")},
    };
    for (const auto &s : statements) {
        *s.query = QSqlQuery(m_db);
        s.query->setForwardOnly(true);
        if (!sql::prepare(*s.query, s.text, error)) {
            abort();
            return false;
        }
    }
    return true;
}

namespace {
void assign(QString &target, const QString &value, bool *dirty)
{
    if (target != value) {
        target = value;
        *dirty = true;
    }
}
} // namespace

void ImportStore::mergeContact(Contact &c, const OrderRow &o)
{
    const QString &at = o.paidAt.isEmpty() ? o.createdAt : o.paidAt;
    if (c.contactAt.isEmpty() || at >= c.contactAt) {
        assign(c.contactAt, at, &c.dirty);
        if (!o.receiverName.isEmpty())
            assign(c.receiverName, o.receiverName, &c.dirty);
        if (!o.address.isEmpty()) {
            assign(c.address, o.address, &c.dirty);
            if (!o.province.isEmpty())
                assign(c.province, o.province, &c.dirty);
        }
        if (!o.phone.isEmpty())
            assign(c.phoneDisplay, o.phone, &c.dirty);
        if (!o.email.isEmpty())
            assign(c.email, o.email, &c.dirty);
    }
    if (!o.phone.isEmpty() && !o.phone.contains(QLatin1Char('*')) && (c.phoneAt.isEmpty() || at >= c.phoneAt)) {
        assign(c.phoneAt, at, &c.dirty);
        assign(c.phone, o.phone, &c.dirty);
    }
}

std::optional<qint64> ImportStore::customerFor(const OrderRow &order, QString *error)
{
    auto it = m_customers.find(order.customerKey);
    if (it == m_customers.end()) {
        Contact c;
        if (!sql::run(m_insertCustomer, {order.customerKey, m_importId}, error))
            return std::nullopt;
        if (m_insertCustomer.numRowsAffected() == 1) {
            c.id = m_insertCustomer.lastInsertId().toLongLong();
        } else {
            if (!sql::run(m_findCustomer, {order.customerKey}, error) || !m_findCustomer.next()) {
                if (error->isEmpty())
                    *error = QStringLiteral("customer lookup failed");
                return std::nullopt;
            }
            const QSqlQuery &f = m_findCustomer;
            c.id = f.value(0).toLongLong();
            c.contactAt = f.value(1).toString();
            c.receiverName = f.value(2).toString();
            c.address = f.value(3).toString();
            c.province = f.value(4).toString();
            c.phoneDisplay = f.value(5).toString();
            c.phoneAt = f.value(6).toString();
            c.phone = f.value(7).toString();
            c.email = f.value(8).toString();
            m_findCustomer.finish();
        }
        it = m_customers.insert(order.customerKey, c);
    }
    mergeContact(*it, order);
    return it->id;
}

bool ImportStore::saveRevision(const QString &table, qint64 rowId, const QSqlQuery &current, int firstColumn,
                               const QStringList &cols, QString *error)
{
    QJsonObject previous;
    previous.insert(QStringLiteral("last_import_id"), current.value(3).toLongLong());
    for (int i = 0; i < cols.size(); ++i)
        previous.insert(cols[i], QJsonValue::fromVariant(current.value(firstColumn + i)));
    return sql::run(m_insertRevision,
                    {m_importId, table, rowId,
                     QString::fromUtf8(QJsonDocument(previous).toJson(QJsonDocument::Compact))},
                    error);
}

ImportStore::Outcome ImportStore::upsertOrder(const OrderRow &o, QString *error)
{
    const auto customerId = customerFor(o, error);
    if (!customerId)
        return Outcome::Failed;
    const QStringList &oc = columns::order();
    m_insertOrder.bindValue(0, o.source);
    m_insertOrder.bindValue(1, o.orderNo);
    columns::bindOrder(m_insertOrder, 2, o, *customerId);
    m_insertOrder.bindValue(2 + int(oc.size()), m_importId);
    m_insertOrder.bindValue(3 + int(oc.size()), m_importId);
    if (!m_insertOrder.exec()) {
        *error = failure(m_insertOrder);
        return Outcome::Failed;
    }
    if (m_insertOrder.numRowsAffected() == 1)
        return Outcome::Inserted;

    if (!sql::run(m_findOrder, {o.source, o.orderNo}, error) || !m_findOrder.next())
        return Outcome::Failed;
    const qint64 id = m_findOrder.value(0).toLongLong();
    const bool same = m_findOrder.value(1).toLongLong() == o.fingerprint();
    const bool insertedNow = m_findOrder.value(2).toLongLong() == m_importId;
    const bool updatedNow = m_findOrder.value(3).toLongLong() == m_importId;
    if (same) {
        m_findOrder.finish();
        return insertedNow || updatedNow ? Outcome::Inserted : Outcome::Unchanged;
    }
    if (!insertedNow && !updatedNow && !saveRevision(QStringLiteral("orders"), id, m_findOrder, 4, oc, error))
        return Outcome::Failed;
    m_findOrder.finish();
    columns::bindOrder(m_updateOrder, 0, o, *customerId);
    m_updateOrder.bindValue(int(oc.size()), m_importId);
    m_updateOrder.bindValue(int(oc.size()) + 1, id);
    if (!m_updateOrder.exec()) {
        *error = failure(m_updateOrder);
        return Outcome::Failed;
    }
    // A row first written by this import stays "inserted"; a second change of
    // the same row in one import counts once.
    if (insertedNow)
        return Outcome::Inserted;
    return updatedNow ? Outcome::Unchanged : Outcome::Updated;
}

ImportStore::Outcome ImportStore::upsertItem(const ItemRow &it, int lineNo, QString *error)
{
    const QStringList &ic = columns::item();
    m_insertItem.bindValue(0, it.source);
    m_insertItem.bindValue(1, it.orderNo);
    m_insertItem.bindValue(2, lineNo);
    columns::bindItem(m_insertItem, 3, it);
    m_insertItem.bindValue(3 + int(ic.size()), m_importId);
    m_insertItem.bindValue(4 + int(ic.size()), m_importId);
    if (!m_insertItem.exec()) {
        *error = failure(m_insertItem);
        return Outcome::Failed;
    }
    if (m_insertItem.numRowsAffected() == 1)
        return Outcome::Inserted;
    if (!sql::run(m_findItem, {it.source, it.orderNo, lineNo}, error) || !m_findItem.next())
        return Outcome::Failed;
    const qint64 id = m_findItem.value(0).toLongLong();
    const bool same = m_findItem.value(1).toLongLong() == it.fingerprint();
    const bool insertedNow = m_findItem.value(2).toLongLong() == m_importId;
    const bool updatedNow = m_findItem.value(3).toLongLong() == m_importId;
    if (same) {
        m_findItem.finish();
        return insertedNow || updatedNow ? Outcome::Inserted : Outcome::Unchanged;
    }
    if (!insertedNow && !updatedNow && !saveRevision(QStringLiteral("order_items"), id, m_findItem, 4, ic, error))
        return Outcome::Failed;
    m_findItem.finish();
    columns::bindItem(m_updateItem, 0, it);
    m_updateItem.bindValue(int(ic.size()), m_importId);
    m_updateItem.bindValue(int(ic.size()) + 1, id);
    if (!m_updateItem.exec()) {
        *error = failure(m_updateItem);
        return Outcome::Failed;
    }
    if (insertedNow)
        return Outcome::Inserted;
    return updatedNow ? Outcome::Unchanged : Outcome::Updated;
}

bool ImportStore::addReject(qint64 line, qint64 record, const QString &reason, QString *error)
{
    return sql::run(m_insertReject, {m_importId, line, record, reason}, error);
}

bool ImportStore::finish(const ImportCounts &counts, const QString &sha256, QString *error)
{
    QSqlQuery update(m_db);
    if (!sql::prepare(update,
                      QStringLiteral("UPDATE customers SET contact_at = ?, receiver_name = ?, address = ?, "
                                     "province = ?, phone_display = ?, phone_at = ?, phone = ?, email = ? "
                                     "WHERE id = ?"),
                      error))
        return false;
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    for (const Contact &c : std::as_const(m_customers)) {
        if (!c.dirty)
            continue;
        if (!sql::run(update,
                      {orNull(c.contactAt), orNull(c.receiverName), orNull(c.address), orNull(c.province),
                       orNull(c.phoneDisplay), orNull(c.phoneAt), orNull(c.phone), orNull(c.email), c.id},
                      error))
            return false;
    }
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?, "
                                  "rejected = ?, sha256 = ? WHERE id = ?"),
                   {counts.rowsRead, counts.inserted, counts.updated, counts.unchanged, counts.rejected, sha256,
                    m_importId},
                   error))
        return false;
    for (QSqlQuery *s : {&m_insertOrder, &m_findOrder, &m_updateOrder, &m_insertItem, &m_findItem, &m_updateItem,
                         &m_insertCustomer, &m_findCustomer, &m_insertRevision, &m_insertReject})
        *s = QSqlQuery();
    m_open = false;
    if (!m_db.commit()) {
        *error = m_db.lastError().text();
        m_db.rollback();
        return false;
    }
    return true;
}

void ImportStore::abort()
{
    if (!m_open)
        return;
    for (QSqlQuery *s : {&m_insertOrder, &m_findOrder, &m_updateOrder, &m_insertItem, &m_findItem, &m_updateItem,
                         &m_insertCustomer, &m_findCustomer, &m_insertRevision, &m_insertReject})
        *s = QSqlQuery();
    m_open = false;
    m_db.rollback();
}

} // namespace huitou
