#pragma once

#include "storage/AnalyticsStore.h"

#include <QStringList>

#include <vector>

namespace huitou {

// Every customer's valid orders up to the as-of date, grouped: her distinct
// purchase days (ascending) and lifetime sums. Built once per report.
struct CustomerHistory
{
    qint64 customerId = 0;
    qint32 daysBegin = 0, daysEnd = 0; // range in PurchaseHistory::days
    qint64 monetaryFen = 0;
    int validOrders = 0;
    qint64 items = 0;
    int ordersWithItems = 0;
    qint16 province = -1; // of the latest valid order whose address parsed

    int frequency() const { return daysEnd - daysBegin; }
};

class PurchaseHistory
{
public:
    // FACTS are taken (left empty or sorted): per customer, in payment time
    // order; orders at the same second keep the order FACTS gave them in.
    PurchaseHistory(std::vector<OrderFact> &facts, QStringList provinces);

    const std::vector<CustomerHistory> &customers() const { return m_customers; }
    const std::vector<qint32> &days() const { return m_days; }
    const std::vector<OrderFact> &orders() const { return m_orders; }
    const QStringList &provinces() const { return m_provinces; }
    bool anyAddress() const { return !m_provinces.isEmpty(); }

    qint32 firstDay(const CustomerHistory &c) const { return m_days[size_t(c.daysBegin)]; }
    qint32 lastDay(const CustomerHistory &c) const { return m_days[size_t(c.daysEnd - 1)]; }
    // Number of purchase days of C in [from, to].
    int daysBetween(const CustomerHistory &c, qint32 from, qint32 to) const;
    // Last purchase day strictly before DAY, or 0 when none.
    qint32 lastBefore(const CustomerHistory &c, qint32 day) const;

private:
    std::vector<OrderFact> m_orders;
    std::vector<CustomerHistory> m_customers;
    std::vector<qint32> m_days;
    QStringList m_provinces;
};

} // namespace huitou
