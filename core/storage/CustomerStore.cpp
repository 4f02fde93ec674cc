#include "CustomerStore.h"

#include "SqlUtil.h"
#include "StoreRoles.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

CustomerStore::CustomerStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 CustomerStore::count() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

bool CustomerStore::isEmpty() const
{
    QSqlQuery q(m_db);
    return !(q.exec(QStringLiteral("SELECT 1 FROM customers LIMIT 1")) && q.next());
}

qint64 CustomerStore::countWithoutPaidOrder() const
{
    QSqlQuery q(m_db);
    // Every figures row belongs to one customer (a foreign key, deleted with
    // her): two counts over narrow indexes instead of a lookup per customer.
    if (q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) - (SELECT COUNT(*) FROM customer_metrics)"))
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QDate CustomerStore::latestPaidDay() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT MAX(paid_day) FROM orders WHERE is_valid = 1")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

QDate CustomerStore::firstPaidDay() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT MIN(paid_day) FROM orders WHERE is_valid = 1")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

bool CustomerStore::forEach(const std::function<bool(const CustomerContact &)> &visit, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, customer_key, receiver_name, phone, phone_display, email, address, "
                               "province FROM %1 ORDER BY customer_key")
                    .arg(StoreRoles::customerContacts(m_db)))) {
        *error = q.lastError().text();
        return false;
    }
    CustomerContact c;
    while (q.next()) {
        c.id = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.receiverName = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.phoneDisplay = q.value(4).toString();
        c.email = q.value(5).toString();
        c.address = q.value(6).toString();
        c.province = q.value(7).toString();
        if (!visit(c))
            break;
    }
    return true;
}

qint64 CustomerStore::idOf(const QString &key) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT id FROM customers WHERE customer_key = ?"), {key}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QString CustomerStore::keyOf(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"), {id}) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace huitou
