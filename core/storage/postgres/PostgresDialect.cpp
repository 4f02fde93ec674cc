#include "PostgresDialect.h"

#include "PostgresRoles.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace huitou {

namespace {

// The statements of Migrations.cpp that use SQLite's own functions, by their
// first words, and what PostgreSQL runs instead. Same effect, same rows.
struct Rewrite
{
    const char *sqlitePrefix;
    const char *postgres;
};

const Rewrite kRewrites[] = {
    // v4: the single note field becomes the first dated note.
    {"INSERT INTO customer_notes (customer_id, text, staff, created_at)\n        SELECT customer_id, notes, '', "
     "strftime",
     R"(INSERT INTO customer_notes (customer_id, text, staff, created_at)
        SELECT customer_id, notes, '', to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS') FROM customer_profiles
        WHERE notes IS NOT NULL AND notes <> '')"},
    // v6: a customer tagged 蕾丝 as both style and material keeps the one tag.
    {"UPDATE OR IGNORE customer_tags SET group_key = 'material'",
     R"(UPDATE customer_tags t SET group_key = 'material' WHERE t.group_key = 'style' AND t.tag_value = '蕾丝'
        AND NOT EXISTS (SELECT 1 FROM customer_tags m WHERE m.customer_id = t.customer_id
            AND m.group_key = 'material' AND m.tag_value = t.tag_value AND m.source = t.source))"},
    // v7: the legacy note field becomes a dated note, and every note gets an audit row.
    {"INSERT INTO customer_notes (customer_id, text, staff, created_at)\n        SELECT p.customer_id, TRIM(p.notes)",
     R"(INSERT INTO customer_notes (customer_id, text, staff, created_at)
        SELECT p.customer_id, TRIM(p.notes), '', to_char(localtimestamp, 'YYYY-MM-DD"T"HH24:MI:SS')
        FROM customer_profiles p
        WHERE p.notes IS NOT NULL AND TRIM(p.notes) <> '' AND NOT EXISTS (
            SELECT 1 FROM customer_notes n WHERE n.customer_id = p.customer_id AND n.text = TRIM(p.notes)))"},
    {"INSERT INTO audit_log (customer_id, action, entity, entity_id, detail, staff, at)\n        SELECT n.customer_id, "
     "'note_added'",
     R"(INSERT INTO audit_log (customer_id, action, entity, entity_id, detail, staff, at)
        SELECT n.customer_id, 'note_added', 'note', n.id,
               json_build_object('text', n.text, 'from_notes_field', 1)::text, n.staff, n.created_at
        FROM customer_notes n
        WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'note' AND a.entity_id = n.id))"},
    // v11: the contact facts on the customer row; GLOB is SQLite's, a regular expression here.
    {"UPDATE customers SET\n        contact_name = (SELECT o.receiver_name",
     R"(UPDATE customers SET
        contact_name = (SELECT o.receiver_name FROM orders o WHERE o.id = customers.contact_order_id),
        contact_email = (SELECT o.email FROM orders o WHERE o.id = customers.contact_order_id),
        mobile = (SELECT p.mobile FROM (
            SELECT CASE WHEN o.phone ~ '^1[3-9][0-9]{9}$' THEN o.phone WHEN o.phone LIKE '%*%' THEN NULL ELSE (
                SELECT CASE WHEN d ~ '^1[3-9][0-9]{9}$' THEN d END FROM (
                SELECT CASE WHEN length(s) = 14 AND substr(s, 1, 3) = '+86' THEN substr(s, 4)
                    WHEN length(s) = 15 AND substr(s, 1, 4) = '0086' THEN substr(s, 5)
                    WHEN length(s) = 13 AND substr(s, 1, 2) = '86' THEN substr(s, 3) ELSE s END AS d FROM (
                SELECT CASE WHEN substr(r, 1, 1) = '''' THEN substr(r, 2) ELSE r END AS s FROM (
                SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(o.phone, ' ', ''), chr(9), ''), chr(13), ''), chr(10), ''), '-', ''), '(', ''), ')', ''), chr(12288), ''), chr(160), ''), '（', ''), '）', '') AS r) mobile_r) mobile_s) mobile_d) END AS mobile,
                COALESCE(o.paid_at, o.created_at, '') AS at, o.id
            FROM orders o WHERE o.customer_id = customers.id AND o.phone IS NOT NULL) p
            WHERE p.mobile IS NOT NULL ORDER BY p.at DESC, p.id DESC LIMIT 1))"},
    // v12: the customer search index is SQLite's (FTS5 trigram); a server scans for now.
    {"CREATE VIRTUAL TABLE IF NOT EXISTS customer_search", "SELECT 1"},
    {"DELETE FROM customer_search", "SELECT 1"},
    {"INSERT INTO customer_search", "SELECT 1"},
    {"CREATE TRIGGER IF NOT EXISTS customer_search_", "SELECT 1"},
};

QMutex &passwordsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, QString> &sessionPasswords()
{
    static QHash<QString, QString> map;
    return map;
}

QString passwordKey(const StoreLocation &l)
{
    return QStringLiteral("%1\n%2\n%3\n%4").arg(l.host()).arg(l.port()).arg(l.database(), l.user());
}

QString sqlState(const QSqlError &error)
{
    return error.nativeErrorCode();
}

} // namespace

void PostgresDialect::setSessionPassword(const StoreLocation &location, const QString &password)
{
    QMutexLocker lock(&passwordsMutex());
    if (password.isEmpty())
        sessionPasswords().remove(passwordKey(location));
    else
        sessionPasswords().insert(passwordKey(location), password);
}

bool PostgresDialect::needsPassword(const QString &error)
{
    return error.contains(QLatin1String("no password supplied"))
        || error.contains(QLatin1String("password authentication failed"));
}

bool PostgresDialect::is(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

bool PostgresDialect::open(const StoreLocation &location, const QString &connectionName, QString *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QCoreApplication::translate("Database",
                                             "This computer cannot reach a shop server: Qt's PostgreSQL driver is "
                                             "missing (Debian package libqt6sql6-psql).");
        return false;
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(location.host());
        if (location.port() > 0)
            db.setPort(location.port());
        db.setDatabaseName(location.database());
        db.setUserName(location.user());
        {
            QMutexLocker lock(&passwordsMutex());
            const QString password = sessionPasswords().value(passwordKey(location));
            if (!password.isEmpty())
                db.setPassword(password);
        }
        // Gives up on an unreachable server instead of hanging the start.
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=huitou"));
        if (db.open()) {
            QSqlQuery q(db);
            // Shop times are stored as text; the server's clock is only used for
            // schema upgrades. Messages stay untranslated for the logs. No JIT:
            // Huitou's statements are scans and set-based writes whose
            // compilation costs more than it saves (an import's contact
            // refresh of 100k customers: 14.7 s with JIT, 3.6 s without).
            if (q.exec(QStringLiteral("SET client_min_messages = warning")) && q.exec(QStringLiteral("SET jit = off")))
                return true;
            *error = QCoreApplication::translate("Database", "Cannot open the store %1: %2")
                         .arg(location.toString(), describeError(q.lastError()));
            db.close();
        } else {
            *error = QCoreApplication::translate("Database", "Cannot connect to the shop server %1: %2")
                         .arg(location.toString(), db.lastError().databaseText().trimmed());
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return false;
}

int PostgresDialect::schemaVersion(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT to_regclass('schema_version') IS NOT NULL")) || !q.next()) {
        if (error)
            *error = describeError(q.lastError());
        return -1;
    }
    if (!q.value(0).toBool())
        return 0;
    if (q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next())
        return q.value(0).toInt();
    if (error)
        *error = q.lastError().isValid() ? describeError(q.lastError()) : QStringLiteral("schema_version has no row");
    return -1;
}

bool PostgresDialect::setSchemaVersion(const QSqlDatabase &db, int version, QString *error)
{
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"))
        && q.exec(QStringLiteral("DELETE FROM schema_version"))
        && q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (%1)").arg(version));
    if (!ok && error)
        *error = describeError(q.lastError());
    return ok;
}

bool PostgresDialect::lockForMigration(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // 0x48554954 = "HUIT": one key for Huitou's schema upgrades.
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1213548884)")))
        return true;
    if (error)
        *error = describeError(q.lastError());
    return false;
}

bool PostgresDialect::afterStep(const QSqlDatabase &db, int newVersion, QString *error)
{
    constexpr int kRolesVersion = 13;
    constexpr int kChangesVersion = 15;
    if (newVersion >= kChangesVersion && !applyChangeNotification(db, error))
        return false;
    return newVersion < kRolesVersion || PostgresRoles::apply(db, error);
}

bool PostgresDialect::applyChangeNotification(const QSqlDatabase &db, QString *error)
{
    // The SQLite counters' counterpart: one statement-level trigger per table
    // and event sends the kind of change on the channel huitou_changes at
    // commit (nothing for a rolled-back transaction, one message per kind per
    // transaction), with no row lock every workstation would queue on.
    static const char *const kTables[][2] = {
        {"imports", "imports"},         {"customer_profiles", "customers"}, {"customer_notes", "customers"},
        {"customer_tags", "customers"}, {"reason_entries", "care"},         {"care_tasks", "care"},
    };
    QSqlQuery q(db);
    QStringList s;
    s << QStringLiteral(R"(CREATE OR REPLACE FUNCTION huitou_notify_change() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM pg_notify('huitou_changes', TG_ARGV[0]);
    RETURN NULL;
END $f$)");
    for (const auto &t : kTables) {
        const QString table = QString::fromLatin1(t[0]);
        s << QStringLiteral("DROP TRIGGER IF EXISTS huitou_changes ON %1").arg(table)
          << QStringLiteral("CREATE TRIGGER huitou_changes AFTER INSERT OR UPDATE OR DELETE ON %1 "
                            "FOR EACH STATEMENT EXECUTE FUNCTION huitou_notify_change('%2')")
                 .arg(table, QString::fromLatin1(t[1]));
    }
    for (const QString &statement : s) {
        if (!q.exec(statement)) {
            *error = describeError(q.lastError());
            return false;
        }
    }
    return true;
}

QString PostgresDialect::translate(const QString &sqliteStatement)
{
    for (const Rewrite &r : kRewrites) {
        if (sqliteStatement.startsWith(QString::fromUtf8(r.sqlitePrefix)))
            return QString::fromUtf8(r.postgres);
    }
    // The change counters' triggers are SQLite's; the server notifies instead.
    if (sqliteStatement.startsWith(QLatin1String("CREATE TRIGGER IF NOT EXISTS store_changes_")))
        return QStringLiteral("SELECT 1");
    static const QRegularExpression id(QStringLiteral("\\bid INTEGER PRIMARY KEY\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    QString s = sqliteStatement;
    s.replace(id, QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    s.replace(integer, QStringLiteral("BIGINT"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    // SQLite's clustered tables: on the server a table and its primary key.
    static const QRegularExpression withoutRowid(QStringLiteral("\\s*WITHOUT ROWID\\s*$"));
    s.remove(withoutRowid);
    // A step may run again over a newer schema; PostgreSQL says so itself.
    if (s.startsWith(QLatin1String("ALTER TABLE ")) && !s.contains(QLatin1String("ADD COLUMN IF NOT EXISTS")))
        s.replace(QStringLiteral(" ADD COLUMN "), QStringLiteral(" ADD COLUMN IF NOT EXISTS "));
    return s;
}

bool PostgresDialect::isBusy(const QSqlError &error)
{
    const QString state = sqlState(error);
    // serialization_failure, deadlock_detected, lock_not_available
    return state == QLatin1String("40001") || state == QLatin1String("40P01") || state == QLatin1String("55P03");
}

QString PostgresDialect::describeError(const QSqlError &error)
{
    const QString state = sqlState(error);
    const QString text = error.databaseText().trimmed().isEmpty() ? error.text() : error.databaseText().trimmed();
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01"))
        return QCoreApplication::translate("huitou::Store",
                                           "The connection to the shop server was lost; nothing was changed. Try "
                                           "again once the server is back. (%1)")
            .arg(text);
    if (state == QLatin1String("42501"))
        return QCoreApplication::translate("huitou::Store",
                                           "The shop server does not allow this for your account; ask the "
                                           "manager. (%1)")
            .arg(text);
    if (state == QLatin1String("53100"))
        return QCoreApplication::translate("huitou::Store", "The shop server's disk is full; nothing was changed. (%1)")
            .arg(text);
    return text;
}

bool PostgresDialect::resetIdentity(const QSqlDatabase &db, const QString &table, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT pg_get_serial_sequence(table_name, column_name) FROM information_schema.columns "
                               "WHERE table_schema = current_schema() AND table_name = '%1' AND column_name = 'id'")
                    .arg(table))) {
        if (error)
            *error = describeError(q.lastError());
        return false;
    }
    if (!q.next())
        return true; // no id column
    const QString sequence = q.value(0).toString();
    if (sequence.isEmpty())
        return true; // no identity column
    if (q.exec(QStringLiteral("SELECT setval('%1', COALESCE((SELECT MAX(id) FROM %2), 0) + 1, false)")
                   .arg(sequence, table)))
        return true;
    if (error)
        *error = describeError(q.lastError());
    return false;
}

QStringList PostgresDialect::tables(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    // Creation order: a table's oid is larger than those of the tables it refers to.
    if (!q.exec(QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                               "WHERE c.relkind = 'r' AND n.nspname = current_schema() "
                               "AND c.relname <> 'schema_version' ORDER BY c.oid"))) {
        if (error)
            *error = describeError(q.lastError());
        return {};
    }
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace huitou
