#pragma once

#include <QString>
#include <QUndoCommand>

namespace huitou {

class Workspace;

// Confirms a suggested review reason (as suggested or changed), or dismisses
// it (CODE empty: soft delete); undo brings the suggestion back.
class ConfirmReasonCommand : public QUndoCommand
{
public:
    ConfirmReasonCommand(Workspace *workspace, qint64 entryId, qint64 customerId, QString suggested, QString code);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_entryId, m_customerId;
    QString m_suggested, m_code;
};

} // namespace huitou
