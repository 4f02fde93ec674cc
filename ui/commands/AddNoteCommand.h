#pragma once

#include <QString>
#include <QUndoCommand>

namespace huitou {

class Workspace;

// Adds a dated, signed note (or an edit replacing one); undo deletes it softly.
class AddNoteCommand : public QUndoCommand
{
public:
    AddNoteCommand(Workspace *workspace, qint64 customerId, QString text, qint64 replacesId = 0);
    void redo() override;
    void undo() override;
    qint64 noteId() const { return m_noteId; }

private:
    Workspace *m_workspace;
    qint64 m_customerId;
    QString m_text;
    qint64 m_replacesId;
    qint64 m_noteId = 0;
};

} // namespace huitou
