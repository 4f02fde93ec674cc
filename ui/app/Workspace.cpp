#include "Workspace.h"

#include "storage/Database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>

namespace huitou {

Workspace::Workspace(QString storePath, QString connectionName, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_connectionName(std::move(connectionName))
{
}

QSqlDatabase Workspace::db() const
{
    return Database::connection(m_connectionName);
}

void Workspace::runInBackground(QObject *context, std::function<bool(QSqlDatabase, QString *)> task,
                                std::function<void(bool, const QString &)> done)
{
    static std::atomic_int counter{0};
    const QString connection = QStringLiteral("worker-%1").arg(++counter);
    const QString path = m_storePath;
    using Result = std::pair<bool, QString>;
    auto *watcher = new QFutureWatcher<Result>(context);
    connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        const Result r = watcher->result();
        watcher->deleteLater();
        done(r.first, r.second);
    });
    watcher->setFuture(QtConcurrent::run([task, connection, path]() -> Result {
        QString error;
        bool ok = false;
        if (Database::open(path, connection, &error)) {
            ok = task(Database::connection(connection), &error);
            Database::close(connection);
        }
        return {ok, error};
    }));
}

} // namespace huitou
