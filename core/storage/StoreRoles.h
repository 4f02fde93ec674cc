#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Who may do what in a store (issue 15). On a PostgreSQL server the login's
// role decides, and the server enforces it (postgres/PostgresRoles: GRANTs and
// row-level security), whatever the client sends; the app asks here only to
// hide what would be refused and to say why before trying. In an SQLite file
// everything is allowed: one person, one machine.
class StoreRoles
{
public:
    enum class Role { Manager, Staff };
    // What only a manager may do; staff may everything else (look up, import,
    // tag, log care and feedback).
    enum class Right { RevertImports, ChangeSettings, ExportContacts, ManageStaff, SeeFullNumbers };

    static Role role(const QSqlDatabase &db);
    static bool may(Role role, Right) { return role == Role::Manager; }
    static bool may(const QSqlDatabase &db, Right right) { return may(role(db), right); }
    // "Only the shop's manager may revert an import." and so on.
    static QString refusal(Right right);

    // Stable keys ("staff", "manager") for the CLI and settings, and the
    // display name in the user's language.
    static QString key(Role role);
    static bool fromKey(const QString &key, Role *role);
    static QString displayName(Role role);

    // Where this connection reads customers' contact details: the stored
    // ones ("orders", "customer_contacts"), or, for a login the server does
    // not let read full phone numbers, e-mails and addresses (staff), the
    // masked views of the same shape ("orders_shown",
    // "customer_contacts_shown"). For the FROM and JOIN clauses of core/storage.
    static bool readsContacts(const QSqlDatabase &db);
    static QString contactOrders(const QSqlDatabase &db);
    static QString customerContacts(const QSqlDatabase &db);

    // Staff logins exist only on a server.
    static bool hasAccounts(const QSqlDatabase &db);
    struct Account
    {
        QString login;
        Role role = Role::Staff;
    };
    static QList<Account> accounts(const QSqlDatabase &db, QString *error);
    // Adds LOGIN (or changes her role, and her password when PASSWORD is not
    // empty). A manager only; the server refuses anyone else.
    static bool setAccount(const QSqlDatabase &db, const QString &login, Role role, const QString &password,
                           QString *error);
    static bool removeAccount(const QSqlDatabase &db, const QString &login, QString *error);
};

} // namespace huitou
