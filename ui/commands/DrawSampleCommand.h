#pragma once

#include <QUndoCommand>

namespace huitou {

class Workspace;

// A callback sample drawn (in the background) and stored; undo removes it
// softly, redo brings it back: the same sample, not a new draw.
class DrawSampleCommand : public QUndoCommand
{
public:
    DrawSampleCommand(Workspace *workspace, qint64 sampleId);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_sampleId;
    bool m_first = true;
};

} // namespace huitou
