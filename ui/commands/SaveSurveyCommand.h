#pragma once

#include "feedback/SurveyAnswer.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Saves a callback survey answer (superseding an earlier one); undo withdraws it.
class SaveSurveyCommand : public QUndoCommand
{
public:
    SaveSurveyCommand(Workspace *workspace, SurveyAnswer answer);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    SurveyAnswer m_answer;
    qint64 m_id = 0;
};

} // namespace huitou
