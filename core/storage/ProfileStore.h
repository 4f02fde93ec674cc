#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// What staff record about a customer beyond her orders.
struct CustomerProfile
{
    QString birthday; // "MM-DD" or "YYYY-MM-DD", empty when unknown
    QString consent = QStringLiteral("unknown"); // unknown | consented | refused
    QString notes;
    // Bumped by every save; who saved last and when (shop time, ISO). Not
    // part of ==: they say which version the fields are, not what they hold.
    qint64 version = 0;
    QString changedBy, changedAt;
    bool operator==(const CustomerProfile &o) const
    {
        return birthday == o.birthday && consent == o.consent && notes == o.notes;
    }
};

class ProfileStore
{
public:
    explicit ProfileStore(QSqlDatabase db);
    CustomerProfile load(qint64 customerId) const;
    // Saves birthday, consent and the legacy notes field. A consent change is
    // recorded in the consent history (state, day, source, staff).
    bool save(qint64 customerId, const CustomerProfile &profile, QString *error, const QString &staff = QString(),
              const QString &source = QStringLiteral("manual"));
    // The same, only while the stored profile is still version EXPECTED (what
    // staff saw when they started editing): a save over a newer version, from
    // another workstation, is refused with Conflict and *current holds the
    // newer profile (who, when, what). The check and the write are one
    // transaction holding the row, so two workstations cannot both pass it.
    enum class Saved { Yes, Conflict, Failed };
    Saved saveIfCurrent(qint64 customerId, const CustomerProfile &profile, qint64 expected, CustomerProfile *current,
                        QString *error, const QString &staff = QString());
    // Sets the marketing consent (unknown | consented | refused) and records the
    // change (state, previous state, day, source, staff) in consent_changes
    // and the audit trail. Setting the current state again records nothing.
    bool setConsent(qint64 customerId, const QString &state, QString *error, const QString &staff = QString(),
                    const QString &source = QStringLiteral("manual"));
    // Empty when TEXT is a valid birthday ("MM-DD" or "YYYY-MM-DD"; 02-29 allowed).
    static QString validateBirthday(const QString &text);

private:
    bool write(qint64 customerId, const CustomerProfile &p, QString *error, const QString &staff,
               const QString &source);
    QSqlDatabase m_db;
};

} // namespace huitou
