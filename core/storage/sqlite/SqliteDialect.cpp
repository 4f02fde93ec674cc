#include "SqliteDialect.h"

#include "CheckStamp.h"
#include "CustomerSearch.h"

#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <sqlite3.h>

namespace huitou {

namespace {

QString quickCheckHandle(sqlite3 *handle)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(handle, "PRAGMA quick_check", -1, &stmt, nullptr) != SQLITE_OK)
        return SqliteDialect::describeError(sqlite3_extended_errcode(handle),
                                            QString::fromUtf8(sqlite3_errmsg(handle)));
    QStringList problems;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        const QString line = text ? QString::fromUtf8(text) : QString();
        if (line != QLatin1String("ok") && problems.size() < 5)
            problems << line;
    }
    if (rc != SQLITE_DONE)
        problems << QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(stmt);
    if (problems.isEmpty())
        return {};
    return QCoreApplication::translate("huitou::BackupStore",
                                       "The store is damaged (%1). Restore a backup: File → Backups… or huitou-cli "
                                       "store backups / store restore ID.")
        .arg(problems.join(QStringLiteral("; ")));
}

} // namespace

bool SqliteDialect::open(const QString &path, const QString &connectionName, QString *error)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        *error = QCoreApplication::translate("Database", "Cannot create the folder %1").arg(info.absolutePath());
        return false;
    }
    // WAL needs to create its -wal and -shm files beside the store: in a
    // folder that cannot be written, an existing store is opened read-only
    // and as immutable (nobody can be writing it from here either).
    const bool readOnly = info.exists() && (!QFileInfo(info.absolutePath()).isWritable() || !info.isWritable());
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
            const char *const pragmas[] = {"PRAGMA journal_mode = WAL",   "PRAGMA foreign_keys = ON",
                                           "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000",
                                           "PRAGMA cache_size = -65536",  "PRAGMA temp_store = MEMORY"};
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
            if (ok)
                return true;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

bool SqliteDialect::isReadOnly(const QSqlDatabase &db)
{
    return db.connectOptions().contains(QLatin1String("QSQLITE_OPEN_READONLY"));
}

int SqliteDialect::userVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    if (error)
        *error = q.lastError().text();
    return -1;
}

bool SqliteDialect::setUserVersion(const QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

QStringList SqliteDialect::tables(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY rowid"))) {
        if (error)
            *error = q.lastError().text();
        return {};
    }
    QStringList out;
    while (q.next()) {
        // The search index is derived from the customers, not data of its own.
        if (!CustomerSearch::isIndexTable(q.value(0).toString()))
            out << q.value(0).toString();
    }
    return out;
}

QString SqliteDialect::quickCheck(const QSqlDatabase &db)
{
    return quickCheckHandle(SqliteStatement::handle(db));
}

QString SqliteDialect::quickCheckFile(const QString &path)
{
    sqlite3 *handle = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(handle));
        sqlite3_close(handle);
        return message;
    }
    const QString result = quickCheckHandle(handle);
    sqlite3_close(handle);
    return result;
}

qint64 SqliteDialect::dataVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("PRAGMA data_version")) && q.next() ? q.value(0).toLongLong() : -1;
}

QString SqliteDialect::quickCheckUnlessUnchanged(const QSqlDatabase &db)
{
    // A read-only store is opened by URI (immutable): nothing to stamp beside it.
    const QString path = db.databaseName();
    if (path.startsWith(QLatin1String("file:")))
        return quickCheck(db);
    return CheckStamp::checkUnlessUnchanged(path, [&db] { return quickCheck(db); });
}

QString SqliteDialect::quickCheckFileUnlessUnchanged(const QString &path)
{
    return CheckStamp::checkUnlessUnchanged(path, [&path] { return quickCheckFile(path); });
}

bool SqliteDialect::copyTo(const QSqlDatabase &db, const QString &target, QString *error)
{
    // SQLite's online backup copies the pages of one read snapshot as they
    // are: a consistent copy at the cost of the bytes. (VACUUM INTO, used
    // before, rebuilt every table and index into the copy, which cost as
    // much as the import it protected on a big store.)
    sqlite3 *src = SqliteStatement::handle(db);
    sqlite3 *dest = nullptr;
    if (QFileInfo::exists(target)) { // never over another file (VACUUM INTO refused too)
        if (error)
            *error = describeError(SQLITE_CANTOPEN, QStringLiteral("%1 exists").arg(target));
        return false;
    }
    const auto fail = [&](int rc, const char *text) {
        if (error)
            *error = describeError(rc, QString::fromUtf8(text));
        sqlite3_close(dest);
        return false;
    };
    if (sqlite3_open_v2(QFile::encodeName(target).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                        nullptr)
        != SQLITE_OK)
        return fail(sqlite3_extended_errcode(dest), sqlite3_errmsg(dest));
    sqlite3_backup *copy = sqlite3_backup_init(dest, "main", src, "main");
    if (!copy)
        return fail(sqlite3_extended_errcode(dest), sqlite3_errmsg(dest));
    int rc;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    if (rc != SQLITE_DONE)
        return fail(rc, sqlite3_errstr(rc));
    // The copy is a plain file of its own, like VACUUM INTO's: no WAL.
    if (sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(sqlite3_extended_errcode(dest), sqlite3_errmsg(dest));
    sqlite3_close(dest);
    return true;
}

bool SqliteDialect::nextRowId(const QSqlDatabase &db, const QString &table, qint64 *id, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) + 1 FROM %1").arg(table)) || !q.next()) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    *id = q.value(0).toLongLong();
    return true;
}

bool SqliteDialect::copyFrom(const QString &source, const QSqlDatabase &db, bool *cannotOpen, QString *error)
{
    *cannotOpen = false;
    sqlite3 *dest = SqliteStatement::handle(db);
    sqlite3 *src = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(source).constData(), &src, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(src));
        *cannotOpen = true;
        sqlite3_close(src);
        return false;
    }
    sqlite3_backup *copy = sqlite3_backup_init(dest, "main", src, "main");
    if (!copy) {
        *error = describeError(sqlite3_extended_errcode(dest), QString::fromUtf8(sqlite3_errmsg(dest)));
        sqlite3_close(src);
        return false;
    }
    int rc;
    do {
        rc = sqlite3_backup_step(copy, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(copy);
    sqlite3_close(src);
    if (rc != SQLITE_DONE) {
        *error = describeError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

QString SqliteDialect::describeError(int code, const QString &sqliteText)
{
    switch (code & 0xFF) {
    case SQLITE_FULL:
        return QCoreApplication::translate("huitou::Store",
                                           "The disk is full: free some space and try again; nothing was changed. "
                                           "(%1)")
            .arg(sqliteText);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return QCoreApplication::translate("huitou::Store",
                                           "The store is damaged (%1). Restore a backup: File → Backups… or "
                                           "huitou-cli store backups / store restore ID.")
            .arg(sqliteText);
    case SQLITE_READONLY:
        return QCoreApplication::translate("huitou::Store",
                                           "The store can only be read here (a read-only file or folder); "
                                           "nothing can be changed. (%1)")
            .arg(sqliteText);
    case SQLITE_IOERR:
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC)
            return QCoreApplication::translate("huitou::Store",
                                               "Writing to the disk failed (is it full or removed?); nothing was "
                                               "changed. (%1)")
                .arg(sqliteText);
        break;
    default: break;
    }
    return sqliteText;
}

QString SqliteDialect::readOnlyError(const QString &storeName)
{
    return describeError(SQLITE_READONLY, storeName);
}

bool SqliteDialect::isBusy(int code)
{
    return (code & 0xFF) == SQLITE_BUSY || (code & 0xFF) == SQLITE_LOCKED;
}

bool SqliteDialect::indexDefinitions(const QSqlDatabase &db, const QString &table, QStringList *names,
                                     QStringList *statements, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL ORDER BY name"));
    q.addBindValue(table);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next()) {
        *names << q.value(0).toString();
        *statements << q.value(1).toString();
    }
    return true;
}

bool SqliteDialect::hasColumn(const QSqlDatabase &db, const QString &table, const QString &column)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info(?) WHERE name = ?"));
    q.addBindValue(table);
    q.addBindValue(column);
    return q.exec() && q.next();
}

} // namespace huitou
