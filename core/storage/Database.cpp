#include "Database.h"

#include "BackupStore.h"
#include "Clock.h"
#include "Migrations.h"
#include "SettingsStore.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStandardPaths>

namespace huitou {

namespace {

// Where each open connection's store lives, by connection name.
QMutex &locationsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, StoreLocation> &locations()
{
    static QHash<QString, StoreLocation> map;
    return map;
}

} // namespace

bool Database::isReadOnly(const QSqlDatabase &db)
{
    return !PostgresDialect::is(db) && SqliteDialect::isReadOnly(db);
}

bool Database::open(const StoreLocation &location, const QString &connectionName, QString *error, Check check)
{
    if (!location.isValid()) {
        *error = location.error().isEmpty() ? QCoreApplication::translate("Database", "No store was named.")
                                            : location.error();
        return false;
    }
    const QString path = location.toString();
    if (location.isServer() ? !PostgresDialect::open(location, connectionName, error)
                            : !SqliteDialect::open(path, connectionName, error))
        return false;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        const bool readOnly = isReadOnly(db);
        bool ok = true;
        if (readOnly && Migrations::latestVersion() != schemaVersion(db)) {
            *error = QCoreApplication::translate("Database",
                                                 "The store %1 is read-only here and needs an upgrade this "
                                                 "program cannot write.")
                         .arg(path);
            ok = false;
        }
        // A server checks its own pages; the quick check reads an SQLite file.
        if (ok && check == Check::QuickCheck && !location.isServer()) {
            // A damaged page is caught now, not half-way through a write
            // (unless the file is unchanged since its last clean check).
            const QString damaged = BackupStore::checkOnOpen(db);
            if (!damaged.isEmpty()) {
                *error = damaged;
                ok = false;
            }
        }
        if (ok && (readOnly || Migrations::migrate(db, error))) {
            Clock::setShopZone(SettingsStore(db).shopTimeZone()); // the shop's day from now on
            QMutexLocker lock(&locationsMutex());
            locations().insert(connectionName, location);
            return true;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

bool Database::openAnother(const QSqlDatabase &db, const QString &connectionName, QString *error)
{
    return open(location(db), connectionName, error);
}

StoreLocation Database::location(const QSqlDatabase &db)
{
    QMutexLocker lock(&locationsMutex());
    return locations().value(db.connectionName());
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    QMutexLocker lock(&locationsMutex());
    locations().remove(connectionName);
}

QSqlDatabase Database::connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

void Database::setSessionPassword(const StoreLocation &location, const QString &password)
{
    PostgresDialect::setSessionPassword(location, password);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/huitou.db");
}

bool Database::exists(const StoreLocation &location)
{
    if (!location.isValid())
        return false;
    if (!location.isServer())
        return QFileInfo::exists(location.filePath());
    const QString probe = QStringLiteral("huitou-exists-probe");
    QString error;
    bool found = false;
    if (PostgresDialect::open(location, probe, &error)) {
        found = PostgresDialect::schemaVersion(QSqlDatabase::database(probe, false)) > 0;
        close(probe);
    }
    return found;
}

int Database::schemaVersion(const QSqlDatabase &db)
{
    if (PostgresDialect::is(db))
        return PostgresDialect::schemaVersion(db);
    return SqliteDialect::userVersion(db);
}

} // namespace huitou
