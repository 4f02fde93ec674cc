#include "TaobaoOrderFormat.h"

#include "FieldParsers.h"
#include "ImportMessages.h"

namespace huitou {

QString TaobaoOrderFormat::bind(const CsvRecord &header)
{
    indexHeader(header);
    m_orderNo = column({"订单编号"});
    m_nick = column({"买家会员名"});
    m_paid = column({"买家实际支付金额"});
    m_status = column({"订单状态"});
    m_paidAt = column({"订单付款时间"});
    m_createdAt = column({"订单创建时间"});
    m_receiver = column({"收货人姓名"});
    m_address = column({"收货地址"});
    m_phone = column({"联系电话"});
    m_mobile = column({"联系手机"});
    m_titles = column({"宝贝标题"});
    m_itemCount = column({"宝贝总数量"});
    m_refund = column({"退款金额"});
    m_email = column({"买家邮箱"});
    return requireColumns({{&m_orderNo, "订单编号"},
                           {&m_nick, "买家会员名"},
                           {&m_paid, "买家实际支付金额"},
                           {&m_status, "订单状态"},
                           {&m_paidAt, "订单付款时间"}});
}

bool TaobaoOrderFormat::isValidStatus(const QString &status)
{
    return status != QStringLiteral("等待买家付款") && status != QStringLiteral("交易关闭");
}

RowProblem TaobaoOrderFormat::parse(const CsvRecord &r, ParsedRow &out)
{
    OrderRow o;
    o.source = QStringLiteral("taobao");
    o.orderNo = field(r, m_orderNo);
    if (o.orderNo.isEmpty())
        return msg::emptyField(QStringLiteral("订单编号"));
    o.customerKey = field(r, m_nick);
    if (o.customerKey.isEmpty())
        return msg::emptyField(QStringLiteral("买家会员名"));

    const QString paidText = field(r, m_paid);
    const auto paid = parse::money(paidText);
    if (!paid)
        return paidText.isEmpty() ? msg::emptyField(QStringLiteral("买家实际支付金额"))
                                  : msg::badMoney(QStringLiteral("买家实际支付金额"), paidText);
    o.paidFen = *paid;
    const QString refundText = field(r, m_refund);
    if (!refundText.isEmpty()) {
        const auto refund = parse::money(refundText);
        if (!refund)
            return msg::badMoney(QStringLiteral("退款金额"), refundText);
        o.refundFen = *refund;
    }
    const QString paidAtText = field(r, m_paidAt);
    const parse::Time paidAt = parse::time(paidAtText, m_zone);
    if (!paidAt.ok)
        return msg::badTime(QStringLiteral("订单付款时间"), paidAtText);
    o.paidAt = paidAt.iso;
    const QString createdText = field(r, m_createdAt);
    const parse::Time created = parse::time(createdText, m_zone);
    if (!created.ok)
        return msg::badTime(QStringLiteral("订单创建时间"), createdText);
    o.createdAt = created.iso;

    o.status = field(r, m_status);
    o.itemCount = parse::count(field(r, m_itemCount));
    o.receiverName = field(r, m_receiver);
    o.address = field(r, m_address);
    o.province = parse::province(o.address);
    const QString mobile = parse::phone(field(r, m_mobile));
    o.phone = mobile.isEmpty() ? parse::phone(field(r, m_phone)) : mobile;
    o.email = field(r, m_email);
    o.titles = field(r, m_titles);
    o.valid = !o.paidAt.isEmpty() && isValidStatus(o.status) && o.netFen() > 0;
    out.order = std::move(o);
    return {};
}

} // namespace huitou
