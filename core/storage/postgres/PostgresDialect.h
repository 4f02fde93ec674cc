#pragma once

#include "../StoreLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace huitou {

// Everything only PostgreSQL says, in one place (the counterpart of
// sqlite/SqliteDialect): how a server store is opened (QPSQL; the password
// comes from libpq: ~/.pgpass or PGPASSWORD, never from Huitou's settings),
// the schema version (a schema_version table instead of PRAGMA user_version),
// the few SQL differences of the schema (translate()), write transactions and
// PostgreSQL's error states. Only core/storage includes this folder.
class PostgresDialect
{
public:
    // A password typed for LOCATION (the connect dialog), kept in this
    // process's memory only, for every connection opened to it (background
    // work too); never written anywhere. Empty: libpq's ~/.pgpass or PGPASSWORD.
    static void setSessionPassword(const StoreLocation &location, const QString &password);
    // Whether a failed open was for want of a password (worth asking for one).
    static bool needsPassword(const QString &error);

    // Whether DB is a PostgreSQL connection.
    static bool is(const QSqlDatabase &db);

    // Opens the server store LOCATION under CONNECTIONNAME. False with a
    // user-facing message in *error; the connection is then removed.
    static bool open(const StoreLocation &location, const QString &connectionName, QString *error);

    // The schema version: 0 for a database without Huitou's tables, -1 when
    // it cannot be read (why in *error, if given).
    static int schemaVersion(const QSqlDatabase &db, QString *error = nullptr);
    static bool setSchemaVersion(const QSqlDatabase &db, int version, QString *error);
    // Inside the migration's transaction: waits until no other workstation is
    // migrating (a transaction-scoped advisory lock), so a step runs once.
    static bool lockForMigration(const QSqlDatabase &db, QString *error);

    // The PostgreSQL-only part of schema step NEWVERSION, after its
    // statements, in its transaction: from version 13 on, the staff and
    // manager roles and their rights (PostgresRoles::apply).
    static bool afterStep(const QSqlDatabase &db, int newVersion, QString *error);
    // The triggers that NOTIFY huitou_changes with the kind of change
    // (imports, customers, care) when a transaction that wrote one commits.
    static bool applyChangeNotification(const QSqlDatabase &db, QString *error);
    static QString changeChannel() { return QStringLiteral("huitou_changes"); }

    // A schema statement as written for SQLite (Migrations.cpp), said in
    // PostgreSQL: INTEGER PRIMARY KEY ids become identity columns, INTEGER
    // BIGINT, REAL DOUBLE PRECISION, and the few statements that use SQLite's
    // functions (strftime, json_object, UPDATE OR IGNORE) their PostgreSQL form.
    static QString translate(const QString &sqliteStatement);

    // The statement that starts a write transaction (SQLite: BEGIN IMMEDIATE).
    static QString beginWrite() { return QStringLiteral("BEGIN"); }
    // Another transaction holds a lock or a serialization failure: worth retrying.
    static bool isBusy(const QSqlError &error);
    // A user-facing message for a server error (connection lost, no rights…).
    static QString describeError(const QSqlError &error);

    // After rows with explicit ids were copied into TABLE: the id sequence
    // continues after the largest id.
    static bool resetIdentity(const QSqlDatabase &db, const QString &table, QString *error);
    // Huitou's tables, in creation order (parents before the tables that refer to them).
    static QStringList tables(const QSqlDatabase &db, QString *error);

    // The condition "the text EXPR is 1[3-9] and nine more digits, nothing else".
    static QString isMobileShape(const QString &expr) { return QStringLiteral("%1 ~ '^1[3-9][0-9]{9}$'").arg(expr); }

    // Query text (see sql::unindexed and sql::likeNoCase): the planner picks
    // indexes by its statistics and has no unary "+" for text, so EXPRESSION
    // stays as it is; LIKE is case-sensitive here, ILIKE is SQLite's LIKE.
    static QString unindexed(const QString &expression) { return expression; }
    static QString likeNoCase() { return QStringLiteral("ILIKE"); }
};

} // namespace huitou
