#include "StoreCommand.h"

#include "ActionTable.h"

#include "CommandParser.h"
#include "analytics/AnalyticsService.h"
#include "analytics/JsonWriter.h"
#include "analytics/ReportJson.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/StoreCopy.h"
#include "storage/StoreLocation.h"

#include <QDir>
#include <QFileInfo>

namespace huitou::cli {

namespace {

// store create: the one explicit way to make an empty store (import makes
// one too); an existing store is opened and brought to the current schema.
int create(CliContext &c)
{
    CommandParser p(c, tr("Creates the store, or brings an existing one to this version of Huitou."));
    p.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (const auto exit = p.parse())
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return c.usageError(tr("unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    const QString path = c.dbPath.isEmpty() ? Database::defaultPath() : c.dbPath;
    const StoreLocation location = StoreLocation::fromString(path);
    // A server's database is created by its administrator (README: shop
    // server); "created" means Huitou's tables were not in it yet.
    const bool existed = Database::exists(location);
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Create))
        return kExitFailed;
    const QString shown = location.isServer() ? location.toString()
                                              : QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter json;
        json.beginObject();
        json.value(QStringLiteral("store"), shown);
        json.value(QStringLiteral("created"), !existed);
        json.value(QStringLiteral("schema_version"), qint64(Database::schemaVersion(db)));
        json.endObject();
        c.printJson(json);
    } else {
        c.out << (existed ? tr("The store %1 already exists (schema version %2).")
                          : tr("Created the store %1 (schema version %2)."))
                     .arg(shown)
                     .arg(Database::schemaVersion(db))
              << "\n";
    }
    return kExitOk;
}

// store backup: a backup now (they are also made before every import,
// revert, upgrade and settings change; the newest N are kept).
int backup(CliContext &c)
{
    CommandParser p(c, tr("Backs the store up now, next to it."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    BackupInfo b;
    QString error;
    if (!BackupStore(db).create(QStringLiteral("manual"), &b, &error))
        return c.failure(error);
    c.out << tr("backup %1 written to %2").arg(b.id).arg(QDir::toNativeSeparators(b.path)) << "\n";
    return kExitOk;
}

// store backups: the list, newest first.
int backups(CliContext &c)
{
    CommandParser p(c, tr("Lists the store's backups, newest first: ID, time, why it was made, size, file."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    for (const BackupInfo &b : BackupStore(db).list())
        c.out << b.id << "\t" << b.createdAt.toString(Qt::ISODate) << "\t" << b.reason << "\t" << b.bytes << "\t"
              << QDir::toNativeSeparators(b.path) << "\n";
    return kExitOk;
}

// store restore ID: the store becomes backup ID; the store as it was is
// backed up first, so this is undone by restoring that backup.
int restore(CliContext &c)
{
    CommandParser p(c,
                    tr("Replaces the store by backup ID (see store backups). The store as it was is backed up "
                       "first: restore that backup to undo."));
    p.addPositionalArgument(QStringLiteral("ID"), tr("The backup to restore."));
    if (const auto exit = p.parse())
        return *exit;
    bool ok = false;
    const qint64 id = p.positionalArguments().value(0).toLongLong(&ok);
    if (!ok)
        return c.usageError(tr("give the ID of a backup (see store backups)."));
    QSqlDatabase db;
    // A damaged store must open here: this is where it is mended.
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    BackupInfo before;
    QString error;
    if (!BackupStore(db).restore(id, &before, &error))
        return c.failure(error);
    if (before.id)
        c.out << tr("Backup %1 restored; the store as it was is backup %2 (restore it to undo).").arg(id).arg(before.id)
              << "\n";
    else
        c.out << tr("Backup %1 restored.").arg(id) << "\n";
    return kExitOk;
}

// store check: PRAGMA quick_check.
int check(CliContext &c)
{
    CommandParser p(c, tr("Checks the store for damage (SQLite's quick_check)."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    const QString problem = BackupStore::check(db);
    if (!problem.isEmpty())
        return c.failure(problem);
    c.out << tr("The store is sound.") << "\n";
    return kExitOk;
}

// store copy --from A --to B: the whole store into a new one on another
// backend (an SQLite file and a PostgreSQL server, either way), then checked:
// the same rows per table and the same report on both.
int copy(CliContext &c)
{
    CommandParser p(c,
                    tr("Copies a whole store into a new, empty one: a file to a shop server "
                       "(postgresql://user@host:port/database) or back. Checks rows per table and the report "
                       "on both."));
    p.addOption({QStringLiteral("from"), tr("The store to copy."), QStringLiteral("STORE")});
    p.addOption({QStringLiteral("to"),
                 tr("The new store (a file that does not exist yet, or an empty server "
                    "database)."),
                 QStringLiteral("STORE")});
    p.addOption({QStringLiteral("as-of"), tr("Date of the report compared on both (default today)."),
                 QStringLiteral("YYYY-MM-DD")});
    if (const auto exit = p.parse())
        return *exit;
    const auto asOfOption = p.date(QStringLiteral("as-of"));
    if (p.failed())
        return kExitUsage;
    if (!p.isSet(QStringLiteral("from")) || !p.isSet(QStringLiteral("to")))
        return c.usageError(tr("give both --from and --to."));
    const StoreLocation from = StoreLocation::fromString(p.value(QStringLiteral("from")));
    const StoreLocation to = StoreLocation::fromString(p.value(QStringLiteral("to")));
    if (!from.isValid())
        return c.failure(from.error());
    if (!to.isValid())
        return c.failure(to.error());
    if (from.isFile() && !QFileInfo::exists(from.filePath()))
        return c.failure(tr("There is no store at %1.").arg(QDir::toNativeSeparators(from.filePath())));
    if (to.isFile() && QFileInfo::exists(to.filePath()))
        return c.failure(tr("%1 already exists; copy into a new file.").arg(QDir::toNativeSeparators(to.filePath())));
    if (from.sameStoreAs(to))
        return c.usageError(tr("--from and --to name the same store."));
    const QString source = QStringLiteral("copy-from");
    const QString target = QStringLiteral("copy-to");
    QString error;
    if (!Database::open(from, source, &error))
        return c.failure(error);
    if (!Database::open(to, target, &error)) {
        Database::close(source);
        return c.failure(error);
    }
    int status = kExitOk;
    {
        QSqlDatabase a = Database::connection(source);
        QSqlDatabase b = Database::connection(target);
        const QList<StoreCopy::TableCount> before = StoreCopy::countRows(a, &error);
        QList<StoreCopy::TableCount> after;
        bool ok = !before.isEmpty() && StoreCopy::copy(a, b, &error);
        if (ok)
            after = StoreCopy::countRows(b, &error);
        ok = ok && !after.isEmpty();
        if (ok) {
            for (const StoreCopy::TableCount &t : before) {
                qint64 copied = -1;
                for (const StoreCopy::TableCount &u : after)
                    if (u.table == t.table)
                        copied = u.rows;
                c.out << t.table << "\t" << t.rows << "\t" << copied << "\n";
                if (copied != t.rows) {
                    error = tr("The table %1 has %2 rows in the copy, not %3.").arg(t.table).arg(copied).arg(t.rows);
                    ok = false;
                }
            }
        }
        if (ok) {
            const QDate asOf = asOfOption ? *asOfOption : AnalyticsService::today();
            const auto reportA = AnalyticsService(a).report(asOf, &error);
            const auto reportB = reportA ? AnalyticsService(b).report(asOf, &error) : std::nullopt;
            ok = reportA && reportB;
            if (ok && reportToJson(*reportA) != reportToJson(*reportB)) {
                error = tr("The report as of %1 differs between the two stores.").arg(asOf.toString(Qt::ISODate));
                ok = false;
            }
            if (ok)
                c.out << tr("Copied %1 to %2: the same rows in every table and the same report as of %3.")
                             .arg(from.toString(), to.toString(), asOf.toString(Qt::ISODate))
                      << "\n";
        }
        if (!ok)
            status = c.failure(error);
    }
    Database::close(target);
    Database::close(source);
    return status;
}

// The store's actions, one line each.
const Action kActions[] = {
    {"create", QT_TRANSLATE_NOOP("huitou::cli", "create the store (or bring an existing one to this version)"), create},
    {"backup", QT_TRANSLATE_NOOP("huitou::cli", "back the store up now"), backup},
    {"backups",
     QT_TRANSLATE_NOOP("huitou::cli",
                       "list the backups (made before every import, revert, upgrade and "
                       "settings change)"),
     backups},
    {"restore", QT_TRANSLATE_NOOP("huitou::cli", "restore backup ID (undoable: the store is backed up first)"),
     restore},
    {"check", QT_TRANSLATE_NOOP("huitou::cli", "check the store for damage"), check},
    {"copy",
     QT_TRANSLATE_NOOP("huitou::cli",
                       "copy the whole store to a new file or a shop server, and check the "
                       "copy"),
     copy},
};

} // namespace

int runStore(CliContext &c)
{
    return runAction(c, tr("The store file."), kActions);
}

} // namespace huitou::cli
