#include "CloseTaskCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/CareStore.h"

#include <QCoreApplication>

namespace huitou {

CloseTaskCommand::CloseTaskCommand(Workspace *workspace, qint64 customerId, QString taskKey, QDate dueDay,
                                   QString status, QString what)
    : QUndoCommand(status == QLatin1String("done") ? QCoreApplication::translate("CloseTaskCommand", "Mark task done")
                                                   : QCoreApplication::translate("CloseTaskCommand", "Skip task"))
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_taskKey(std::move(taskKey))
    , m_dueDay(dueDay)
    , m_status(std::move(status))
    , m_what(std::move(what))
{
}

void CloseTaskCommand::redo()
{
    CareStore store(m_workspace->db());
    QString error;
    const bool ok = m_taskId
        ? store.redoTask(m_taskId, &error)
        : (m_taskId = store.closeTask(m_customerId, m_taskKey, m_dueDay, m_status, m_what, Staff::name(), &error)) != 0;
    if (!ok)
        qWarning("task failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

void CloseTaskCommand::undo()
{
    QString error;
    if (m_taskId && !CareStore(m_workspace->db()).undoTask(m_taskId, &error))
        qWarning("task undo failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

} // namespace huitou
