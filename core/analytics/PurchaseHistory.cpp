#include "PurchaseHistory.h"

#include <algorithm>
#include <limits>

namespace huitou {

PurchaseHistory::PurchaseHistory(std::vector<OrderFact> &facts, QStringList provinces)
    : m_provinces(std::move(provinces))
{
    const auto inTime = [](const OrderFact &a, const OrderFact &b) {
        if (a.day != b.day)
            return a.day < b.day;
        return a.seconds < b.seconds;
    };
    qint64 low = std::numeric_limits<qint64>::max(), high = std::numeric_limits<qint64>::min();
    for (const OrderFact &f : facts) {
        low = std::min(low, f.customerId);
        high = std::max(high, f.customerId);
    }
    if (!facts.empty() && high - low <= qint64(facts.size()) * 4 + (1 << 20)) {
        // Customer ids are dense: a stable counting sort groups the orders
        // per customer in linear time (a comparison sort of 1.7 million
        // orders is the biggest step of the grouping). The store gives the
        // orders in time order, so each customer's run is usually in order
        // already; a run that is not is sorted by time.
        std::vector<qint32> start(size_t(high - low) + 2, 0);
        for (const OrderFact &f : facts)
            ++start[size_t(f.customerId - low) + 1];
        for (size_t i = 1; i < start.size(); ++i)
            start[i] += start[i - 1];
        m_orders.resize(facts.size());
        for (const OrderFact &f : facts)
            m_orders[size_t(start[size_t(f.customerId - low)]++)] = f;
        facts = {};
        for (size_t b = 0, e; b < m_orders.size(); b = e) {
            e = b + 1;
            bool sorted = true;
            while (e < m_orders.size() && m_orders[e].customerId == m_orders[b].customerId) {
                sorted &= !inTime(m_orders[e], m_orders[e - 1]);
                ++e;
            }
            if (!sorted)
                std::stable_sort(m_orders.begin() + qsizetype(b), m_orders.begin() + qsizetype(e), inTime);
        }
    } else {
        std::stable_sort(facts.begin(), facts.end(), [&inTime](const OrderFact &a, const OrderFact &b) {
            if (a.customerId != b.customerId)
                return a.customerId < b.customerId;
            return inTime(a, b);
        });
        m_orders = std::move(facts);
    }
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
