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
    // Sets the marketing consent (unknown | consented | refused) and records the
    // change (state, previous state, day, source, staff) in consent_changes
    // and the audit trail. Setting the current state again records nothing.
    bool setConsent(qint64 customerId, const QString &state, QString *error, const QString &staff = QString(),
                    const QString &source = QStringLiteral("manual"));
    // Empty when TEXT is a valid birthday ("MM-DD" or "YYYY-MM-DD"; 02-29 allowed).
    static QString validateBirthday(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
