#include "GenericFormat.h"

#include "FieldParsers.h"
#include "ImportMessages.h"

#include <QCoreApplication>

namespace huitou {

GenericFormat::GenericFormat(ColumnMapping mapping)
    : m_mapping(std::move(mapping))
{
}

int GenericFormat::bound(const QString &name) const
{
    return name.isEmpty() ? -1 : int(m_header.indexOf(name.trimmed()));
}

QString GenericFormat::bind(const CsvRecord &header)
{
    const QString missing = m_mapping.missingRequired();
    if (!missing.isEmpty())
        return missing;
    m_header = headerNames(header);
    const std::pair<int *, QString> columns[] = {{&m_customer, m_mapping.customer}, {&m_order, m_mapping.order},
                                                 {&m_time, m_mapping.time},         {&m_amount, m_mapping.amount},
                                                 {&m_quantity, m_mapping.quantity}, {&m_status, m_mapping.status},
                                                 {&m_refund, m_mapping.refund},     {&m_phone, m_mapping.phone},
                                                 {&m_email, m_mapping.email},       {&m_address, m_mapping.address},
                                                 {&m_items, m_mapping.items},       {&m_name, m_mapping.name}};
    for (const auto &[index, name] : columns) {
        *index = bound(name);
        if (!name.isEmpty() && *index < 0)
            return QCoreApplication::translate("ImportFormat", "The file has no column \"%1\".").arg(name);
    }
    return {};
}

bool GenericFormat::isValidStatus(const QString &status)
{
    static const QStringList invalid = {QStringLiteral("等待买家付款"), QStringLiteral("交易关闭"),
                                        QStringLiteral("cancelled"),    QStringLiteral("canceled"),
                                        QStringLiteral("closed"),       QStringLiteral("unpaid"),
                                        QStringLiteral("pending"),      QStringLiteral("refunded"),
                                        QStringLiteral("voided"),       QStringLiteral("void"),
                                        QStringLiteral("failed"),       QStringLiteral("expired")};
    return !invalid.contains(status.trimmed(), Qt::CaseInsensitive);
}

RowProblem GenericFormat::parse(const CsvRecord &r, ParsedRow &out)
{
    OrderRow o;
    o.source = QStringLiteral("generic");
    o.orderNo = field(r, m_order);
    if (o.orderNo.isEmpty())
        return msg::emptyField(m_mapping.order);
    o.customerKey = field(r, m_customer);
    if (o.customerKey.isEmpty())
        return msg::emptyField(m_mapping.customer);
    const QString amountText = field(r, m_amount);
    const auto amount = parse::money(amountText);
    if (!amount)
        return amountText.isEmpty() ? msg::emptyField(m_mapping.amount) : msg::badMoney(m_mapping.amount, amountText);
    o.paidFen = *amount;
    const QString refundText = field(r, m_refund);
    if (!refundText.isEmpty()) {
        const auto refund = parse::money(refundText);
        if (!refund)
            return msg::badMoney(m_mapping.refund, refundText);
        o.refundFen = *refund;
    }
    const QString timeText = field(r, m_time);
    const parse::Time paid = parse::time(timeText, m_zone);
    if (!paid.ok)
        return msg::badTime(m_mapping.time, timeText);
    o.paidAt = paid.iso;
    o.createdAt = paid.iso;
    o.status = field(r, m_status);
    if (m_quantity >= 0)
        o.itemCount = parse::count(field(r, m_quantity));
    o.phone = parse::phone(field(r, m_phone));
    o.email = field(r, m_email);
    o.address = field(r, m_address);
    o.province = parse::province(o.address);
    o.titles = field(r, m_items);
    o.receiverName = field(r, m_name);
    o.valid = !o.paidAt.isEmpty() && (m_status < 0 || isValidStatus(o.status)) && o.netFen() > 0;
    out.order = std::move(o);
    return {};
}

} // namespace huitou
