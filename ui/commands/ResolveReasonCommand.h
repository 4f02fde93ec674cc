#pragma once

#include <QDate>
#include <QString>
#include <QUndoCommand>

namespace huitou {

class Workspace;

// Resolves an open complaint or return; undo reopens it.
class ResolveReasonCommand : public QUndoCommand
{
public:
    ResolveReasonCommand(Workspace *workspace, qint64 entryId, qint64 customerId, QString resolution, QDate day);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_entryId, m_customerId;
    QString m_resolution;
    QDate m_day;
};

} // namespace huitou
