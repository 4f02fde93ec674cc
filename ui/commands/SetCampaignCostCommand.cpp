#include "SetCampaignCostCommand.h"

#include "app/Workspace.h"
#include "storage/OutreachStore.h"

#include <QCoreApplication>

namespace huitou {

SetCampaignCostCommand::SetCampaignCostCommand(Workspace *workspace, qint64 campaignId, qint64 beforeFen,
                                               qint64 afterFen)
    : QUndoCommand(QCoreApplication::translate("SetCampaignCostCommand", "Edit campaign cost"))
    , m_workspace(workspace)
    , m_campaignId(campaignId)
    , m_before(beforeFen)
    , m_after(afterFen)
{
}

void SetCampaignCostCommand::apply(qint64 costFen)
{
    QString error;
    if (!OutreachStore(m_workspace->db()).setCampaignCost(m_campaignId, costFen, &error))
        qWarning("campaign cost edit failed: %s", qPrintable(error));
    emit m_workspace->campaignsChanged();
}

void SetCampaignCostCommand::redo()
{
    apply(m_after);
}

void SetCampaignCostCommand::undo()
{
    apply(m_before);
}

} // namespace huitou
