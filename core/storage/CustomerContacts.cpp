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

} // namespace huitou
