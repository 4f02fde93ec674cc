#pragma once

#include "ImportFormat.h"

namespace huitou {

// Shopify orders export: one row per line item; the order's own fields only
// on its first row.
class ShopifyFormat : public ImportFormat
{
public:
    static QString formatId() { return QStringLiteral("shopify"); }
    QString id() const override { return formatId(); }
    QString bind(const CsvRecord &header) override;
    RowProblem parse(const CsvRecord &record, ParsedRow &out) override;

private:
    int m_name = -1, m_email = -1, m_financial = -1, m_paidAt = -1, m_createdAt = -1, m_quantity = -1;
    int m_itemName = -1, m_itemPrice = -1, m_total = -1, m_refunded = -1, m_billingPhone = -1;
    int m_phone = -1, m_province = -1, m_city = -1, m_country = -1, m_address = -1, m_shippingName = -1;
    int m_sku = -1, m_variant = -1;
    QString m_currentOrder;
};

} // namespace huitou
