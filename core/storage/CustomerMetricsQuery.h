#pragma once

#include "AnalyticsStore.h"
#include "CustomerStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>
#include <vector>

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
    // Only the ids, in id order (an export audience: no contacts loaded).
    bool ids(const CustomerFilter &filter, std::vector<qint64> *out, QString *error) const;
    // One customer's contact and results; false when she has none stored.
    bool one(qint64 customerId, CustomerContact *contact, StoredCustomerMetrics *metrics) const;

private:
    bool forEachWhere(const QString &where, const QVariantList &values,
                      const std::function<void(const CustomerContact &, const StoredCustomerMetrics &)> &visit,
                      QString *error) const;
    QSqlDatabase m_db;
};

} // namespace huitou
