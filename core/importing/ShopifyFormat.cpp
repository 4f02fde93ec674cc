#include "ShopifyFormat.h"

#include "FieldParsers.h"
#include "ImportMessages.h"

namespace huitou {

QString ShopifyFormat::bind(const CsvRecord &header)
{
    indexHeader(header);
    m_currentOrder.clear();
    m_name = column({"Name"});
    m_email = column({"Email"});
    m_financial = column({"Financial Status"});
    m_paidAt = column({"Paid at"});
    m_createdAt = column({"Created at"});
    m_quantity = column({"Lineitem quantity"});
    m_itemName = column({"Lineitem name"});
    m_itemPrice = column({"Lineitem price"});
    m_sku = column({"Lineitem sku"});
    m_variant = column({"Lineitem variant"});
    m_total = column({"Total"});
    m_refunded = column({"Refunded Amount"});
    m_billingPhone = column({"Billing Phone"});
    m_phone = column({"Phone"});
    m_province = column({"Shipping Province Name", "Shipping Province"});
    m_city = column({"Shipping City"});
    m_country = column({"Shipping Country"});
    m_address = column({"Shipping Address1", "Shipping Street"});
    m_shippingName = column({"Shipping Name", "Billing Name"});
    return requireColumns({{&m_name, "Name"},
                           {&m_email, "Email"},
                           {&m_financial, "Financial Status"},
                           {&m_paidAt, "Paid at"},
                           {&m_total, "Total"}});
}

RowProblem ShopifyFormat::parse(const CsvRecord &r, ParsedRow &out)
{
    const QString orderNo = field(r, m_name);
    if (orderNo.isEmpty())
        return msg::emptyField(QStringLiteral("Name"));

    ItemRow item;
    item.source = QStringLiteral("shopify");
    item.orderNo = orderNo;
    item.title = field(r, m_itemName);
    const QString quantityText = field(r, m_quantity);
    if (!quantityText.isEmpty()) {
        item.quantity = parse::count(quantityText);
        if (!item.quantity)
            return msg::badCount(QStringLiteral("Lineitem quantity"), quantityText);
    }
    const QString priceText = field(r, m_itemPrice);
    if (!priceText.isEmpty()) {
        item.priceFen = parse::money(priceText);
        if (!item.priceFen)
            return msg::badMoney(QStringLiteral("Lineitem price"), priceText);
    }
    item.merchantCode = field(r, m_sku);
    item.skuText = field(r, m_variant);

    if (orderNo != m_currentOrder) {
        // First row of an order: the order-level fields hold for it.
        OrderRow o;
        o.source = QStringLiteral("shopify");
        o.orderNo = orderNo;
        o.customerKey = field(r, m_email).toLower();
        if (o.customerKey.isEmpty())
            return msg::emptyField(QStringLiteral("Email"));
        const QString totalText = field(r, m_total);
        const auto total = parse::money(totalText);
        if (!total)
            return totalText.isEmpty() ? msg::emptyField(QStringLiteral("Total"))
                                       : msg::badMoney(QStringLiteral("Total"), totalText);
        o.paidFen = *total;
        const QString refundText = field(r, m_refunded);
        if (!refundText.isEmpty()) {
            const auto refund = parse::money(refundText);
            if (!refund)
                return msg::badMoney(QStringLiteral("Refunded Amount"), refundText);
            o.refundFen = *refund;
        }
        const QString paidText = field(r, m_paidAt);
        const parse::Time paid = parse::time(paidText, m_zone);
        if (!paid.ok)
            return msg::badTime(QStringLiteral("Paid at"), paidText);
        o.paidAt = paid.iso;
        const QString createdText = field(r, m_createdAt);
        const parse::Time created = parse::time(createdText, m_zone);
        if (!created.ok)
            return msg::badTime(QStringLiteral("Created at"), createdText);
        o.createdAt = created.iso;
        o.status = field(r, m_financial).toLower();
        o.email = o.customerKey;
        const QString billing = parse::phone(field(r, m_billingPhone));
        o.phone = billing.isEmpty() ? parse::phone(field(r, m_phone)) : billing;
        o.receiverName = field(r, m_shippingName);
        const QString province = field(r, m_province);
        const QStringList addressParts = {province, field(r, m_city), field(r, m_address)};
        o.address = addressParts.join(QLatin1Char(' ')).simplified();
        o.province = parse::province(province);
        if (o.province.isEmpty())
            o.province = parse::province(o.address);
        o.titles = item.title;
        // Item count stays unknown here: it is the sum of the line quantities.
        o.valid = !o.paidAt.isEmpty()
            && (o.status == QStringLiteral("paid") || o.status == QStringLiteral("partially_refunded"))
            && o.netFen() > 0;
        m_currentOrder = orderNo;
        out.order = std::move(o);
    }
    out.item = std::move(item);
    return {};
}

} // namespace huitou
