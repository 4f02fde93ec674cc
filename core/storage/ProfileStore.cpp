#include "ProfileStore.h"

#include "SqlUtil.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

ProfileStore::ProfileStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

CustomerProfile ProfileStore::load(qint64 customerId) const
{
    CustomerProfile p;
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT birthday, consent, notes FROM customer_profiles WHERE customer_id = ?"),
                  {customerId})
        && q.next()) {
        p.birthday = q.value(0).toString();
        p.consent = q.value(1).toString();
        p.notes = q.value(2).toString();
    }
    return p;
}

bool ProfileStore::save(qint64 customerId, const CustomerProfile &p, QString *error)
{
    const QString invalid = validateBirthday(p.birthday);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QSqlQuery q(m_db);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    return sql::exec(q,
                     QStringLiteral("INSERT INTO customer_profiles (customer_id, birthday, consent, notes) "
                                    "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                                    "birthday = excluded.birthday, consent = excluded.consent, notes = excluded.notes"),
                     {customerId, orNull(p.birthday), p.consent, orNull(p.notes)}, error);
}

QString ProfileStore::validateBirthday(const QString &text)
{
    if (text.isEmpty())
        return {};
    static const QRegularExpression pattern(QStringLiteral("^(?:(\\d{4})-)?(\\d{2})-(\\d{2})$"));
    const auto m = pattern.match(text);
    // 2000 is a leap year, so 02-29 without a year is accepted.
    const int year = m.hasMatch() && !m.captured(1).isEmpty() ? m.captured(1).toInt() : 2000;
    if (!m.hasMatch() || !QDate::isValid(year, m.captured(2).toInt(), m.captured(3).toInt()))
        return QCoreApplication::translate("ProfileStore", "A birthday is MM-DD or YYYY-MM-DD, e.g. 03-08.");
    return {};
}

} // namespace huitou
