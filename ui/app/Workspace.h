#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QUndoStack>

#include <functional>

namespace huitou {

// The open store as the GUI sees it: its path, the GUI thread's connection,
// the undo stack, and a way to run work off the GUI thread on a connection of
// its own. Emits dataChanged() when imports or settings changed the numbers.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(QString storePath, QString connectionName, QObject *parent = nullptr);

    QString storePath() const { return m_storePath; }
    QSqlDatabase db() const;
    QUndoStack *undoStack() { return &m_undo; }

    // Runs TASK on a worker thread with its own connection to the store;
    // DONE(ok, error) is called on the GUI thread, with CONTEXT alive.
    void runInBackground(QObject *context, std::function<bool(QSqlDatabase, QString *)> task,
                         std::function<void(bool, const QString &)> done);

signals:
    void dataChanged();
    void customerChanged(qint64 customerId);
    // Care tasks, reason entries or surveys changed (Today, Callbacks, Reports refresh).
    void careChanged();

private:
    QString m_storePath;
    QString m_connectionName;
    QUndoStack m_undo;
};

} // namespace huitou
