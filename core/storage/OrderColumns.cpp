#include "OrderColumns.h"

#include "importing/ImportRows.h"

#include <QVariant>

namespace huitou::columns {

namespace {
QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}
} // namespace

const QStringList &order()
{
    static const QStringList names = {
        QStringLiteral("customer_id"), QStringLiteral("status"),       QStringLiteral("created_at"),
        QStringLiteral("paid_at"),     QStringLiteral("paid_day"),     QStringLiteral("paid_fen"),
        QStringLiteral("refund_fen"),  QStringLiteral("item_count"),   QStringLiteral("is_valid"),
        QStringLiteral("receiver_name"), QStringLiteral("phone"),      QStringLiteral("email"),
        QStringLiteral("address"),     QStringLiteral("province"),     QStringLiteral("titles"),
        QStringLiteral("fingerprint")};
    return names;
}

const QStringList &item()
{
    static const QStringList names = {
        QStringLiteral("title"),      QStringLiteral("price_fen"),      QStringLiteral("quantity"),
        QStringLiteral("outer_id"),   QStringLiteral("sku_text"),       QStringLiteral("sku_color"),
        QStringLiteral("sku_size"),   QStringLiteral("sku_attributes"), QStringLiteral("status"),
        QStringLiteral("merchant_code"), QStringLiteral("fingerprint")};
    return names;
}

void bindOrder(QSqlQuery &q, int i, const OrderRow &o, qint64 customerId)
{
    q.bindValue(i++, customerId);
    q.bindValue(i++, o.status);
    q.bindValue(i++, textOrNull(o.createdAt));
    q.bindValue(i++, textOrNull(o.paidAt));
    q.bindValue(i++, textOrNull(o.paidDay()));
    q.bindValue(i++, o.paidFen);
    q.bindValue(i++, o.refundFen);
    q.bindValue(i++, o.itemCount ? QVariant(*o.itemCount) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(i++, o.valid ? 1 : 0);
    q.bindValue(i++, textOrNull(o.receiverName));
    q.bindValue(i++, textOrNull(o.phone));
    q.bindValue(i++, textOrNull(o.email));
    q.bindValue(i++, textOrNull(o.address));
    q.bindValue(i++, textOrNull(o.province));
    q.bindValue(i++, textOrNull(o.titles));
    q.bindValue(i++, o.fingerprint());
}

void bindItem(QSqlQuery &q, int i, const ItemRow &it)
{
    q.bindValue(i++, textOrNull(it.title));
    q.bindValue(i++, it.priceFen ? QVariant(*it.priceFen) : QVariant(QMetaType::fromType<qint64>()));
    q.bindValue(i++, it.quantity ? QVariant(*it.quantity) : QVariant(QMetaType::fromType<int>()));
    q.bindValue(i++, textOrNull(it.outerId));
    q.bindValue(i++, textOrNull(it.skuText));
    q.bindValue(i++, textOrNull(it.color));
    q.bindValue(i++, textOrNull(it.size));
    q.bindValue(i++, textOrNull(it.attributesJson));
    q.bindValue(i++, textOrNull(it.status));
    q.bindValue(i++, textOrNull(it.merchantCode));
    q.bindValue(i++, it.fingerprint());
}

} // namespace huitou::columns
