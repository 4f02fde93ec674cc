#include "CustomerContacts.h"

#include "SqlUtil.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

#include <QSqlQuery>

namespace huitou {

QString CustomerContacts::mobileExpression(const QSqlDatabase &db, const QString &column)
{
    const bool server = PostgresDialect::is(db);
    const auto shape = [server](const QString &e) {
        return server ? PostgresDialect::isMobileShape(e) : SqliteDialect::isMobileShape(e);
    };
    // Nearly every stored phone is already 11 clean digits (one pattern
    // test) or masked; only the rest is stripped (MobileNumber's rule: blanks,
    // dashes, ASCII and full-width parentheses anywhere, then one leading ',
    // then +86 / 0086 / 86 when 11 digits remain). The steps are nested
    // one-row subqueries so each intermediate text is named once.
    QString stripped = QStringLiteral("%1").arg(column);
    for (const char16_t c : {u' ', u'\t', u'\r', u'\n', u'-', u'(', u')', u'\u3000', u'\u00a0', u'\uff08', u'\uff09'})
        stripped = QStringLiteral("replace(%1, '%2', '')").arg(stripped, QString(QChar(c)));
    return QStringLiteral("CASE WHEN %1 THEN %2 WHEN %2 LIKE '%*%' THEN NULL ELSE ("
                          "SELECT CASE WHEN %3 THEN d END FROM ("
                          "SELECT CASE WHEN length(s) = 14 AND substr(s, 1, 3) = '+86' THEN substr(s, 4) "
                          "WHEN length(s) = 15 AND substr(s, 1, 4) = '0086' THEN substr(s, 5) "
                          "WHEN length(s) = 13 AND substr(s, 1, 2) = '86' THEN substr(s, 3) ELSE s END AS d FROM ("
                          "SELECT CASE WHEN substr(r, 1, 1) = '''' THEN substr(r, 2) ELSE r END AS s FROM ("
                          "SELECT %4 AS r) mobile_r) mobile_s) mobile_d) END")
        .arg(shape(column), column, shape(QStringLiteral("d")), stripped);
}

bool CustomerContacts::refresh(const QSqlDatabase &db, Scope scope, QString *error)
{
    if (PostgresDialect::is(db))
        return refreshOnServer(db, scope, error);
    QString where;
    switch (scope) {
    case Scope::Touched: where = QStringLiteral(" WHERE id IN (SELECT customer_id FROM auto_tag_dirty)"); break;
    case Scope::Reverted: where = QStringLiteral(" WHERE id IN (SELECT id FROM revert_customers)"); break;
    case Scope::All: break;
    }
    // Her orders through orders_by_customer, latest first as the import
    // ranks them (payment, else creation time; the later row on a tie; an
    // order with neither time last, on both backends).
    const QString statement =
        QStringLiteral(
            "UPDATE customers SET "
            "contact_name = (SELECT o.receiver_name FROM orders o WHERE o.id = customers.contact_order_id), "
            "contact_email = (SELECT o.email FROM orders o WHERE o.id = customers.contact_order_id), "
            "mobile = (SELECT p.mobile FROM (SELECT %1 AS mobile, COALESCE(o.paid_at, o.created_at, '') AS at, o.id "
            "FROM orders o WHERE o.customer_id = customers.id AND o.phone IS NOT NULL) p "
            "WHERE p.mobile IS NOT NULL ORDER BY p.at DESC, p.id DESC LIMIT 1)")
            .arg(mobileExpression(db, QStringLiteral("o.phone")))
        + where;
    QSqlQuery q(db);
    return sql::exec(q, statement, {}, error);
}

QString CustomerContacts::serverStatement(const QSqlDatabase &db, Scope scope)
{
    // The same facts by the same rule, set-based: PostgreSQL ran SQLite's
    // three correlated subqueries per customer at a few thousand customers a
    // second (25 s for a 100k-order import); one pass over her orders ranked
    // with DISTINCT ON takes a fraction of that.
    QString in;
    switch (scope) {
    case Scope::Touched: in = QStringLiteral(" IN (SELECT customer_id FROM auto_tag_dirty)"); break;
    case Scope::Reverted: in = QStringLiteral(" IN (SELECT id FROM revert_customers)"); break;
    case Scope::All: break;
    }
    return QStringLiteral(
               "UPDATE customers SET contact_name = x.contact_name, contact_email = x.contact_email, mobile = x.mobile "
               "FROM (SELECT c.id, co.receiver_name AS contact_name, co.email AS contact_email, m.mobile "
               "FROM customers c LEFT JOIN orders co ON co.id = c.contact_order_id "
               "LEFT JOIN (SELECT DISTINCT ON (p.customer_id) p.customer_id, p.mobile FROM (SELECT o.customer_id, %1 "
               "AS mobile, COALESCE(o.paid_at, o.created_at, '') AS at, o.id FROM orders o WHERE o.phone IS NOT "
               "NULL%2) p WHERE p.mobile IS NOT NULL ORDER BY p.customer_id, p.at DESC, p.id DESC) m ON m.customer_id "
               "= c.id%3) x WHERE customers.id = x.id AND (customers.contact_name IS DISTINCT FROM x.contact_name "
               "OR customers.contact_email IS DISTINCT FROM x.contact_email OR customers.mobile IS DISTINCT FROM "
               "x.mobile)")
        .arg(mobileExpression(db, QStringLiteral("o.phone")),
             in.isEmpty() ? QString() : QStringLiteral(" AND o.customer_id") + in,
             in.isEmpty() ? QString() : QStringLiteral(" WHERE c.id") + in);
}

bool CustomerContacts::refreshOnServer(const QSqlDatabase &db, Scope scope, QString *error)
{
    // A staff login may not read the phones this derives from (issue 15):
    // an import's refresh runs in the store owner's function
    // huitou_refresh_contacts (postgres/PostgresRoles), the same statement
    // for every login. A revert (a manager's, who reads them) runs it here:
    // the function cannot see the reverting session's own temporary table.
    QSqlQuery q(db);
    switch (scope) {
    case Scope::Touched: return sql::exec(q, QStringLiteral("SELECT huitou_refresh_contacts(false)"), {}, error);
    case Scope::All: return sql::exec(q, QStringLiteral("SELECT huitou_refresh_contacts(true)"), {}, error);
    case Scope::Reverted: break;
    }
    return sql::exec(q, serverStatement(db, scope), {}, error);
}

} // namespace huitou
