#pragma once

#include "ImportFormat.h"
#include "records/ColumnMapping.h"

namespace huitou {

// Any CSV, read through a user-made column mapping.
class GenericFormat : public ImportFormat
{
public:
    explicit GenericFormat(ColumnMapping mapping);
    static QString formatId() { return QStringLiteral("generic"); }
    QString id() const override { return formatId(); }
    QString bind(const CsvRecord &header) override;
    RowProblem parse(const CsvRecord &record, ParsedRow &out) override;

    static bool isValidStatus(const QString &status);

private:
    int bound(const QString &name) const;

    ColumnMapping m_mapping;
    QStringList m_header;
    int m_customer = -1, m_order = -1, m_time = -1, m_amount = -1, m_quantity = -1, m_status = -1;
    int m_refund = -1, m_phone = -1, m_email = -1, m_address = -1, m_items = -1, m_name = -1;
};

} // namespace huitou
