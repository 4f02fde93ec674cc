#include "ProductFeedbackStore.h"

#include "SqlUtil.h"

#include <QSqlQuery>

namespace huitou {

namespace {

// The product key of item line i: 商家编码 when it has one, else the title.
const QString kKey = QStringLiteral("COALESCE(NULLIF(TRIM(i.merchant_code), ''), COALESCE(i.title, ''))");

} // namespace

ProductFeedbackStore::ProductFeedbackStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::map<QString, ProductFigures> ProductFeedbackStore::figures(const QDate &from, const QDate &to,
                                                                QString *error) const
{
    std::map<QString, ProductFigures> out;
    const QString f = from.toString(Qt::ISODate), t = to.toString(Qt::ISODate);
    const auto product = [&out](const QString &key) -> ProductFigures & {
        ProductFigures &p = out[key];
        p.key = key;
        return p;
    };
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // Without item lines (no item report imported) there are no products:
    // skip reading a month of orders for nothing.
    if (!sql::exec(q, QStringLiteral("SELECT 1 FROM order_items LIMIT 1"), {}, error))
        return {};
    if (!q.next())
        return out;
    q.finish();
    // Sales. The title shown is the one of the latest line sold under the key.
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + kKey
                       + QStringLiteral(", MAX(NULLIF(TRIM(i.merchant_code), '')), COUNT(DISTINCT o.customer_id), "
                                        "SUM(COALESCE(i.quantity, 0)), COUNT(*), MAX(o.paid_at || '\t' || "
                                        "COALESCE(i.title, '')) "
                                        "FROM orders o JOIN order_items i ON i.source = o.source AND "
                                        "i.order_no = o.order_no "
                                        "WHERE o.is_valid = 1 AND o.paid_day >= ? AND o.paid_day <= ? GROUP BY 1"),
                   {f, t}, error))
        return {};
    while (q.next()) {
        ProductFigures &p = product(q.value(0).toString());
        p.code = q.value(1).toString();
        p.buyers = q.value(2).toLongLong();
        p.units = q.value(3).toLongLong();
        p.lines = q.value(4).toLongLong();
        p.title = q.value(5).toString().section(QLatin1Char('\t'), 1);
    }
    // Entries: by their item line, or by every product of their order.
    if (!sql::exec(q,
                   QStringLiteral("SELECT ") + kKey
                       + QStringLiteral(", e.kind, e.reason_code, COUNT(DISTINCT e.id), MAX(i.title), "
                                        "MAX(NULLIF(TRIM(i.merchant_code), '')) "
                                        "FROM reason_entries e JOIN order_items i ON i.id = e.item_id "
                                        "WHERE e.logged_day >= ? AND e.logged_day <= ? AND e.deleted_at IS NULL AND "
                                        "e.confirmed = 1 GROUP BY 1, 2, 3 "
                                        "UNION ALL SELECT ")
                       + kKey
                       + QStringLiteral(", e.kind, e.reason_code, COUNT(DISTINCT e.id), MAX(i.title), "
                                        "MAX(NULLIF(TRIM(i.merchant_code), '')) "
                                        "FROM reason_entries e JOIN orders o ON o.id = e.order_id "
                                        "JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no "
                                        "WHERE e.item_id IS NULL AND e.logged_day >= ? AND e.logged_day <= ? AND "
                                        "e.deleted_at IS NULL AND e.confirmed = 1 GROUP BY 1, 2, 3"),
                   {f, t, f, t}, error))
        return {};
    while (q.next()) {
        ProductFigures &p = product(q.value(0).toString());
        const QString kind = q.value(1).toString();
        const qint64 n = q.value(3).toLongLong();
        if (kind == QLatin1String("return"))
            p.returns += n;
        else if (kind == QLatin1String("complaint"))
            p.complaints += n;
        else
            p.reviewEntries += n;
        p.reasons[q.value(2).toString()] += n;
        if (p.title.isEmpty())
            p.title = q.value(4).toString();
        if (p.code.isEmpty())
            p.code = q.value(5).toString();
    }
    // Reviews of orders holding the product (each review once per product).
    if (!sql::exec(q,
                   QStringLiteral("SELECT k, COUNT(*), SUM(rating), MAX(title), MAX(code) FROM (SELECT ") + kKey
                       + QStringLiteral(" AS k, r.id, r.rating, MAX(i.title) AS title, "
                                        "MAX(NULLIF(TRIM(i.merchant_code), '')) AS code "
                                        "FROM reviews r JOIN orders o ON o.id = r.order_id "
                                        "JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no "
                                        "WHERE r.reviewed_day >= ? AND r.reviewed_day <= ? GROUP BY 1, 2, 3) x "
                                        "GROUP BY k"),
                   {f, t}, error))
        return {};
    while (q.next()) {
        ProductFigures &p = product(q.value(0).toString());
        p.reviews = q.value(1).toLongLong();
        p.ratingSum = q.value(2).toLongLong();
        if (p.title.isEmpty())
            p.title = q.value(3).toString();
        if (p.code.isEmpty())
            p.code = q.value(4).toString();
    }
    return out;
}

} // namespace huitou
