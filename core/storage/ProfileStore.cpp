#include "ProfileStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "customers/Vocabulary.h"

#include <QJsonObject>

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

namespace {

// The consent change without its own transaction (save() runs it inside one).
bool writeConsent(QSqlDatabase db, qint64 customerId, const QString &previous, const QString &state,
                  const QString &staff, const QString &source, QString *error)
{
    QSqlQuery q(db);
    const QString now = AuditLog::nowText();
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO customer_profiles (customer_id, consent) VALUES (?, ?) "
                                  "ON CONFLICT (customer_id) DO UPDATE SET consent = excluded.consent"),
                   {customerId, state}, error)
        || !sql::exec(q,
                      QStringLiteral("INSERT INTO consent_changes (customer_id, state, previous_state, source, staff, "
                                     "changed_day, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                      {customerId, state, previous, nonNull(source), nonNull(staff), now.left(10), now}, error))
        return false;
    const qint64 changeId = q.lastInsertId().toLongLong();
    return AuditLog(db).record(customerId, QStringLiteral("consent_changed"), QStringLiteral("consent"), changeId,
                               QJsonObject{{QStringLiteral("state"), state},
                                           {QStringLiteral("previous"), previous},
                                           {QStringLiteral("source"), source}},
                               staff, error)
        > 0;
}

bool validConsent(const QString &state, QString *error)
{
    if (parseConsent(state))
        return true;
    *error = QCoreApplication::translate("ProfileStore", "Consent must be unknown, consented or refused, not \"%1\".")
                 .arg(state);
    return false;
}

} // namespace

bool ProfileStore::save(qint64 customerId, const CustomerProfile &p, QString *error, const QString &staff,
                        const QString &source)
{
    const QString invalid = validateBirthday(p.birthday);
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    if (!validConsent(p.consent, error))
        return false;
    Transaction tx(m_db);
    const CustomerProfile before = load(customerId);
    if (before.consent != p.consent && !writeConsent(m_db, customerId, before.consent, p.consent, staff, source, error))
        return false;
    QSqlQuery q(m_db);
    auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s); };
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO customer_profiles (customer_id, birthday, consent, notes) "
                                  "VALUES (?, ?, ?, ?) ON CONFLICT (customer_id) DO UPDATE SET "
                                  "birthday = excluded.birthday, consent = excluded.consent, notes = excluded.notes"),
                   {customerId, orNull(p.birthday), p.consent, orNull(p.notes)}, error))
        return false;
    if (before.birthday != p.birthday
        && !AuditLog(m_db).record(customerId, QStringLiteral("birthday_set"), QStringLiteral("profile"), customerId,
                                  QJsonObject{{QStringLiteral("before"), before.birthday},
                                              {QStringLiteral("after"), p.birthday}},
                                  staff, error))
        return false;
    return tx.commit();
}

bool ProfileStore::setConsent(qint64 customerId, const QString &state, QString *error, const QString &staff,
                              const QString &source)
{
    if (!validConsent(state, error))
        return false;
    Transaction tx(m_db);
    const QString previous = load(customerId).consent;
    if (previous == state)
        return true;
    if (!writeConsent(m_db, customerId, previous, state, staff, source, error))
        return false;
    return tx.commit();
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
