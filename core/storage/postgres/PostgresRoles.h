#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

// The shop's two server roles, enforced by PostgreSQL itself (issue 15):
//   huitou_staff   look up everything; import; tag; log care, notes, surveys,
//                  complaints, returns and reviews; save segments.
//   huitou_manager all of that, and revert imports, change settings
//                  (thresholds, care plan, outreach rules, shop name), the tag
//                  dictionary and the reason taxonomy, export contacts (record
//                  campaigns) and manage staff logins.
// Both are NOLOGIN group roles of the cluster; each person logs in with her
// own login role, a member of one of them. The store's owner (the login that
// created the store) is a manager too. Staff never read a customer's full
// phone number, e-mail or address (column GRANTs; masked views for display,
// SECURITY DEFINER functions for the import's contact refresh and revisions
// and for the look-up by phone digits). Only core/storage includes this file.
class PostgresRoles
{
public:
    // Creates the two roles when the cluster lacks them and (re)applies the
    // GRANTs, the row-level security of `settings` and the staff-management
    // function to every table of the store. Idempotent; runs inside the
    // migration transaction, as the store's owner, after every schema step
    // from the one that introduced roles on, so a later table gets its rights
    // in the same transaction that creates it.
    static bool apply(const QSqlDatabase &db, QString *error);

    // Whether the connected login owns the store (or is a superuser): only she
    // can upgrade its schema.
    static bool isOwner(const QSqlDatabase &db);
    // Whether the connected login may read customers' full phone numbers,
    // e-mails and addresses (a staff login reads the masked views
    // orders_shown and customer_contacts_shown instead).
    static bool readsContacts(const QSqlDatabase &db);
    // Whether the connected login may do what a manager may.
    static bool isManager(const QSqlDatabase &db);

    // Makes LOGIN a member of huitou_staff or huitou_manager (ROLE "staff" or
    // "manager"), creating the login when it does not exist (with PASSWORD,
    // if not empty). Only a manager may; the server checks.
    static bool setStaff(const QSqlDatabase &db, const QString &login, const QString &role, const QString &password,
                         QString *error);
    // Takes LOGIN out of both roles (the login itself stays: the server's admin drops it).
    static bool removeStaff(const QSqlDatabase &db, const QString &login, QString *error);

    struct Member
    {
        QString login;
        QString role; // "staff" or "manager"
        bool canLogin = true;
    };
    static QList<Member> members(const QSqlDatabase &db, QString *error);
};

} // namespace huitou
