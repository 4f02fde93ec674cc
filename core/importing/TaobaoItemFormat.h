#pragma once

#include "ImportFormat.h"

namespace huitou {

// Taobao 宝贝报表 (ExportOrderDetailList*.csv): one row per order line, joined
// to orders by 订单编号 (主订单编号 in newer Tmall files).
class TaobaoItemFormat : public ImportFormat
{
public:
    static QString formatId() { return QStringLiteral("taobao-items"); }
    QString id() const override { return formatId(); }
    QString bind(const CsvRecord &header) override;
    RowProblem parse(const CsvRecord &record, ParsedRow &out) override;

private:
    int m_orderNo = -1, m_title = -1, m_price = -1, m_quantity = -1, m_outerId = -1, m_sku = -1;
    int m_status = -1, m_merchantCode = -1;
    bool m_stripNonDigits = false;
};

} // namespace huitou
