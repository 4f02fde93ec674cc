#include "DrawSampleCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/SampleStore.h"

#include <QCoreApplication>

namespace huitou {

DrawSampleCommand::DrawSampleCommand(Workspace *workspace, qint64 sampleId)
    : QUndoCommand(QCoreApplication::translate("DrawSampleCommand", "Draw callback sample"))
    , m_workspace(workspace)
    , m_sampleId(sampleId)
{
}

void DrawSampleCommand::redo()
{
    if (m_first) {
        m_first = false; // drawn and stored already
    } else {
        QString error;
        if (!SampleStore(m_workspace->db()).setDeleted(m_sampleId, false, Staff::name(), &error))
            qWarning("sample redo failed: %s", qPrintable(error));
    }
    emit m_workspace->careChanged();
}

void DrawSampleCommand::undo()
{
    QString error;
    if (!SampleStore(m_workspace->db()).setDeleted(m_sampleId, true, Staff::name(), &error))
        qWarning("sample undo failed: %s", qPrintable(error));
    emit m_workspace->careChanged();
}

} // namespace huitou
