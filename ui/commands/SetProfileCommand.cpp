#include "SetProfileCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"

#include <QCoreApplication>

namespace huitou {

SetProfileCommand::SetProfileCommand(Workspace *workspace, qint64 customerId, CustomerProfile before,
                                     CustomerProfile after, qint64 expectedVersion)
    : QUndoCommand(QCoreApplication::translate("SetProfileCommand", "Edit customer profile"))
    , m_workspace(workspace)
    , m_customerId(customerId)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_expectedVersion(expectedVersion)
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
    if (m_expectedVersion < 0) {
        apply(m_after);
        return;
    }
    const qint64 expected = m_expectedVersion;
    m_expectedVersion = -1; // checked once: a later redo re-applies as undo did
    QString error;
    CustomerProfile current;
    const auto saved =
        ProfileStore(m_workspace->db()).saveIfCurrent(m_customerId, m_after, expected, &current, &error, Staff::name());
    if (saved == ProfileStore::Saved::Conflict)
        m_workspace->showMessage(
            QCoreApplication::translate("SetProfileCommand", "Not saved: %1 changed this profile a moment ago.")
                .arg(current.changedBy));
    else if (saved == ProfileStore::Saved::Failed)
        qWarning("profile edit failed: %s", qPrintable(error));
    if (saved != ProfileStore::Saved::Yes)
        setObsolete(true); // nothing to undo
    emit m_workspace->customerChanged(m_customerId);
}

void SetProfileCommand::undo()
{
    apply(m_before);
}

} // namespace huitou
