#include "NoteStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

NoteStore::NoteStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 NoteStore::add(qint64 customerId, const QString &text, const QString &staff, QString *error, qint64 replacesId)
{
    if (text.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("NoteStore", "A note needs some text.");
        return 0;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString now = AuditLog::nowText();
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO customer_notes (customer_id, text, staff, created_at, replaces_id) "
                                  "VALUES (?, ?, ?, ?, ?)"),
                   {customerId, text.trimmed(), nonNull(staff), now,
                    replacesId > 0 ? QVariant(replacesId) : QVariant(QMetaType::fromType<qint64>())},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject detail{{QStringLiteral("text"), text.trimmed()}};
    if (replacesId > 0)
        detail.insert(QStringLiteral("replaces"), replacesId);
    if (!AuditLog(m_db).record(customerId,
                               replacesId > 0 ? QStringLiteral("note_edited") : QStringLiteral("note_added"),
                               QStringLiteral("note"), id, detail, staff, error)
        || !tx.commit())
        return 0;
    return id;
}

bool NoteStore::setDeleted(qint64 noteId, bool deleted, const QString &staff, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT customer_id, text FROM customer_notes WHERE id = ?"), {noteId}, error))
        return false;
    if (!q.next()) {
        *error = QCoreApplication::translate("NoteStore", "No note %1.").arg(noteId);
        return false;
    }
    const qint64 customerId = q.value(0).toLongLong();
    const QString text = q.value(1).toString();
    QSqlQuery u(m_db);
    if (!sql::exec(u, QStringLiteral("UPDATE customer_notes SET deleted_at = ? WHERE id = ?"),
                   {deleted ? QVariant(AuditLog::nowText()) : QVariant(QMetaType::fromType<QString>()), noteId}, error))
        return false;
    if (!AuditLog(m_db).record(customerId, deleted ? QStringLiteral("note_deleted") : QStringLiteral("note_restored"),
                               QStringLiteral("note"), noteId, QJsonObject{{QStringLiteral("text"), text}}, staff,
                               error))
        return false;
    return tx.commit();
}

bool NoteStore::setAddUndone(qint64 noteId, bool undone, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE customer_notes SET deleted_at = ? WHERE id = ?"),
                   {undone ? QVariant(AuditLog::nowText()) : QVariant(QMetaType::fromType<QString>()), noteId}, error))
        return false;
    AuditLog log(m_db);
    if (!log.setUndone(QStringLiteral("note_added"), QStringLiteral("note"), noteId, undone, error)
        || !log.setUndone(QStringLiteral("note_edited"), QStringLiteral("note"), noteId, undone, error))
        return false;
    return tx.commit();
}

QList<CustomerNote> NoteStore::notesOf(qint64 customerId) const
{
    QList<CustomerNote> out;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT n.id, n.text, n.staff, n.created_at, n.replaces_id FROM customer_notes n "
                                  "WHERE n.customer_id = ? AND n.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
                                  "customer_notes r WHERE r.replaces_id = n.id AND r.deleted_at IS NULL) "
                                  "ORDER BY n.created_at DESC, n.id DESC"),
                   {customerId}))
        return out;
    while (q.next()) {
        CustomerNote n;
        n.id = q.value(0).toLongLong();
        n.customerId = customerId;
        n.text = q.value(1).toString();
        n.staff = q.value(2).toString();
        n.createdAt = q.value(3).toString();
        n.replacesId = q.value(4).toLongLong();
        out << n;
    }
    return out;
}

} // namespace huitou
