#pragma once

#include "storage/ReasonStore.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Logs a complaint, return or review reason; undo deletes it softly (redo restores it).
// When the store refuses the entry, ERROROUT gets the message and the command
// makes itself obsolete, so push() drops it.
class LogReasonCommand : public QUndoCommand
{
public:
    LogReasonCommand(Workspace *workspace, ReasonEntry entry, QString *errorOut = nullptr);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    ReasonEntry m_entry;
    qint64 m_id = 0;
    QString m_error;
    QString *m_errorOut;
};

} // namespace huitou
