#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// The contact facts kept on each customer row (schema v11): her mobile as
// DESIGN.md's rule gives it (the latest valid mobile by payment time, else
// creation time, over all her orders, valid or not; 11 digits, NULL when
// none), and the receiver name and e-mail of the order her contact_order_id
// points at. Outreach reads one customer row per customer instead of a few
// order rows each.
//
// They are derived, never typed: refresh() re-derives them with one UPDATE
// for a set of customers after their orders changed (the end of an import,
// a revert), so the import's per-row path stays as it is.
class CustomerContacts
{
public:
    enum class Scope {
        Touched, // the customers in auto_tag_dirty: those the running import touched
        Reverted, // the customers in the temporary table revert_customers
        All,
    };
    static bool refresh(const QSqlDatabase &db, Scope scope, QString *error);

    // The SQL expression for the mobile number in the text expression
    // COLUMN: its 11 digits when it is a valid mobile after stripping (as
    // MobileNumber::normalize), else NULL. For the store's own dialect.
    static QString mobileExpression(const QSqlDatabase &db, const QString &column);

    // The PostgreSQL statement refresh() runs for SCOPE (set-based); the
    // store's owner also compiles it into huitou_refresh_contacts.
    static QString serverStatement(const QSqlDatabase &db, Scope scope);

private:
    static bool refreshOnServer(const QSqlDatabase &db, Scope scope, QString *error);
};

} // namespace huitou
