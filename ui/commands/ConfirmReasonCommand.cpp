#include "ConfirmReasonCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/ReasonStore.h"

#include <QCoreApplication>

namespace huitou {

ConfirmReasonCommand::ConfirmReasonCommand(Workspace *workspace, qint64 entryId, qint64 customerId, QString suggested,
                                           QString code)
    : QUndoCommand(code.isEmpty() ? QCoreApplication::translate("ConfirmReasonCommand", "Dismiss suggested reason")
                                  : QCoreApplication::translate("ConfirmReasonCommand", "Confirm reason"))
    , m_workspace(workspace)
    , m_entryId(entryId)
    , m_customerId(customerId)
    , m_suggested(std::move(suggested))
    , m_code(std::move(code))
{
}

void ConfirmReasonCommand::redo()
{
    ReasonStore store(m_workspace->db());
    QString error;
    const bool ok = m_code.isEmpty() ? store.setDeleted(m_entryId, true, Staff::name(), &error)
                                     : store.confirm(m_entryId, m_code, Staff::name(), &error);
    if (!ok)
        qWarning("confirm failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

void ConfirmReasonCommand::undo()
{
    ReasonStore store(m_workspace->db());
    QString error;
    const bool ok = m_code.isEmpty() ? store.setDeleted(m_entryId, false, Staff::name(), &error)
                                     : store.unconfirm(m_entryId, m_suggested, Staff::name(), &error);
    if (!ok)
        qWarning("confirm undo failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_customerId);
}

} // namespace huitou
