#include "PostgresRoles.h"

#include "../CustomerContacts.h"
#include "../sqlite/OrderColumns.h"
#include "PostgresDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace huitou {

namespace {

// What a staff login may write, table by table. Every table of the store is
// readable by both roles (staff look customers up); a manager may write every
// table; a table not named here is read-only for staff, so a table a later
// migration adds is safe until someone decides otherwise.
struct StaffRights
{
    const char *table;
    const char *privileges;
};

const StaffRights kStaffRights[] = {
    // Import: orders and items are inserted and updated, never deleted (a
    // revert deletes them: manager only); an import's own row may be written
    // except reverted_at (granted column by column below).
    {"imports", "INSERT"},
    {"import_rejects", "INSERT"},
    {"import_revisions", "INSERT"},
    {"customers", "INSERT, UPDATE, DELETE"}, // an import drops the customers it created without orders
    {"orders", "INSERT, UPDATE"},
    {"order_items", "INSERT, UPDATE"},
    {"column_mappings", "INSERT, UPDATE, DELETE"},
    {"customer_metrics", "INSERT, UPDATE, DELETE"}, // recomputed after every import
    {"auto_tag_dirty", "INSERT, UPDATE, DELETE"},
    // Tags, notes, consent, care, callbacks, surveys, reasons, reviews (soft
    // deletes and undo are updates; the audit trail is written and undone).
    {"customer_profiles", "INSERT, UPDATE, DELETE"},
    {"customer_tags", "INSERT, UPDATE, DELETE"},
    {"audit_log", "INSERT, UPDATE"},
    {"customer_notes", "INSERT, UPDATE"},
    {"consent_changes", "INSERT, UPDATE"},
    {"care_tasks", "INSERT, UPDATE, DELETE"},
    {"reason_entries", "INSERT, UPDATE"},
    {"callback_samples", "INSERT, UPDATE"},
    {"callback_members", "INSERT, UPDATE"},
    {"survey_answers", "INSERT, UPDATE"},
    {"reviews", "INSERT, UPDATE"},
    {"saved_segments", "INSERT, UPDATE, DELETE"},
    {"opt_out_numbers", "INSERT"},
    // settings: row-level security below. Not here, so read-only for staff:
    // tag_groups (the tag dictionary), reasons and reason_categories (the
    // taxonomy), campaigns and campaign_members (an export records its
    // campaign first, so a staff login cannot export), schema_version.
};

// The settings staff work writes: the marker of the stored customer figures
// (every import and recompute) and the shop's name taken from the first
// export (only while none is set). Everything else is a manager's setting.
const char *const kStaffSettingsInsert = "key IN ('metrics_as_of', 'shop_name')";
const char *const kStaffSettingsChange = "key = 'metrics_as_of'";

// Customers' contact details a staff login may not read (issue 15: a new
// hire cannot export the customer list): the full phone numbers, e-mails and
// addresses on the orders, and the contact columns outreach exports from.
// Staff read the masked views below instead; the receiver's name stays
// readable (staff greet her by it; a name alone reaches nobody).
const char *const kHiddenOrderColumns = "'phone', 'email', 'address'";
const char *const kHiddenCustomerColumns = "'mobile', 'contact_name', 'contact_email'";

// What staff see of an order's contact details: the phone as the app shows it
// (labels::maskedPhone: the first 3 and last 4 digits), the e-mail's first
// letter and domain, the address's first 6 characters (province and city).
// A view runs with its owner's rights, so it reads the hidden columns for her.
const char *const kOrdersShown = R"(CREATE OR REPLACE VIEW orders_shown AS
SELECT id, customer_id, receiver_name, province,
       CASE WHEN phone LIKE '%*%' OR length(phone) < 7 THEN phone
            ELSE left(phone, 3) || '****' || right(phone, 4) END AS phone,
       CASE WHEN email IS NULL THEN NULL
            WHEN strpos(email, '@') > 1 THEN left(email, 1) || '***' || substr(email, strpos(email, '@'))
            ELSE '***' END AS email,
       CASE WHEN length(address) > 6 THEN left(address, 6) || '****' ELSE address END AS address
FROM orders)";
const char *const kCustomerContactsShown = R"(CREATE OR REPLACE VIEW customer_contacts_shown AS
SELECT c.id, c.customer_key, co.receiver_name, co.address, co.province, co.phone AS phone_display,
       po.phone AS phone, co.email
FROM customers c
LEFT JOIN orders_shown co ON co.id = c.contact_order_id
LEFT JOIN orders_shown po ON po.id = c.phone_order_id)";

// The import and the search of a staff login need the hidden columns for her,
// and no more: functions owned by the store's owner (SECURITY DEFINER, a fixed
// search_path so no object of hers is taken for the store's), each doing one
// fixed thing and returning nothing she may not read.
QStringList definerFunctions(const QSqlDatabase &db)
{
    QStringList s;
    // Looking a customer up by phone digits: her id, never the number.
    s << QStringLiteral(R"(CREATE OR REPLACE FUNCTION huitou_customers_by_phone(digits text)
RETURNS SETOF bigint LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $f$
SELECT c.id::bigint FROM customers c JOIN orders o ON o.id = c.contact_order_id
 WHERE $1 ~ '^[0-9]{3,}$' AND o.phone LIKE '%' || $1 || '%'
UNION
SELECT c.id::bigint FROM customers c JOIN orders o ON o.id = c.phone_order_id
 WHERE $1 ~ '^[0-9]{3,}$' AND o.phone LIKE '%' || $1 || '%'
$f$)");
    // The contact refresh at the end of an import (CustomerContacts): the
    // touched customers' (those in auto_tag_dirty), or everyone's.
    s << QStringLiteral(R"(CREATE OR REPLACE FUNCTION huitou_refresh_contacts(everyone boolean)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
BEGIN
    IF everyone THEN
        %1;
    ELSE
        %2;
    END IF;
END $f$)")
             .arg(CustomerContacts::serverStatement(db, CustomerContacts::Scope::All),
                  CustomerContacts::serverStatement(db, CustomerContacts::Scope::Touched));
    // The previous state of the orders an import updates (import_revisions),
    // so a manager can revert it; staff may write revisions, not read them.
    QStringList parts = {QStringLiteral("'last_import_id', o.last_import_id")};
    for (const QString &c : columns::order())
        parts << QStringLiteral("'%1', o.%1").arg(c);
    s << QStringLiteral(
             R"(CREATE OR REPLACE FUNCTION huitou_save_order_revisions(revision_import bigint, order_ids bigint[])
RETURNS void LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $f$
INSERT INTO import_revisions (import_id, table_name, row_id, previous_row)
SELECT $1, 'orders', o.id, json_build_object(%1)::text FROM orders o WHERE o.id = ANY($2) ORDER BY o.id
$f$)")
             .arg(parts.join(QStringLiteral(", ")));
    for (const char *signature : {"huitou_customers_by_phone(text)", "huitou_refresh_contacts(boolean)",
                                  "huitou_save_order_revisions(bigint, bigint[])"}) {
        s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(QLatin1String(signature))
          << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO huitou_staff, huitou_manager")
                 .arg(QLatin1String(signature));
    }
    return s;
}

QString roleError(const QSqlQuery &q)
{
    const QSqlError e = q.lastError();
    if (e.nativeErrorCode() == QLatin1String("42501") && e.databaseText().contains(QLatin1String("create role")))
        return QCoreApplication::translate("huitou::Store",
                                           "The login that creates or upgrades the store on the shop server must be "
                                           "allowed to create roles (createuser --createrole): the store sets up "
                                           "its staff and manager roles. (%1)")
            .arg(e.databaseText().trimmed());
    return PostgresDialect::describeError(e);
}

bool execAll(QSqlQuery &q, const QStringList &statements, QString *error)
{
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = roleError(q);
            return false;
        }
    }
    return true;
}

} // namespace

bool PostgresRoles::apply(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    QStringList s;
    // Roles belong to the whole cluster: another shop database (or another
    // workstation upgrading at the same moment) may create them first.
    s << QStringLiteral(R"(DO $$
BEGIN
    IF to_regrole('huitou_staff') IS NULL THEN
        BEGIN
            CREATE ROLE huitou_staff NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
    IF to_regrole('huitou_manager') IS NULL THEN
        BEGIN
            CREATE ROLE huitou_manager NOLOGIN;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
        END;
    END IF;
END $$)");
    // The masked views and the functions staff work goes through (their rights follow).
    s << QString::fromLatin1(kOrdersShown) << QString::fromLatin1(kCustomerContactsShown) << definerFunctions(db);
    // From nothing, every time: the rights are exactly the ones below.
    s << QStringLiteral("REVOKE ALL ON ALL TABLES IN SCHEMA public FROM huitou_staff, huitou_manager")
      << QStringLiteral("GRANT USAGE ON SCHEMA public TO huitou_staff, huitou_manager")
      << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO huitou_staff")
      << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO huitou_manager")
      << QStringLiteral("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO huitou_staff, huitou_manager");
    for (const StaffRights &r : kStaffRights) {
        s << QStringLiteral("DO $$ BEGIN IF to_regclass('%1') IS NOT NULL THEN GRANT %2 ON %1 TO huitou_staff; "
                            "END IF; END $$")
                 .arg(QLatin1String(r.table), QLatin1String(r.privileges));
    }
    // Contact details: staff read the hidden columns through the views and
    // functions above only, and no view or revision that holds them.
    s << QStringLiteral("REVOKE SELECT ON orders, customers, customer_contacts, import_revisions, opt_out_numbers "
                        "FROM huitou_staff")
      << QStringLiteral(R"(DO $$
DECLARE cols text;
BEGIN
    SELECT string_agg(quote_ident(column_name), ', ') INTO cols FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = 'orders' AND column_name NOT IN (%1);
    EXECUTE format('GRANT SELECT (%s) ON orders TO huitou_staff', cols);
    SELECT string_agg(quote_ident(column_name), ', ') INTO cols FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = 'customers' AND column_name NOT IN (%2);
    EXECUTE format('GRANT SELECT (%s) ON customers TO huitou_staff', cols);
END $$)")
             .arg(QLatin1String(kHiddenOrderColumns), QLatin1String(kHiddenCustomerColumns))
      << QStringLiteral("GRANT SELECT (import_id, table_name, row_id) ON import_revisions TO huitou_staff");
    // An import updates its own row (the counts), never reverted_at.
    s << QStringLiteral(R"(DO $$
DECLARE cols text;
BEGIN
    SELECT string_agg(quote_ident(column_name), ', ') INTO cols FROM information_schema.columns
     WHERE table_schema = 'public' AND table_name = 'imports' AND column_name <> 'reverted_at';
    EXECUTE format('GRANT UPDATE (%s) ON imports TO huitou_staff', cols);
END $$)");
    // settings mixes both: row-level security (the owner is not subject to it).
    s << QStringLiteral("ALTER TABLE settings ENABLE ROW LEVEL SECURITY")
      << QStringLiteral("DROP POLICY IF EXISTS settings_read ON settings")
      << QStringLiteral("CREATE POLICY settings_read ON settings FOR SELECT USING (true)")
      << QStringLiteral("DROP POLICY IF EXISTS settings_manager ON settings")
      << QStringLiteral("CREATE POLICY settings_manager ON settings FOR ALL TO huitou_manager USING (true) "
                        "WITH CHECK (true)")
      << QStringLiteral("DROP POLICY IF EXISTS settings_staff_insert ON settings")
      << QStringLiteral("CREATE POLICY settings_staff_insert ON settings FOR INSERT TO huitou_staff WITH CHECK (%1)")
             .arg(QLatin1String(kStaffSettingsInsert))
      << QStringLiteral("DROP POLICY IF EXISTS settings_staff_update ON settings")
      << QStringLiteral("CREATE POLICY settings_staff_update ON settings FOR UPDATE TO huitou_staff USING (%1) "
                        "WITH CHECK (%1)")
             .arg(QLatin1String(kStaffSettingsChange))
      << QStringLiteral("DROP POLICY IF EXISTS settings_staff_delete ON settings")
      << QStringLiteral("CREATE POLICY settings_staff_delete ON settings FOR DELETE TO huitou_staff USING (%1)")
             .arg(QLatin1String(kStaffSettingsChange))
      << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON settings TO huitou_staff");
    // Managing staff: a manager has no right to create roles herself; this
    // function, owned by the store's owner, does exactly that and no more. It
    // never touches a superuser, a login that may create roles, the owner or
    // a role that cannot log in.
    s << QStringLiteral(R"(CREATE OR REPLACE FUNCTION huitou_set_staff(login text, role_name text, password text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
DECLARE
    r record;
    other text;
BEGIN
    IF role_name NOT IN ('staff', 'manager') THEN
        RAISE EXCEPTION 'unknown role %', role_name USING ERRCODE = '22023';
    END IF;
    IF login IS NULL OR length(login) = 0 OR octet_length(login) > 63 OR login ~ '[[:cntrl:]]'
       OR login LIKE 'pg\_%' OR login IN ('huitou_staff', 'huitou_manager') THEN
        RAISE EXCEPTION 'invalid login name %', login USING ERRCODE = '22023';
    END IF;
    other := CASE role_name WHEN 'staff' THEN 'huitou_manager' ELSE 'huitou_staff' END;
    SELECT rolsuper, rolcreaterole, rolcanlogin INTO r FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        IF coalesce(password, '') = '' THEN
            EXECUTE format('CREATE ROLE %I LOGIN', login);
        ELSE
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
        END IF;
    ELSE
        IF r.rolsuper OR r.rolcreaterole OR NOT r.rolcanlogin
           OR login = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()) THEN
            RAISE EXCEPTION 'the login % is not a staff login', login USING ERRCODE = '42501';
        END IF;
        IF coalesce(password, '') <> '' THEN
            EXECUTE format('ALTER ROLE %I PASSWORD %L', login, password);
        END IF;
    END IF;
    EXECUTE format('GRANT %I TO %I', 'huitou_' || role_name, login);
    IF pg_has_role(login, other, 'MEMBER') THEN
        EXECUTE format('REVOKE %I FROM %I', other, login);
    END IF;
END $f$)");
    s << QStringLiteral(R"(CREATE OR REPLACE FUNCTION huitou_remove_staff(login text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $f$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login AND NOT rolsuper AND NOT rolcreaterole) THEN
        RAISE EXCEPTION 'the login % is not a staff login', login USING ERRCODE = '42501';
    END IF;
    IF pg_has_role(login, 'huitou_staff', 'MEMBER') THEN
        EXECUTE format('REVOKE huitou_staff FROM %I', login);
    END IF;
    IF pg_has_role(login, 'huitou_manager', 'MEMBER') THEN
        EXECUTE format('REVOKE huitou_manager FROM %I', login);
    END IF;
END $f$)");
    s << QStringLiteral("REVOKE ALL ON FUNCTION huitou_set_staff(text, text, text) FROM PUBLIC")
      << QStringLiteral("REVOKE ALL ON FUNCTION huitou_remove_staff(text) FROM PUBLIC")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION huitou_set_staff(text, text, text) TO huitou_manager")
      << QStringLiteral("GRANT EXECUTE ON FUNCTION huitou_remove_staff(text) TO huitou_manager");
    return execAll(q, s, error);
}

bool PostgresRoles::isOwner(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    const bool ok = q.exec(QStringLiteral(
        "SELECT r.rolsuper "
        "    OR COALESCE(pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "                                          WHERE oid = to_regclass('schema_version')), 'USAGE'), false) "
        "FROM pg_roles r WHERE r.rolname = current_user"));
    return ok && q.next() && q.value(0).toBool();
}

bool PostgresRoles::readsContacts(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT has_column_privilege('orders', 'phone', 'SELECT')")) && q.next()
        && q.value(0).toBool();
}

bool PostgresRoles::isManager(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    // A superuser, the owner of the store's tables (who created it) or a
    // member of huitou_manager. to_regrole: a store from before roles has none.
    const bool ok = q.exec(QStringLiteral(
        "SELECT r.rolsuper "
        "    OR COALESCE(pg_has_role(current_user, (SELECT relowner FROM pg_class "
        "                                          WHERE oid = to_regclass('schema_version')), 'USAGE'), false) "
        "    OR COALESCE(pg_has_role(current_user, to_regrole('huitou_manager')::oid, 'USAGE'), false) "
        "FROM pg_roles r WHERE r.rolname = current_user"));
    return ok && q.next() && q.value(0).toBool();
}

bool PostgresRoles::setStaff(const QSqlDatabase &db, const QString &login, const QString &role, const QString &password,
                             QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT huitou_set_staff(?, ?, ?)"));
    q.addBindValue(login);
    q.addBindValue(role);
    q.addBindValue(password);
    if (q.exec())
        return true;
    *error = PostgresDialect::describeError(q.lastError());
    return false;
}

bool PostgresRoles::removeStaff(const QSqlDatabase &db, const QString &login, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT huitou_remove_staff(?)"));
    q.addBindValue(login);
    if (q.exec())
        return true;
    *error = PostgresDialect::describeError(q.lastError());
    return false;
}

QList<PostgresRoles::Member> PostgresRoles::members(const QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    QList<Member> out;
    if (!q.exec(QStringLiteral("SELECT u.rolname, g.rolname, u.rolcanlogin FROM pg_auth_members m "
                               "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
                               "WHERE g.rolname IN ('huitou_staff', 'huitou_manager') ORDER BY u.rolname"))) {
        *error = PostgresDialect::describeError(q.lastError());
        return out;
    }
    while (q.next()) {
        Member m;
        m.login = q.value(0).toString();
        m.role = q.value(1).toString() == QLatin1String("huitou_manager") ? QStringLiteral("manager")
                                                                          : QStringLiteral("staff");
        m.canLogin = q.value(2).toBool();
        out << m;
    }
    return out;
}

} // namespace huitou
