#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// What staff record about a customer beyond her orders.
struct CustomerProfile
{
    QString birthday;                   // "MM-DD" or "YYYY-MM-DD", empty when unknown
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
    bool save(qint64 customerId, const CustomerProfile &profile, QString *error);
    // Empty when TEXT is a valid birthday ("MM-DD" or "YYYY-MM-DD"; 02-29 allowed).
    static QString validateBirthday(const QString &text);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
