#pragma once

#include "AnalyticsStore.h"
#include "CustomerStore.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace huitou {

// Filters over the stored per-customer results (empty = any).
struct CustomerFilter
{
    QString stage, type, tier, segment;
    bool matches(const StoredCustomerMetrics &m) const;
};

// Lists customers with their stored results, filtered in SQL.
class CustomerMetricsQuery
{
public:
    explicit CustomerMetricsQuery(QSqlDatabase db);
    bool forEach(const CustomerFilter &filter,
                 const std::function<void(const CustomerContact &, const StoredCustomerMetrics &)> &visit,
                 QString *error) const;
    qint64 count(const CustomerFilter &filter, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
