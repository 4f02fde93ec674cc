#include "SaveSurveyCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/SurveyStore.h"

#include <QCoreApplication>

namespace huitou {

SaveSurveyCommand::SaveSurveyCommand(Workspace *workspace, SurveyAnswer answer)
    : QUndoCommand(QCoreApplication::translate("SaveSurveyCommand", "Save callback survey"))
    , m_workspace(workspace)
    , m_answer(std::move(answer))
{
}

void SaveSurveyCommand::redo()
{
    // Each redo stores the answer again (the withdrawn one stays, superseded).
    QString error;
    m_id = SurveyStore(m_workspace->db()).save(m_answer, Staff::name(), &error);
    if (!m_id)
        qWarning("survey failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_answer.customerId);
}

void SaveSurveyCommand::undo()
{
    QString error;
    if (m_id && !SurveyStore(m_workspace->db()).withdraw(m_id, Staff::name(), &error))
        qWarning("survey undo failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
    emit m_workspace->customerChanged(m_answer.customerId);
}

} // namespace huitou
