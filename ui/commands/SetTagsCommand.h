#pragma once

#include <QList>
#include <QMap>
#include <QStringList>
#include <QUndoCommand>

namespace huitou {

class Workspace;

// Sets the manual values of one tag group for one or many customers (one
// undoable step, bulk tagging included). Undo restores each customer's
// previous values.
class SetTagsCommand : public QUndoCommand
{
public:
    // NEWVALUES maps each customer to the values it gets.
    SetTagsCommand(Workspace *workspace, const QString &group, QMap<qint64, QStringList> oldValues,
                   QMap<qint64, QStringList> newValues, const QString &text);
    void redo() override;
    void undo() override;

private:
    void apply(const QMap<qint64, QStringList> &values);
    Workspace *m_workspace;
    QString m_group;
    QMap<qint64, QStringList> m_old, m_new;
};

} // namespace huitou
