#pragma once

#include <QDate>
#include <QString>
#include <QUndoCommand>

namespace huitou {

class Workspace;

// Marks a Today task done or skipped; undo puts it back on the list (the
// row stays in the store, marked undone).
class CloseTaskCommand : public QUndoCommand
{
public:
    CloseTaskCommand(Workspace *workspace, qint64 customerId, QString taskKey, QDate dueDay, QString status,
                     QString what);
    void redo() override;
    void undo() override;

private:
    Workspace *m_workspace;
    qint64 m_customerId;
    QString m_taskKey;
    QDate m_dueDay;
    QString m_status, m_what;
    qint64 m_taskId = 0;
};

} // namespace huitou
