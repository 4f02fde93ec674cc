#include "ResolveReasonCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/ReasonStore.h"

#include <QCoreApplication>

namespace huitou {

ResolveReasonCommand::ResolveReasonCommand(Workspace *workspace, qint64 entryId, qint64 customerId, QString resolution,
                                           QDate day)
    : QUndoCommand(QCoreApplication::translate("ResolveReasonCommand", "Resolve complaint / return"))
    , m_workspace(workspace)
    , m_entryId(entryId)
    , m_customerId(customerId)
    , m_resolution(std::move(resolution))
    , m_day(day)
{
}

void ResolveReasonCommand::redo()
{
    QString error;
    if (!ReasonStore(m_workspace->db()).resolve(m_entryId, m_resolution, m_day, Staff::name(), &error))
        qWarning("resolve failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

void ResolveReasonCommand::undo()
{
    QString error;
    if (!ReasonStore(m_workspace->db()).reopen(m_entryId, Staff::name(), &error))
        qWarning("reopen failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

} // namespace huitou
