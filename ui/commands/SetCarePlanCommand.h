#pragma once

#include "care/CarePlan.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Replaces the new-customer plan (steps and grace period); undo restores the old one.
class SetCarePlanCommand : public QUndoCommand
{
public:
    SetCarePlanCommand(Workspace *workspace, CarePlan before, CarePlan after);
    void redo() override;
    void undo() override;

private:
    void apply(const CarePlan &plan);
    Workspace *m_workspace;
    CarePlan m_before, m_after;
};

} // namespace huitou
