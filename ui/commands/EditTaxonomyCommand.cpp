#include "EditTaxonomyCommand.h"

#include "app/Staff.h"
#include "app/Workspace.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>

namespace huitou {

EditTaxonomyCommand::EditTaxonomyCommand(Workspace *workspace, QList<Reason> before, QList<Reason> after)
    : QUndoCommand(QCoreApplication::translate("EditTaxonomyCommand", "Edit reasons"))
    , m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
}

EditTaxonomyCommand *EditTaxonomyCommand::merge(Workspace *workspace, const Reason &from, const QString &into)
{
    Reason merged = from;
    merged.mergedInto = into;
    auto *command = new EditTaxonomyCommand(workspace, {from}, {merged});
    command->setText(QCoreApplication::translate("EditTaxonomyCommand", "Merge reason"));
    return command;
}

void EditTaxonomyCommand::apply(const QList<Reason> &reasons, const QList<Reason> &other)
{
    TaxonomyStore store(m_workspace->db());
    QString error;
    for (const Reason &r : reasons) {
        bool ok = store.saveReason(r, Staff::name(), &error);
        const Reason *was = nullptr;
        for (const Reason &o : other)
            if (o.code == r.code)
                was = &o;
        if (ok && r.mergedInto != (was ? was->mergedInto : QString()))
            ok = r.mergedInto.isEmpty() ? store.unmerge(r.code, Staff::name(), &error)
                                        : store.merge(r.code, r.mergedInto, Staff::name(), &error);
        if (!ok)
            qWarning("taxonomy edit failed: %s", qPrintable(error));
    }
    emit m_workspace->careChanged();
}

void EditTaxonomyCommand::redo()
{
    apply(m_after, m_before);
}

void EditTaxonomyCommand::undo()
{
    apply(m_before, m_after);
}

} // namespace huitou
