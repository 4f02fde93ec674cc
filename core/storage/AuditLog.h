#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Staff names and free texts are NOT NULL in the store: a null QString would bind as NULL.
inline QString nonNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// The audit trail: every action staff record (note, consent change, task
// done/skipped, reason entry, survey answer, phone reveal, …) is one row,
// signed and dated. Undo marks the row undone_at; nothing is deleted.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase db);
    // Returns the new row's id, or 0 on error.
    qint64 record(qint64 customerId, const QString &action, const QString &entity, qint64 entityId,
                  const QJsonObject &detail, const QString &staff, QString *error);
    // Marks (or unmarks) the latest not-undone row of ACTION on ENTITY/ENTITYID as undone.
    bool setUndone(const QString &action, const QString &entity, qint64 entityId, bool undone, QString *error);

    // The shop's local time now, "yyyy-MM-ddTHH:mm:ss" (the pinned clock in tests).
    static QString nowText();

private:
    QSqlDatabase m_db;
};

} // namespace huitou
