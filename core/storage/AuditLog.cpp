#include "AuditLog.h"

#include "Clock.h"
#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace huitou {

AuditLog::AuditLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString AuditLog::nowText()
{
    return Clock::now().toTimeZone(Clock::shopZone()).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

qint64 AuditLog::record(qint64 customerId, const QString &action, const QString &entity, qint64 entityId,
                        const QJsonObject &detail, const QString &staff, QString *error)
{
    QSqlQuery q(m_db);
    const QVariant customer = customerId > 0 ? QVariant(customerId) : QVariant(QMetaType::fromType<qint64>());
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO audit_log (customer_id, action, entity, entity_id, detail, staff, at) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {customer, action, entity, entityId,
                    QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact)), nonNull(staff), nowText()},
                   error))
        return 0;
    return q.lastInsertId().toLongLong();
}

bool AuditLog::setUndone(const QString &action, const QString &entity, qint64 entityId, bool undone, QString *error)
{
    QSqlQuery q(m_db);
    if (undone)
        return sql::exec(q,
                         QStringLiteral("UPDATE audit_log SET undone_at = ? WHERE id = (SELECT MAX(id) FROM audit_log "
                                        "WHERE action = ? AND entity = ? AND entity_id = ? AND undone_at IS NULL)"),
                         {nowText(), action, entity, entityId}, error);
    return sql::exec(q,
                     QStringLiteral("UPDATE audit_log SET undone_at = NULL WHERE id = (SELECT MAX(id) FROM audit_log "
                                    "WHERE action = ? AND entity = ? AND entity_id = ? AND undone_at IS NOT NULL)"),
                     {action, entity, entityId}, error);
}

} // namespace huitou
