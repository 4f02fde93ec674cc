#include "ReasonStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "TaxonomyStore.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QJsonObject describe(const ReasonEntry &e)
{
    QJsonObject o{{QStringLiteral("kind"), e.kind},
                  {QStringLiteral("reason"), e.reasonCode},
                  {QStringLiteral("text"), e.text},
                  {QStringLiteral("day"), e.loggedDay.toString(Qt::ISODate)}};
    if (!e.orderNo.isEmpty())
        o.insert(QStringLiteral("order"), e.orderNo);
    if (!e.itemTitle.isEmpty())
        o.insert(QStringLiteral("item"), e.itemTitle);
    if (!e.confirmed)
        o.insert(QStringLiteral("suggested"), true);
    return o;
}

} // namespace

ReasonStore::ReasonStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool ReasonStore::validKind(const QString &kind)
{
    return kind == QLatin1String("complaint") || kind == QLatin1String("return") || kind == QLatin1String("review");
}

qint64 ReasonStore::orderOfCustomer(qint64 customerId, const QString &orderNo, QString *error) const
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT id, customer_id FROM orders WHERE order_no = ? ORDER BY id"), {orderNo},
                   error))
        return 0;
    bool exists = false;
    while (q.next()) {
        exists = true;
        if (q.value(1).toLongLong() == customerId)
            return q.value(0).toLongLong();
    }
    *error = exists ? tr("order: %1 is not this customer's order.").arg(orderNo)
                    : tr("order: there is no order %1.").arg(orderNo);
    return 0;
}

QList<QPair<qint64, QString>> ReasonStore::itemsOfOrder(qint64 orderId) const
{
    QList<QPair<qint64, QString>> out;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT i.id, i.title, i.sku_text FROM orders o JOIN order_items i ON i.source = "
                                  "o.source AND i.order_no = o.order_no WHERE o.id = ? ORDER BY i.line_no"),
                   {orderId}))
        return out;
    while (q.next()) {
        const QString sku = q.value(2).toString();
        out.append({q.value(0).toLongLong(),
                    q.value(1).toString() + (sku.isEmpty() ? QString() : QStringLiteral(" · ") + sku)});
    }
    return out;
}

qint64 ReasonStore::add(ReasonEntry e, const QString &staff, QString *error)
{
    if (!validKind(e.kind)) {
        *error = tr("kind: must be complaint, return or review, not \"%1\".").arg(e.kind);
        return 0;
    }
    const Taxonomy taxonomy = TaxonomyStore(m_db).load();
    const Reason *reason = taxonomy.reason(e.reasonCode);
    if (!reason) {
        *error = tr("reason: unknown reason code \"%1\".").arg(e.reasonCode);
        return 0;
    }
    if (!reason->mergedInto.isEmpty())
        e.reasonCode = taxonomy.effectiveCode(e.reasonCode);
    if (!e.loggedDay.isValid()) {
        *error = tr("day: the day of the entry is missing.");
        return 0;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"), {e.customerId}, error))
        return 0;
    if (!q.next()) {
        *error = tr("customer: no customer with id %1.").arg(e.customerId);
        return 0;
    }
    e.customerKey = q.value(0).toString();
    if (e.orderId > 0) {
        if (!sql::exec(q, QStringLiteral("SELECT customer_id, order_no, source FROM orders WHERE id = ?"), {e.orderId},
                       error))
            return 0;
        if (!q.next() || q.value(0).toLongLong() != e.customerId) {
            *error = tr("order: the order is not this customer's.");
            return 0;
        }
        e.orderNo = q.value(1).toString();
        const QString source = q.value(2).toString();
        if (e.itemId > 0) {
            QSqlQuery i(m_db);
            if (!sql::exec(i,
                           QStringLiteral("SELECT title FROM order_items WHERE id = ? AND order_no = ? AND source = ?"),
                           {e.itemId, e.orderNo, source}, error))
                return 0;
            if (!i.next()) {
                *error = tr("item: the item line is not part of order %1.").arg(e.orderNo);
                return 0;
            }
            e.itemTitle = i.value(0).toString();
        }
    } else if (e.itemId > 0) {
        *error = tr("item: an item line needs its order.");
        return 0;
    }
    e.staff = staff;
    e.createdAt = AuditLog::nowText();
    if (!sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO reason_entries (customer_id, kind, reason_code, order_id, item_id, text, "
                       "logged_day, staff, created_at, source, review_id, confirmed) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {e.customerId, e.kind, e.reasonCode, idOrNull(e.orderId), idOrNull(e.itemId), notNull(e.text),
                    e.loggedDay.toString(Qt::ISODate), nonNull(staff), e.createdAt, e.source, idOrNull(e.reviewId),
                    e.confirmed ? 1 : 0},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(e.customerId, QStringLiteral("reason_logged"), QStringLiteral("reason_entry"), id,
                               describe(e), staff, error)
        || !tx.commit())
        return 0;
    return id;
}

bool ReasonStore::resolve(qint64 id, const QString &resolution, const QDate &day, const QString &staff, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        *error = tr("entry: no reason entry %1.").arg(id);
        return false;
    }
    if (e->kind == QLatin1String("review")) {
        *error = tr("entry: reviews are not resolved, only complaints and returns.");
        return false;
    }
    if (resolution.trimmed().isEmpty()) {
        *error = tr("resolution: say how it was resolved.");
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral(
                       "UPDATE reason_entries SET resolved_at = ?, resolution = ?, resolved_by = ? WHERE id = ?"),
                   {day.toString(Qt::ISODate), resolution.trimmed(), nonNull(staff), id}, error)
        || !AuditLog(m_db).record(e->customerId, QStringLiteral("reason_resolved"), QStringLiteral("reason_entry"), id,
                                  QJsonObject{{QStringLiteral("kind"), e->kind},
                                              {QStringLiteral("reason"), e->reasonCode},
                                              {QStringLiteral("resolution"), resolution.trimmed()},
                                              {QStringLiteral("day"), day.toString(Qt::ISODate)}},
                                  staff, error))
        return false;
    return tx.commit();
}

bool ReasonStore::reopen(qint64 id, const QString &staff, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        *error = tr("entry: no reason entry %1.").arg(id);
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("UPDATE reason_entries SET resolved_at = NULL, resolution = NULL, resolved_by = NULL "
                                  "WHERE id = ?"),
                   {id}, error)
        || !AuditLog(m_db).setUndone(QStringLiteral("reason_resolved"), QStringLiteral("reason_entry"), id, true, error)
        || !AuditLog(m_db).record(e->customerId, QStringLiteral("reason_reopened"), QStringLiteral("reason_entry"), id,
                                  QJsonObject{{QStringLiteral("resolution"), e->resolution}}, staff, error))
        return false;
    return tx.commit();
}

bool ReasonStore::setDeleted(qint64 id, bool deleted, const QString &staff, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        *error = tr("entry: no reason entry %1.").arg(id);
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QVariant now = deleted ? QVariant(AuditLog::nowText()) : QVariant(QMetaType::fromType<QString>());
    const QVariant by = deleted ? QVariant(staff) : QVariant(QMetaType::fromType<QString>());
    if (!sql::exec(q, QStringLiteral("UPDATE reason_entries SET deleted_at = ?, deleted_by = ? WHERE id = ?"),
                   {now, by, id}, error)
        || !AuditLog(m_db).setUndone(QStringLiteral("reason_logged"), QStringLiteral("reason_entry"), id, deleted,
                                     error)
        || !AuditLog(m_db).record(e->customerId,
                                  deleted ? QStringLiteral("reason_deleted") : QStringLiteral("reason_restored"),
                                  QStringLiteral("reason_entry"), id, describe(*e), staff, error))
        return false;
    return tx.commit();
}

bool ReasonStore::confirm(qint64 id, const QString &code, const QString &staff, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        *error = tr("entry: no reason entry %1.").arg(id);
        return false;
    }
    const Taxonomy taxonomy = TaxonomyStore(m_db).load();
    if (!taxonomy.reason(code)) {
        *error = tr("reason: unknown reason code \"%1\".").arg(code);
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE reason_entries SET reason_code = ?, confirmed = 1 WHERE id = ?"),
                   {taxonomy.effectiveCode(code), id}, error)
        || !AuditLog(m_db).record(e->customerId, QStringLiteral("reason_confirmed"), QStringLiteral("reason_entry"), id,
                                  QJsonObject{{QStringLiteral("kind"), e->kind},
                                              {QStringLiteral("before"), e->reasonCode},
                                              {QStringLiteral("reason"), taxonomy.effectiveCode(code)}},
                                  staff, error))
        return false;
    return tx.commit();
}

bool ReasonStore::unconfirm(qint64 id, const QString &code, const QString &staff, QString *error)
{
    const auto e = entry(id);
    if (!e) {
        *error = tr("entry: no reason entry %1.").arg(id);
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE reason_entries SET reason_code = ?, confirmed = 0 WHERE id = ?"),
                   {code, id}, error)
        || !AuditLog(m_db).setUndone(QStringLiteral("reason_confirmed"), QStringLiteral("reason_entry"), id, true,
                                     error))
        return false;
    Q_UNUSED(staff)
    return tx.commit();
}

QList<ReasonEntry> ReasonStore::select(const QString &where, const QVariantList &values) const
{
    QList<ReasonEntry> out;
    QSqlQuery q(m_db);
    const QString statement =
        QStringLiteral(
            "SELECT e.id, e.customer_id, c.customer_key, e.kind, e.reason_code, e.order_id, o.order_no, e.item_id, i.title, "
            "e.text, e.logged_day, e.staff, e.created_at, e.resolved_at, e.resolution, e.resolved_by, e.deleted_at, "
            "e.source, e.review_id, e.confirmed FROM reason_entries e JOIN customers c ON c.id = e.customer_id "
            "LEFT JOIN orders o ON o.id = e.order_id LEFT JOIN order_items i ON i.id = e.item_id WHERE ")
        + where + QStringLiteral(" ORDER BY e.logged_day DESC, e.id DESC");
    if (!sql::prepare(q, statement))
        return out;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return out;
    while (q.next()) {
        ReasonEntry e;
        e.id = q.value(0).toLongLong();
        e.customerId = q.value(1).toLongLong();
        e.customerKey = q.value(2).toString();
        e.kind = q.value(3).toString();
        e.reasonCode = q.value(4).toString();
        e.orderId = q.value(5).toLongLong();
        e.orderNo = q.value(6).toString();
        e.itemId = q.value(7).toLongLong();
        e.itemTitle = q.value(8).toString();
        e.text = q.value(9).toString();
        e.loggedDay = QDate::fromString(q.value(10).toString(), Qt::ISODate);
        e.staff = q.value(11).toString();
        e.createdAt = q.value(12).toString();
        e.resolvedAt = q.value(13).toString();
        e.resolution = q.value(14).toString();
        e.resolvedBy = q.value(15).toString();
        e.deleted = !q.value(16).isNull();
        e.source = q.value(17).toString();
        e.reviewId = q.value(18).toLongLong();
        e.confirmed = q.value(19).toInt() != 0;
        out << e;
    }
    return out;
}

std::optional<ReasonEntry> ReasonStore::entry(qint64 id) const
{
    const auto list = select(QStringLiteral("e.id = ?"), {id});
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<ReasonEntry> ReasonStore::entriesOf(qint64 customerId) const
{
    return select(QStringLiteral("e.customer_id = ?"), {customerId});
}

QList<ReasonEntry> ReasonStore::openEntries() const
{
    return select(QStringLiteral(
                      "e.kind IN ('complaint', 'return') AND e.resolved_at IS NULL AND e.deleted_at IS NULL"),
                  {});
}

QList<ReasonEntry> ReasonStore::unconfirmed() const
{
    return select(QStringLiteral("e.confirmed = 0 AND e.deleted_at IS NULL"), {});
}

bool ReasonStore::hasOpenEntry(qint64 customerId) const
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("SELECT 1 FROM reason_entries WHERE customer_id = ? AND kind IN ('complaint', "
                                    "'return') AND resolved_at IS NULL AND deleted_at IS NULL"),
                     {customerId})
        && q.next();
}

QHash<QString, qint64> ReasonStore::countsByReason(const QString &kind, const QDate &from, const QDate &to) const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT reason_code, COUNT(*) FROM reason_entries WHERE logged_day >= ? AND "
                                  "logged_day <= ? AND kind = ? AND deleted_at IS NULL AND confirmed = 1 "
                                  "GROUP BY reason_code"),
                   {from.toString(Qt::ISODate), to.toString(Qt::ISODate), kind}))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QHash<QString, QHash<QString, qint64>> ReasonStore::countsByMonth(const QString &kind, const QDate &from,
                                                                  const QDate &to) const
{
    QHash<QString, QHash<QString, qint64>> out;
    QSqlQuery q(m_db);
    QString statement = QStringLiteral("SELECT SUBSTR(logged_day, 1, 7), reason_code, COUNT(*) FROM reason_entries "
                                       "WHERE logged_day >= ? AND logged_day <= ? AND deleted_at IS NULL AND "
                                       "confirmed = 1");
    if (!kind.isEmpty())
        statement += QStringLiteral(" AND kind = ?");
    statement += QStringLiteral(" GROUP BY SUBSTR(logged_day, 1, 7), reason_code");
    if (!sql::prepare(q, statement))
        return out;
    q.bindValue(0, from.toString(Qt::ISODate));
    q.bindValue(1, to.toString(Qt::ISODate));
    if (!kind.isEmpty())
        q.bindValue(2, kind);
    if (!q.exec())
        return out;
    while (q.next())
        out[q.value(0).toString()].insert(q.value(1).toString(), q.value(2).toLongLong());
    return out;
}

} // namespace huitou
