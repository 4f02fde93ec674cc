#include "SetCarePlanCommand.h"

#include "app/Workspace.h"

#include <QCoreApplication>

namespace huitou {

SetCarePlanCommand::SetCarePlanCommand(Workspace *workspace, CarePlan before, CarePlan after)
    : QUndoCommand(QCoreApplication::translate("SetCarePlanCommand", "Edit new-customer plan"))
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

void SetCarePlanCommand::apply(const CarePlan &plan)
{
    QString error;
    if (!plan.save(m_workspace->db(), &error))
        qWarning("care plan failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
}

void SetCarePlanCommand::redo()
{
    apply(m_after);
}

void SetCarePlanCommand::undo()
{
    apply(m_before);
}

} // namespace huitou
