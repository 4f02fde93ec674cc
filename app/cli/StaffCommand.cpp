#include "StaffCommand.h"

#include "ActionTable.h"
#include "CommandParser.h"
#include "analytics/JsonWriter.h"
#include "storage/Database.h"
#include "storage/StoreRoles.h"

#include <QTextStream>

#include <cstdio>

namespace huitou::cli {

namespace {

// staff whoami: the role the server gives this login (manager in a store file).
int whoami(CliContext &c)
{
    CommandParser p(c, tr("Prints what this login may do in the store: manager or staff."));
    p.addOption({QStringLiteral("json"), tr("Print the result as JSON.")});
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    const StoreRoles::Role role = StoreRoles::role(db);
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter json;
        json.beginObject();
        json.value(QStringLiteral("role"), StoreRoles::key(role));
        json.value(QStringLiteral("accounts"), StoreRoles::hasAccounts(db));
        json.endObject();
        c.printJson(json);
    } else {
        c.out << StoreRoles::key(role) << "\n";
    }
    return kExitOk;
}

// staff list: every login of the store's server with its role.
int list(CliContext &c)
{
    CommandParser p(c, tr("Lists the shop server's staff and manager logins: LOGIN, role."));
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    QString error;
    const auto accounts = StoreRoles::accounts(db, &error);
    if (!error.isEmpty())
        return c.failure(error);
    for (const StoreRoles::Account &a : accounts)
        c.out << a.login << "\t" << StoreRoles::key(a.role) << "\n";
    return kExitOk;
}

// staff add NAME --role staff|manager [--password-stdin]
int add(CliContext &c)
{
    CommandParser p(c,
                    tr("Adds the login NAME to the shop server as staff or manager, or changes her role. Only a "
                       "manager may."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The login name."));
    p.addOption({QStringLiteral("role"), tr("staff or manager (default: staff)."), QStringLiteral("ROLE"),
                 QStringLiteral("staff")});
    p.addOption({QStringLiteral("password-stdin"),
                 tr("Read her password from the first line of standard input (never from the command line). "
                    "Without it the login has no password: the server's pg_hba.conf decides how she signs in.")});
    if (const auto exit = p.parse())
        return *exit;
    const QStringList args = p.positionalArguments();
    if (args.size() != 1 || args.constFirst().trimmed().isEmpty())
        return c.usageError(tr("give one login name."));
    StoreRoles::Role role;
    if (!StoreRoles::fromKey(p.value(QStringLiteral("role")), &role))
        return c.usageError(tr("--role is staff or manager, not \"%1\".").arg(p.value(QStringLiteral("role"))));
    QString password;
    if (p.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
        if (password.isEmpty())
            return c.usageError(tr("--password-stdin read no password."));
    }
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    QString error;
    if (!StoreRoles::may(db, StoreRoles::Right::ManageStaff))
        return c.failure(StoreRoles::refusal(StoreRoles::Right::ManageStaff));
    if (!StoreRoles::setAccount(db, args.constFirst().trimmed(), role, password, &error))
        return c.failure(error);
    c.out << tr("%1 is now %2 of the store.").arg(args.constFirst().trimmed(), StoreRoles::key(role)) << "\n";
    return kExitOk;
}

// staff remove NAME: out of both roles (the server's administrator drops the login itself).
int remove(CliContext &c)
{
    CommandParser p(c, tr("Takes the login NAME out of the store's staff and managers. Only a manager may."));
    p.addPositionalArgument(QStringLiteral("NAME"), tr("The login name."));
    if (const auto exit = p.parse())
        return *exit;
    const QStringList args = p.positionalArguments();
    if (args.size() != 1)
        return c.usageError(tr("give one login name."));
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::None))
        return kExitFailed;
    QString error;
    if (!StoreRoles::may(db, StoreRoles::Right::ManageStaff))
        return c.failure(StoreRoles::refusal(StoreRoles::Right::ManageStaff));
    if (!StoreRoles::removeAccount(db, args.constFirst(), &error))
        return c.failure(error);
    c.out << tr("%1 may no longer use the store.").arg(args.constFirst()) << "\n";
    return kExitOk;
}

const Action kActions[] = {
    {"whoami", QT_TRANSLATE_NOOP("huitou::cli", "print this login's role: manager or staff"), whoami},
    {"list", QT_TRANSLATE_NOOP("huitou::cli", "list the shop server's staff and manager logins"), list},
    {"add", QT_TRANSLATE_NOOP("huitou::cli", "add a login as staff or manager, or change her role (manager only)"),
     add},
    {"remove", QT_TRANSLATE_NOOP("huitou::cli", "take a login out of the store's staff (manager only)"), remove},
};

} // namespace

int runStaff(CliContext &c)
{
    return runAction(c, tr("The shop server's staff and manager logins."), kActions);
}

} // namespace huitou::cli
