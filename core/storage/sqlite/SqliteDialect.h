#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

// Everything only SQLite says, in one place: how a store file is opened
// (read-only fallback, PRAGMAs), the schema version (user_version), integrity
// checks, whole-file copies and SQLite's error codes. Only core/storage
// includes this folder; a second backend gets a folder of its own beside it.
class SqliteDialect
{
public:
    // Opens the store file PATH under CONNECTIONNAME and sets WAL, foreign
    // keys and the connection PRAGMAs. A store in a folder or file that
    // cannot be written is opened read-only (and immutable). False with a
    // user-facing message in *error; the connection is then removed.
    static bool open(const QString &path, const QString &connectionName, QString *error);
    static bool isReadOnly(const QSqlDatabase &db);

    // PRAGMA data_version: changes when another connection commits; -1 when unknown.
    static qint64 dataVersion(const QSqlDatabase &db);

    // PRAGMA user_version; -1 when it cannot be read (why in *error, if given).
    static int userVersion(const QSqlDatabase &db, QString *error = nullptr);
    static bool setUserVersion(const QSqlDatabase &db, int version, QString *error);
    // The store's tables, in creation order (parents before the tables that refer to them).
    static QStringList tables(const QSqlDatabase &db, QString *error);
    // Whether TABLE has COLUMN (a schema step's ADD COLUMN runs once: SQLite has no IF NOT EXISTS for it).
    static bool hasColumn(const QSqlDatabase &db, const QString &table, const QString &column);

    // PRAGMA quick_check: empty when the store (or the file PATH) is sound,
    // otherwise what is damaged and what to do.
    static QString quickCheck(const QSqlDatabase &db);
    static QString quickCheckFile(const QString &path);
    // The same, skipped when the file is unchanged since its last clean
    // check (CheckStamp): for opening a store, not for `store check`.
    static QString quickCheckUnlessUnchanged(const QSqlDatabase &db);
    static QString quickCheckFileUnlessUnchanged(const QString &path);
    // A consistent copy of the last committed state into the new file TARGET (page by page).
    static bool copyTo(const QSqlDatabase &db, const QString &target, QString *error);
    // The rowid SQLite gives the next row inserted into TABLE (an INTEGER
    // PRIMARY KEY without AUTOINCREMENT: the largest + 1), for a bulk import
    // that numbers rows before it writes them, in the same transaction.
    static bool nextRowId(const QSqlDatabase &db, const QString &table, qint64 *id, QString *error);
    // Replaces the contents of DB by those of the store file SOURCE;
    // *CANNOTOPEN tells SOURCE could not be opened (*error is then SQLite's text).
    static bool copyFrom(const QString &source, const QSqlDatabase &db, bool *cannotOpen, QString *error);

    // The CREATE INDEX statements of TABLE's own indexes (not the automatic
    // ones of UNIQUE / PRIMARY KEY), as the schema holds them, so a bulk
    // rewrite of the table can drop them and build them again unchanged.
    static bool indexDefinitions(const QSqlDatabase &db, const QString &table, QStringList *names,
                                 QStringList *statements, QString *error);

    // A user-facing message for an SQLite error: a full disk, a damaged store and
    // a read-only store are said in words (with what to do); anything else keeps
    // SQLite's own text. CODE is the (extended) SQLite result code.
    static QString describeError(int code, const QString &sqliteText);
    // The message for writing to a store opened read-only.
    static QString readOnlyError(const QString &storeName);
    // Another connection holds the lock (worth waiting for).
    static bool isBusy(int code);

    // The condition "the text EXPR is 1[3-9] and nine more digits, nothing else".
    static QString isMobileShape(const QString &expr)
    {
        return QStringLiteral("%1 GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'").arg(expr);
    }

    // Query text (see sql::unindexed and sql::likeNoCase): EXPRESSION with a
    // unary "+", which keeps SQLite's planner from walking an index on it;
    // LIKE, which already ignores the case of ASCII letters.
    static QString unindexed(const QString &expression) { return QLatin1Char('+') + expression; }
    static QString likeNoCase() { return QStringLiteral("LIKE"); }
};

} // namespace huitou
