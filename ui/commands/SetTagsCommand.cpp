#include "SetTagsCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/TagStore.h"

namespace huitou {

SetTagsCommand::SetTagsCommand(Workspace *workspace, const QString &group, QMap<qint64, QStringList> oldValues,
                               QMap<qint64, QStringList> newValues, const QString &text)
    : QUndoCommand(text)
    , m_workspace(workspace)
    , m_group(group)
    , m_old(std::move(oldValues))
    , m_new(std::move(newValues))
{
}

void SetTagsCommand::apply(const QMap<qint64, QStringList> &values)
{
    TagStore store(m_workspace->db());
    QString error;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!store.setManualValues(it.key(), m_group, it.value(), &error, Staff::name()))
            qWarning("tag edit failed: %s", qPrintable(error));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        emit m_workspace->customerChanged(it.key());
}

void SetTagsCommand::redo()
{
    apply(m_new);
}

void SetTagsCommand::undo()
{
    apply(m_old);
}

} // namespace huitou
