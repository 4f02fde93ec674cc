#include "Workspace.h"

#include "analytics/AnalyticsService.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent>

#include <atomic>

namespace huitou {

Workspace::Workspace(StoreLocation location, QString connectionName, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_connectionName(std::move(connectionName))
{
    // What other workstations (or programs on this store) commit shows here
    // without a restart: imports move every figure, the rest refresh their pages.
    if (db().isOpen()) {
        m_changes = new ChangeWatcher(db(), 1000, this);
        connect(m_changes, &ChangeWatcher::changed, this, [this](int kinds) {
            if (kinds & ChangeWatcher::Imports)
                emit dataChanged();
            if (kinds & ChangeWatcher::Care)
                emit careChanged();
            if (kinds & ChangeWatcher::Customers)
                emit customersChangedElsewhere();
        });
    }
}

QSqlDatabase Workspace::db() const
{
    return Database::connection(m_connectionName);
}

StoreRoles::Role Workspace::role() const
{
    if (!m_role)
        m_role = StoreRoles::role(db());
    return *m_role;
}

QDate Workspace::asOf() const
{
    return m_asOf.isValid() ? m_asOf : AnalyticsService::today();
}

void Workspace::setAsOf(const QDate &day)
{
    const QDate today = AnalyticsService::today();
    m_asOf = day.isValid() && day < today ? day : QDate();
    const QDate target = asOf();
    const int generation = ++m_asOfGeneration;
    runInBackground(
        this, [target](QSqlDatabase db, QString *error) { return AnalyticsService(db).ensureCurrent(target, error); },
        [this, target, generation](bool ok, const QString &error) {
            if (generation != m_asOfGeneration)
                return; // another day was chosen meanwhile
            if (!ok)
                emit statusMessage(error);
            emit asOfChanged(target);
            emit dataChanged();
        });
}

void Workspace::runInBackground(QObject *context, std::function<bool(QSqlDatabase, QString *)> task,
                                std::function<void(bool, const QString &)> done)
{
    static std::atomic_int counter{0};
    const QString connection = QStringLiteral("worker-%1").arg(++counter);
    const StoreLocation location = m_location;
    using Result = std::pair<bool, QString>;
    auto *watcher = new QFutureWatcher<Result>(context);
    connect(watcher, &QFutureWatcher<Result>::finished, context, [watcher, done] {
        const Result r = watcher->result();
        watcher->deleteLater();
        done(r.first, r.second);
    });
    watcher->setFuture(QtConcurrent::run([task, connection, location]() -> Result {
        QString error;
        bool ok = false;
        if (Database::open(location, connection, &error)) {
            ok = task(Database::connection(connection), &error);
            Database::close(connection);
        }
        return {ok, error};
    }));
}

} // namespace huitou
