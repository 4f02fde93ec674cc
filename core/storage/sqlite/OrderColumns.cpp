#include "OrderColumns.h"

#include "../Statement.h"
#include "records/ItemRow.h"
#include "records/OrderRow.h"

namespace huitou::columns {

const QStringList &order()
{
    static const QStringList names = {QStringLiteral("customer_id"), QStringLiteral("status"),
                                      QStringLiteral("created_at"),  QStringLiteral("paid_at"),
                                      QStringLiteral("paid_day"),    QStringLiteral("paid_fen"),
                                      QStringLiteral("refund_fen"),  QStringLiteral("item_count"),
                                      QStringLiteral("is_valid"),    QStringLiteral("receiver_name"),
                                      QStringLiteral("phone"),       QStringLiteral("email"),
                                      QStringLiteral("address"),     QStringLiteral("province"),
                                      QStringLiteral("titles"),      QStringLiteral("fingerprint")};
    return names;
}

const QStringList &item()
{
    static const QStringList names = {QStringLiteral("title"),      QStringLiteral("price_fen"),
                                      QStringLiteral("quantity"),   QStringLiteral("outer_id"),
                                      QStringLiteral("sku_text"),   QStringLiteral("sku_color"),
                                      QStringLiteral("sku_size"),   QStringLiteral("sku_attributes"),
                                      QStringLiteral("status"),     QStringLiteral("merchant_code"),
                                      QStringLiteral("fingerprint")};
    return names;
}

void bindOrder(Statement &s, int i, const OrderRow &o, qint64 customerId)
{
    s.bind(i++, customerId);
    s.bind(i++, o.status);
    s.bindOrNull(i++, o.createdAt);
    s.bindOrNull(i++, o.paidAt);
    s.bindOrNull(i++, o.paidDay());
    s.bind(i++, o.paidFen);
    s.bind(i++, o.refundFen);
    if (o.itemCount)
        s.bind(i++, qint64(*o.itemCount));
    else
        s.bindNull(i++);
    s.bind(i++, qint64(o.valid ? 1 : 0));
    s.bindOrNull(i++, o.receiverName);
    s.bindOrNull(i++, o.phone);
    s.bindOrNull(i++, o.email);
    s.bindOrNull(i++, o.address);
    s.bindOrNull(i++, o.province);
    s.bindOrNull(i++, o.titles);
    s.bind(i++, o.fingerprint());
}

void bindItem(Statement &s, int i, const ItemRow &it)
{
    s.bindOrNull(i++, it.title);
    if (it.priceFen)
        s.bind(i++, *it.priceFen);
    else
        s.bindNull(i++);
    if (it.quantity)
        s.bind(i++, qint64(*it.quantity));
    else
        s.bindNull(i++);
    s.bindOrNull(i++, it.outerId);
    s.bindOrNull(i++, it.skuText);
    s.bindOrNull(i++, it.color);
    s.bindOrNull(i++, it.size);
    s.bindOrNull(i++, it.attributesJson);
    s.bindOrNull(i++, it.status);
    s.bindOrNull(i++, it.merchantCode);
    s.bind(i++, it.fingerprint());
}

} // namespace huitou::columns
