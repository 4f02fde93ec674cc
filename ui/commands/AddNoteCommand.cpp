#include "AddNoteCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/NoteStore.h"

#include <QCoreApplication>

namespace huitou {

AddNoteCommand::AddNoteCommand(Workspace *workspace, qint64 customerId, QString text, qint64 replacesId)
    : QUndoCommand(QCoreApplication::translate("AddNoteCommand", "Add note"))
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_text(std::move(text))
    , m_replacesId(replacesId)
{
}

void AddNoteCommand::redo()
{
    NoteStore store(m_workspace->db());
    QString error;
    const bool ok = m_noteId ? store.setAddUndone(m_noteId, false, &error)
                             : (m_noteId = store.add(m_customerId, m_text, Staff::name(), &error, m_replacesId)) != 0;
    if (!ok)
        qWarning("note failed: %s", qPrintable(error));
    emit m_workspace->customerChanged(m_customerId);
}

void AddNoteCommand::undo()
{
    QString error;
    if (m_noteId && !NoteStore(m_workspace->db()).setAddUndone(m_noteId, true, &error))
        qWarning("note undo failed: %s", qPrintable(error));
    emit m_workspace->customerChanged(m_customerId);
}

} // namespace huitou
