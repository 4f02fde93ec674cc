#include "Database.h"

#include "BackupStore.h"
#include "Migrations.h"
#include "SettingsStore.h"
#include "Clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

namespace huitou {

bool Database::isReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

bool Database::open(const QString &path, const QString &connectionName, QString *error, Check check)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("Database", "Cannot create the folder %1")
                     .arg(info.absolutePath());
        return false;
    }
    // WAL needs to create its -wal and -shm files beside the store: in a
    // folder that cannot be written, an existing store is opened read-only
    // and as immutable (nobody can be writing it from here either).
    const bool readOnly = info.exists()
        && (!QFileInfo(info.absolutePath()).isWritable() || !info.isWritable());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (readOnly) {
            db.setDatabaseName(QStringLiteral("file:%1?mode=ro&immutable=1")
                                   .arg(QString::fromUtf8(QUrl::toPercentEncoding(info.absoluteFilePath(), "/"))));
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(path);
        }
        if (!db.open()) {
            *error = QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                         .arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            // Synchronous NORMAL is durable in WAL mode up to the last checkpointed
            // transaction and much faster for imports.
            const char *const pragmas[] = {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON",
                                           "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000",
                                           "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY"};
            bool ok = true;
            for (const char *pragma : pragmas) {
                if (readOnly && qstrcmp(pragma, "PRAGMA journal_mode = WAL") == 0)
                    continue;
                if (!q.exec(QString::fromLatin1(pragma))) {
                    *error = QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                                 .arg(path, q.lastError().text());
                    ok = false;
                    break;
                }
            }
            if (ok && readOnly && Migrations::latestVersion() != schemaVersion(db)) {
                *error = QCoreApplication::translate("Database",
                                                     "The store %1 is read-only here and needs an upgrade this "
                                                     "program cannot write.")
                             .arg(path);
                ok = false;
            }
            if (ok && check == Check::QuickCheck) {
                // A damaged page is caught now, not half-way through a write.
                const QString damaged = BackupStore::check(db);
                if (!damaged.isEmpty()) {
                    *error = damaged;
                    ok = false;
                }
            }
            if (ok && (readOnly || Migrations::migrate(db, error))) {
                Clock::setShopZone(SettingsStore(db).shopTimeZone()); // the shop's day from now on
                return true;
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

void Database::close(const QString &connectionName)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QSqlDatabase Database::connection(const QString &connectionName)
{
    return QSqlDatabase::database(connectionName, false);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/huitou.db");
}

int Database::schemaVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

} // namespace huitou
