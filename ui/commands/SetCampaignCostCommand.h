#pragma once

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Sets a campaign's total cost (fen); the ROI divides by it. Undo restores the earlier cost.
class SetCampaignCostCommand : public QUndoCommand
{
public:
    SetCampaignCostCommand(Workspace *workspace, qint64 campaignId, qint64 beforeFen, qint64 afterFen);
    void redo() override;
    void undo() override;

private:
    void apply(qint64 costFen);
    Workspace *m_workspace;
    qint64 m_campaignId, m_before, m_after;
};

} // namespace huitou
