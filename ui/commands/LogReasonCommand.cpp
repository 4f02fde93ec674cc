#include "LogReasonCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"

#include <QCoreApplication>

namespace huitou {

LogReasonCommand::LogReasonCommand(Workspace *workspace, ReasonEntry entry, QString *errorOut)
    : QUndoCommand(QCoreApplication::translate("LogReasonCommand", "Log reason"))
    , m_workspace(workspace)
    , m_entry(std::move(entry))
    , m_errorOut(errorOut)
{
}

void LogReasonCommand::redo()
{
    ReasonStore store(m_workspace->db());
    const bool ok = m_id ? store.setDeleted(m_id, false, Staff::name(), &m_error)
                         : (m_id = store.add(m_entry, Staff::name(), &m_error)) != 0;
    if (!ok) {
        if (m_errorOut)
            *m_errorOut = m_error;
        setObsolete(true);
        return;
    }
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_entry.customerId);
}

void LogReasonCommand::undo()
{
    if (m_id && !ReasonStore(m_workspace->db()).setDeleted(m_id, true, Staff::name(), &m_error))
        qWarning("reason undo failed: %s", qPrintable(m_error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_entry.customerId);
}

} // namespace huitou
