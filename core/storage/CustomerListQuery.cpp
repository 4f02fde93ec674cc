#include "CustomerListQuery.h"

#include "SqlUtil.h"
#include "StoreRoles.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {

// The contact orders from the stored orders or, for staff on a server, the
// masked view (StoreRoles::contactOrders).
QString fromCustomers(const QSqlDatabase &db)
{
    return QStringLiteral(" FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id"
                          " LEFT JOIN %1 co ON co.id = c.contact_order_id LEFT JOIN %1 po ON po.id = c.phone_order_id")
        .arg(StoreRoles::contactOrders(db));
}

} // namespace

CustomerListQuery::CustomerListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<CustomerRow> CustomerListQuery::rows(const std::vector<qint64> &ids, QString *error) const
{
    QList<CustomerRow> out;
    if (ids.empty())
        return out;
    QStringList marks;
    for (size_t i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.customer_key, co.receiver_name, co.phone, co.province, m.frequency, m.monetary_fen, "
                  "m.last_day, m.recency, m.stage, m.customer_type, m.tier, m.rfm_segment")
              + fromCustomers(m_db) + QStringLiteral(" WHERE c.id IN (") + marks.join(QLatin1Char(','))
              + QLatin1Char(')'));
    for (size_t i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    QHash<qint64, CustomerRow> byId;
    while (q.next()) {
        CustomerRow r;
        r.id = q.value(0).toLongLong();
        r.nick = q.value(1).toString();
        r.name = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.province = q.value(4).toString();
        r.hasMetrics = !q.value(5).isNull();
        r.frequency = q.value(5).toInt();
        r.monetaryFen = q.value(6).toLongLong();
        r.lastPurchase = q.value(7).toString();
        r.recency = r.hasMetrics ? q.value(8).toInt() : -1;
        r.stage = q.value(9).toString();
        r.type = q.value(10).toString();
        r.tier = q.value(11).toString();
        r.segment = q.value(12).toString();
        byId.insert(r.id, r);
    }
    // Effective tags (a manual tag hides the automatic ones of its group),
    // joined here rather than with an SQL aggregate that differs by dialect.
    q.prepare(QStringLiteral("SELECT t.customer_id, t.tag_value FROM customer_tags t "
                             "LEFT JOIN tag_groups g ON g.group_key = t.group_key WHERE t.customer_id IN (")
              + marks.join(QLatin1Char(','))
              + QStringLiteral(") AND (t.source = 'manual' OR NOT EXISTS (SELECT 1 FROM customer_tags x WHERE "
                               "x.customer_id = t.customer_id AND x.group_key = t.group_key AND x.source = 'manual')) "
                               "ORDER BY t.customer_id, COALESCE(g.position, 999), t.tag_value"));
    for (size_t i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (q.exec()) {
        while (q.next()) {
            CustomerRow &row = byId[q.value(0).toLongLong()];
            row.tags += (row.tags.isEmpty() ? QString() : QStringLiteral(" ")) + q.value(1).toString();
        }
    }
    for (qint64 id : ids)
        out << byId.value(id);
    return out;
}

QList<OrderSummary> CustomerListQuery::orders(qint64 customerId) const
{
    QList<OrderSummary> out;
    QSqlQuery q(m_db);
    sql::exec(q,
              QStringLiteral(
                  "SELECT o.order_no, o.status, COALESCE(o.paid_at, o.created_at), o.paid_fen, o.refund_fen, "
                  "o.is_valid, i.title, i.sku_text, i.quantity, i.price_fen FROM orders o "
                  "LEFT JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no "
                  "WHERE o.customer_id = ? ORDER BY 3 DESC, o.order_no, i.line_no"),
              {customerId});
    while (q.next()) {
        const QString orderNo = q.value(0).toString();
        if (out.isEmpty() || out.last().orderNo != orderNo) {
            OrderSummary o;
            o.orderNo = orderNo;
            o.status = q.value(1).toString();
            o.paidAt = q.value(2).toString();
            o.paidFen = q.value(3).toLongLong();
            o.refundFen = q.value(4).toLongLong();
            o.valid = q.value(5).toInt() == 1;
            out << o;
        }
        if (!q.value(6).isNull() || !q.value(7).isNull())
            out.last().lines << OrderLine{q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(),
                                          q.value(9).toLongLong()};
    }
    return out;
}

qint64 CustomerListQuery::customerOfOrder(const QString &orderNo) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT customer_id FROM orders WHERE order_no = ?"), {orderNo}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace huitou
