#include "TaobaoItemFormat.h"

#include "FieldParsers.h"
#include "ImportMessages.h"

namespace huitou {

QString TaobaoItemFormat::bind(const CsvRecord &header)
{
    indexHeader(header);
    // Newer Tmall reports name the order 主订单编号 and may prefix ids with text.
    m_orderNo = column({"主订单编号"});
    m_stripNonDigits = m_orderNo >= 0;
    if (m_orderNo < 0)
        m_orderNo = column({"订单编号"});
    m_title = column({"标题"});
    m_price = column({"价格"});
    m_quantity = column({"购买数量"});
    m_outerId = column({"外部系统编号"});
    m_sku = column({"商品属性"});
    m_status = column({"订单状态"});
    m_merchantCode = column({"商家编码"});
    return requireColumns({{&m_orderNo, "订单编号"}, {&m_quantity, "购买数量"}});
}

RowProblem TaobaoItemFormat::parse(const CsvRecord &r, ParsedRow &out)
{
    ItemRow item;
    item.source = QStringLiteral("taobao");
    item.orderNo = field(r, m_orderNo);
    if (m_stripNonDigits)
        item.orderNo.removeIf([](QChar c) { return !c.isDigit(); });
    if (item.orderNo.isEmpty())
        return msg::emptyField(QStringLiteral("订单编号"));
    const QString quantityText = field(r, m_quantity);
    if (!quantityText.isEmpty()) {
        item.quantity = parse::count(quantityText);
        if (!item.quantity)
            return msg::badCount(QStringLiteral("购买数量"), quantityText);
    }
    const QString priceText = field(r, m_price);
    if (!priceText.isEmpty()) {
        item.priceFen = parse::money(priceText);
        if (!item.priceFen)
            return msg::badMoney(QStringLiteral("价格"), priceText);
    }
    item.title = field(r, m_title);
    item.outerId = field(r, m_outerId);
    item.skuText = field(r, m_sku);
    item.status = field(r, m_status);
    item.merchantCode = field(r, m_merchantCode);
    parse::skuFields(item);
    out.item = std::move(item);
    return {};
}

} // namespace huitou
