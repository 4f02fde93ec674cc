#include "StoreCommand.h"

#include "CommandParser.h"
#include "analytics/JsonWriter.h"
#include "storage/Database.h"

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
    const bool existed = QFileInfo::exists(path);
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Create))
        return kExitFailed;
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
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

struct Action
{
    const char *name;
    const char *summary; // translated in the "huitou::cli" context
    int (*run)(CliContext &); // parses its own options: c.command is "store ACTION"
};

// The store's actions, one line each.
const Action kActions[] = {
    {"create", QT_TRANSLATE_NOOP("huitou::cli", "create the store (or bring an existing one to this version)"),
     create},
};

} // namespace

int runStore(CliContext &c)
{
    const QString action = c.arguments.size() > 1 ? c.arguments.at(1) : QString();
    for (const Action &a : kActions) {
        if (action == QLatin1String(a.name)) {
            c.command += QLatin1Char(' ') + action;
            c.arguments.removeAt(1);
            c.arguments.first() = c.commandLine();
            return a.run(c);
        }
    }
    // No action, --help, or an unknown one.
    CommandParser p(c, tr("The store file."));
    QString actions = tr("Actions:");
    for (const Action &a : kActions)
        actions += QStringLiteral("\n  %1  %2").arg(QLatin1String(a.name), -10).arg(tr(a.summary));
    p.addHelpNote(actions + QLatin1Char('\n') + tr("'huitou-cli store ACTION --help' shows an action's options."));
    p.addPositionalArgument(QStringLiteral("ACTION"), tr("What to do with the store (see Actions)."));
    if (const auto exit = p.parse())
        return *exit;
    if (p.positionalArguments().isEmpty())
        return c.usageError(tr("no action given."));
    return c.usageError(tr("unknown action \"%1\".").arg(p.positionalArguments().constFirst()));
}

} // namespace huitou::cli
