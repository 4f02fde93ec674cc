#include "CustomerMetricsQuery.h"

#include "StoreRoles.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

CustomerMetricsQuery::CustomerMetricsQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool CustomerMetricsQuery::one(qint64 customerId, CustomerContact *contact, CustomerFigures *figures) const
{
    // One row by id: lists of customers (every filter) go through SegmentQuery.
    bool found = false;
    const QString contacts = StoreRoles::customerContacts(m_db); // masked for staff on a server
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT c.id, c.customer_key, c.receiver_name, c.phone, c.phone_display, c.email, "
                       "c.address, c.province, ")
        + AnalyticsStore::figureColumns()
        + QStringLiteral(" FROM customer_metrics m JOIN %1 c ON c.id = m.customer_id WHERE c.id = ?").arg(contacts));
    q.addBindValue(customerId);
    if (q.exec() && q.next()) {
        CustomerContact &c = *contact;
        c.id = figures->customerId = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.receiverName = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.phoneDisplay = q.value(4).toString();
        c.email = q.value(5).toString();
        c.address = q.value(6).toString();
        c.province = q.value(7).toString();
        AnalyticsStore::readFigures(q, 8, figures);
        found = true;
    }
    if (!found) { // no valid orders yet: contacts only
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("SELECT id, customer_key, receiver_name, phone, phone_display, email, address, province "
                           "FROM %1 WHERE id = ?")
                .arg(contacts));
        q.addBindValue(customerId);
        if (q.exec() && q.next()) {
            *contact = {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(),   q.value(5).toString(), q.value(6).toString(), q.value(7).toString()};
            *figures = CustomerFigures();
        }
    }
    return found;
}

} // namespace huitou
