#pragma once

#include "storage/StoreLocation.h"
#include "storage/StoreRoles.h"

#include <QDate>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <optional>

namespace huitou {

class ChangeWatcher;

// The open store as the GUI sees it: its location, the GUI thread's connection,
// the undo stack, and a way to run work off the GUI thread on a connection of
// its own. Emits dataChanged() when imports or settings changed the numbers.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(StoreLocation location, QString connectionName, QObject *parent = nullptr);

    const StoreLocation &location() const { return m_location; }
    // The store's file, for people (title, About, recent stores).
    QString storePath() const { return m_location.toString(); }
    QSqlDatabase db() const;
    QUndoStack *undoStack() { return &m_undo; }

    // What this login may do in the store (a server's role; in a store file
    // everything). Asked once; pages hide what the server would refuse.
    StoreRoles::Role role() const;
    bool may(StoreRoles::Right right) const { return StoreRoles::may(role(), right); }

    // The day the customer figures are as of: today unless staff chose
    // another day (or a report's drill-down did). Session only.
    QDate asOf() const;
    bool asOfIsToday() const { return !m_asOf.isValid(); }
    // Recomputes the stored figures for DAY (invalid: today) off the GUI
    // thread, then emits asOfChanged() and dataChanged().
    void setAsOf(const QDate &day);

    // A short confirmation for the status bar ("Saved", "Tagged 12 customers").
    void showMessage(const QString &text) { emit statusMessage(text); }

    // Runs TASK on a worker thread with its own connection to the store;
    // DONE(ok, error) is called on the GUI thread, with CONTEXT alive.
    void runInBackground(QObject *context, std::function<bool(QSqlDatabase, QString *)> task,
                         std::function<void(bool, const QString &)> done);

signals:
    void dataChanged();
    void customerChanged(qint64 customerId);
    // Care tasks, reason entries or surveys changed (Today, Callbacks, Reports refresh).
    void careChanged();
    // A campaign was recorded or edited (export, cost): the campaign lists reload.
    void campaignsChanged();
    void asOfChanged(const QDate &day);
    void statusMessage(const QString &text);
    // Another workstation changed customers' profiles, notes or tags (the
    // shown profile reloads unless staff are typing in it).
    void customersChangedElsewhere();

private:
    StoreLocation m_location;
    QString m_connectionName;
    QUndoStack m_undo;
    QDate m_asOf;
    int m_asOfGeneration = 0;
    mutable std::optional<StoreRoles::Role> m_role;
    ChangeWatcher *m_changes = nullptr; // other workstations' changes
};

} // namespace huitou
