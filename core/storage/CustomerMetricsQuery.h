#pragma once

#include "AnalyticsStore.h"
#include "CustomerStore.h"

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// One customer with her stored results (lists of customers: SegmentQuery).
class CustomerMetricsQuery
{
public:
    explicit CustomerMetricsQuery(QSqlDatabase db);
    // One customer's contact and results; false when she has none stored.
    bool one(qint64 customerId, CustomerContact *contact, CustomerFigures *figures) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
