#include "SetProfileCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"

#include <QCoreApplication>

namespace huitou {

SetProfileCommand::SetProfileCommand(Workspace *workspace, qint64 customerId, CustomerProfile before,
                                     CustomerProfile after)
    : QUndoCommand(QCoreApplication::translate("SetProfileCommand", "Edit customer profile"))
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetProfileCommand::apply(const CustomerProfile &profile)
{
    QString error;
    if (!ProfileStore(m_workspace->db()).save(m_customerId, profile, &error, Staff::name()))
        qWarning("profile edit failed: %s", qPrintable(error));
    emit m_workspace->customerChanged(m_customerId);
}

void SetProfileCommand::redo()
{
    apply(m_after);
}

void SetProfileCommand::undo()
{
    apply(m_before);
}

} // namespace huitou
