#include "CustomerMetricsQuery.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

CustomerMetricsQuery::CustomerMetricsQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool CustomerMetricsQuery::one(qint64 customerId, CustomerContact *contact, StoredCustomerMetrics *metrics) const
{
    // One row by id: lists of customers (every filter) go through SegmentQuery.
    bool found = false;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.customer_key, c.receiver_name, c.phone, c.phone_display, c.email, "
                             "c.address, c.province, m.frequency, m.monetary_fen, m.valid_orders, m.first_day, "
                             "m.last_day, m.recency, m.stage, m.customer_type, m.tier, m.rfm_segment, m.r_score, "
                             "m.f_score, m.m_score, m.p_alive, m.expected_90 "
                             "FROM customer_metrics m JOIN customer_contacts c ON c.id = m.customer_id "
                             "WHERE c.id = ?"));
    q.addBindValue(customerId);
    if (q.exec() && q.next()) {
        CustomerContact &c = *contact;
        StoredCustomerMetrics &m = *metrics;
        c.id = m.customerId = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.receiverName = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.phoneDisplay = q.value(4).toString();
        c.email = q.value(5).toString();
        c.address = q.value(6).toString();
        c.province = q.value(7).toString();
        m.frequency = q.value(8).toInt();
        m.monetaryFen = q.value(9).toLongLong();
        m.validOrders = q.value(10).toInt();
        m.firstDay = qint32(QDate::fromString(q.value(11).toString(), Qt::ISODate).toJulianDay());
        m.lastDay = qint32(QDate::fromString(q.value(12).toString(), Qt::ISODate).toJulianDay());
        m.recency = q.value(13).toInt();
        m.stage = q.value(14).toString();
        m.type = q.value(15).toString();
        m.tier = q.value(16).toString();
        m.segment = q.value(17).toString();
        m.rScore = q.value(18).toInt();
        m.fScore = q.value(19).toInt();
        m.mScore = q.value(20).toInt();
        m.pAlive = q.value(21).isNull() ? -1.0 : q.value(21).toDouble();
        m.expected90 = q.value(22).toDouble();
        found = true;
    }
    if (!found) { // no valid orders yet: contacts only
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id, customer_key, receiver_name, phone, phone_display, email, address, province "
                                 "FROM customer_contacts WHERE id = ?"));
        q.addBindValue(customerId);
        if (q.exec() && q.next()) {
            *contact = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
            *metrics = StoredCustomerMetrics();
        }
    }
    return found;
}

} // namespace huitou
