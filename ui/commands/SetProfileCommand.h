#pragma once

#include "storage/ProfileStore.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Changes a customer's birthday, marketing consent or notes.
class SetProfileCommand : public QUndoCommand
{
public:
    SetProfileCommand(Workspace *workspace, qint64 customerId, CustomerProfile before, CustomerProfile after);
    void redo() override;
    void undo() override;

private:
    void apply(const CustomerProfile &profile);
    Workspace *m_workspace;
    qint64 m_customerId;
    CustomerProfile m_before, m_after;
};

} // namespace huitou
