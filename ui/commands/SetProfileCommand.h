#pragma once

#include "storage/ProfileStore.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Changes a customer's birthday, marketing consent or notes. The first redo
// saves only over version EXPECTEDVERSION (what the pane showed, or what
// staff chose to save over): a newer save from another workstation in between
// is not overwritten, and the pane shows the stored profile again.
class SetProfileCommand : public QUndoCommand
{
public:
    SetProfileCommand(Workspace *workspace, qint64 customerId, CustomerProfile before, CustomerProfile after,
                      qint64 expectedVersion = -1);
    void redo() override;
    void undo() override;

private:
    void apply(const CustomerProfile &profile);
    Workspace *m_workspace;
    qint64 m_customerId;
    CustomerProfile m_before, m_after;
    qint64 m_expectedVersion; // -1: no check (undo, redo)
};

} // namespace huitou
