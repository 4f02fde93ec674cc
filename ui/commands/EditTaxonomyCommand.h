#pragma once

#include "feedback/Taxonomy.h"

#include <QUndoCommand>

namespace huitou {

class Workspace;

// Saves edited or added reasons (names, keywords), or merges one reason into
// another; undo restores the earlier values / unmerges. Nothing is deleted.
class EditTaxonomyCommand : public QUndoCommand
{
public:
    EditTaxonomyCommand(Workspace *workspace, QList<Reason> before, QList<Reason> after);
    static EditTaxonomyCommand *merge(Workspace *workspace, const Reason &from, const QString &into);
    void redo() override;
    void undo() override;

private:
    void apply(const QList<Reason> &reasons, const QList<Reason> &other);
    Workspace *m_workspace;
    QList<Reason> m_before, m_after;
};

} // namespace huitou
