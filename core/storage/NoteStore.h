#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct CustomerNote
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString text, staff, createdAt;
    qint64 replacesId = 0;
    bool deleted = false;
};

// Dated, signed notes. Editing adds a new note that replaces the old one (the
// old text stays); deleting is soft (deleted_at) and can be undone.
class NoteStore
{
public:
    explicit NoteStore(QSqlDatabase db);
    // Returns the new note's id, 0 on error. REPLACESID: the note it edits.
    qint64 add(qint64 customerId, const QString &text, const QString &staff, QString *error, qint64 replacesId = 0);
    bool setDeleted(qint64 noteId, bool deleted, const QString &staff, QString *error);
    // Undo / redo of add(): the note and its audit row are marked, not removed.
    bool setAddUndone(qint64 noteId, bool undone, QString *error);
    // Current notes (not deleted, not replaced), newest first.
    QList<CustomerNote> notesOf(qint64 customerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
