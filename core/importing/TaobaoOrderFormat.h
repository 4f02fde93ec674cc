#pragma once

#include "ImportFormat.h"

namespace huitou {

// Taobao / Tmall 订单报表 (ExportOrderList*.csv), every header generation.
class TaobaoOrderFormat : public ImportFormat
{
public:
    static QString formatId() { return QStringLiteral("taobao-orders"); }
    QString id() const override { return formatId(); }
    QString bind(const CsvRecord &header) override;
    RowProblem parse(const CsvRecord &record, ParsedRow &out) override;

    static bool isValidStatus(const QString &status);

private:
    int m_orderNo = -1, m_nick = -1, m_paid = -1, m_status = -1, m_paidAt = -1, m_createdAt = -1;
    int m_receiver = -1, m_address = -1, m_phone = -1, m_mobile = -1, m_titles = -1, m_itemCount = -1;
    int m_refund = -1, m_email = -1;
};

} // namespace huitou
