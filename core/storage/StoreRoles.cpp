#include "StoreRoles.h"

#include "postgres/PostgresDialect.h"
#include "postgres/PostgresRoles.h"

#include <QCoreApplication>

namespace huitou {

namespace {

QString onlyOnServer()
{
    return QCoreApplication::translate("huitou::StoreRoles",
                                       "Staff logins exist only on a shop server; in a store file everyone may do "
                                       "everything.");
}

} // namespace

StoreRoles::Role StoreRoles::role(const QSqlDatabase &db)
{
    if (!PostgresDialect::is(db))
        return Role::Manager;
    return PostgresRoles::isManager(db) ? Role::Manager : Role::Staff;
}

QString StoreRoles::refusal(Right right)
{
    switch (right) {
    case Right::RevertImports:
        return QCoreApplication::translate("huitou::StoreRoles", "Only the shop's manager may revert an import.");
    case Right::ChangeSettings:
        return QCoreApplication::translate("huitou::StoreRoles", "Only the shop's manager may change the settings.");
    case Right::ExportContacts:
        return QCoreApplication::translate("huitou::StoreRoles", "Only the shop's manager may export contacts.");
    case Right::ManageStaff:
        return QCoreApplication::translate("huitou::StoreRoles", "Only the shop's manager may manage staff logins.");
    case Right::SeeFullNumbers:
        return QCoreApplication::translate("huitou::StoreRoles",
                                           "Only the shop's manager may see customers' full phone numbers.");
    }
    return {};
}

QString StoreRoles::key(Role role)
{
    return role == Role::Manager ? QStringLiteral("manager") : QStringLiteral("staff");
}

bool StoreRoles::fromKey(const QString &key, Role *role)
{
    if (key == QLatin1String("manager"))
        *role = Role::Manager;
    else if (key == QLatin1String("staff"))
        *role = Role::Staff;
    else
        return false;
    return true;
}

QString StoreRoles::displayName(Role role)
{
    return role == Role::Manager ? QCoreApplication::translate("huitou::StoreRoles", "Manager")
                                 : QCoreApplication::translate("huitou::StoreRoles", "Staff");
}

bool StoreRoles::readsContacts(const QSqlDatabase &db)
{
    return !PostgresDialect::is(db) || PostgresRoles::readsContacts(db);
}

QString StoreRoles::contactOrders(const QSqlDatabase &db)
{
    return readsContacts(db) ? QStringLiteral("orders") : QStringLiteral("orders_shown");
}

QString StoreRoles::customerContacts(const QSqlDatabase &db)
{
    return readsContacts(db) ? QStringLiteral("customer_contacts") : QStringLiteral("customer_contacts_shown");
}

bool StoreRoles::hasAccounts(const QSqlDatabase &db)
{
    return PostgresDialect::is(db);
}

QList<StoreRoles::Account> StoreRoles::accounts(const QSqlDatabase &db, QString *error)
{
    QList<Account> out;
    if (!hasAccounts(db)) {
        *error = onlyOnServer();
        return out;
    }
    error->clear();
    for (const PostgresRoles::Member &m : PostgresRoles::members(db, error)) {
        Account a;
        a.login = m.login;
        fromKey(m.role, &a.role);
        out << a;
    }
    return out;
}

bool StoreRoles::setAccount(const QSqlDatabase &db, const QString &login, Role role, const QString &password,
                            QString *error)
{
    if (!hasAccounts(db)) {
        *error = onlyOnServer();
        return false;
    }
    return PostgresRoles::setStaff(db, login, key(role), password, error);
}

bool StoreRoles::removeAccount(const QSqlDatabase &db, const QString &login, QString *error)
{
    if (!hasAccounts(db)) {
        *error = onlyOnServer();
        return false;
    }
    return PostgresRoles::removeStaff(db, login, error);
}

} // namespace huitou
