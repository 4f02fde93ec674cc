#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace huitou {

struct CustomerContact
{
    qint64 id = 0;
    QString key, receiverName, phone, phoneDisplay, email, address, province;
};

// Customers as derived by imports: identity and contacts.
class CustomerStore
{
public:
    explicit CustomerStore(QSqlDatabase db);
    qint64 count() const;
    // One row read, whatever the store's size (COUNT(*) walks an index).
    bool isEmpty() const;
    // The id of the customer with KEY (exact), 0 when there is none.
    qint64 idOf(const QString &key) const;
    QString keyOf(qint64 id) const;
    // Customers without a valid paid order up to the as-of day of the stored
    // figures (only cancelled or unpaid orders, or a first order after it):
    // they have no figures, so reports do not count them.
    qint64 countWithoutPaidOrder() const;
    // The payment day of the latest valid order (invalid when none).
    QDate latestPaidDay() const;
    QDate firstPaidDay() const;
    // Calls VISIT for every customer in key order; stops when it returns false.
    bool forEach(const std::function<bool(const CustomerContact &)> &visit, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
