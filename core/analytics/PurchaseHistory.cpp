#include "PurchaseHistory.h"

#include <algorithm>

namespace huitou {

PurchaseHistory::PurchaseHistory(std::vector<OrderFact> &facts, QStringList provinces)
    : m_provinces(std::move(provinces))
{
    std::sort(facts.begin(), facts.end(), [](const OrderFact &a, const OrderFact &b) {
        if (a.customerId != b.customerId)
            return a.customerId < b.customerId;
        if (a.day != b.day)
            return a.day < b.day;
        return a.seconds < b.seconds;
    });
    m_orders = std::move(facts);
    m_days.reserve(m_orders.size());
    for (const OrderFact &f : m_orders) {
        if (m_customers.empty() || m_customers.back().customerId != f.customerId) {
            CustomerHistory c;
            c.customerId = f.customerId;
            c.daysBegin = c.daysEnd = qint32(m_days.size());
            m_customers.push_back(c);
        }
        CustomerHistory &c = m_customers.back();
        if (c.daysEnd == c.daysBegin || m_days.back() != f.day) {
            m_days.push_back(f.day);
            ++c.daysEnd;
        }
        c.monetaryFen += f.netFen;
        ++c.validOrders;
        if (f.items >= 0) {
            c.items += f.items;
            ++c.ordersWithItems;
        }
        if (f.province >= 0) // orders are in time order: the last one wins
            c.province = f.province;
    }
}

int PurchaseHistory::daysBetween(const CustomerHistory &c, qint32 from, qint32 to) const
{
    const auto begin = m_days.begin() + c.daysBegin, end = m_days.begin() + c.daysEnd;
    return int(std::upper_bound(begin, end, to) - std::lower_bound(begin, end, from));
}

qint32 PurchaseHistory::lastBefore(const CustomerHistory &c, qint32 day) const
{
    const auto begin = m_days.begin() + c.daysBegin, end = m_days.begin() + c.daysEnd;
    const auto it = std::lower_bound(begin, end, day);
    return it == begin ? 0 : *(it - 1);
}

} // namespace huitou
