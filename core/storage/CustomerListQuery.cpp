#include "CustomerListQuery.h"

#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {

const char *const kFrom =
    " FROM customers c"
    " LEFT JOIN customer_metrics m ON m.customer_id = c.id"
    " LEFT JOIN orders co ON co.id = c.contact_order_id"
    " LEFT JOIN orders po ON po.id = c.phone_order_id";

QString sortExpression(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Nick: return QStringLiteral("c.customer_key");
    case CustomerColumn::Name: return QStringLiteral("co.receiver_name");
    case CustomerColumn::Phone: return QStringLiteral("co.phone");
    case CustomerColumn::Province: return QStringLiteral("co.province");
    case CustomerColumn::Frequency: return QStringLiteral("m.frequency");
    case CustomerColumn::Monetary: return QStringLiteral("m.monetary_fen");
    case CustomerColumn::LastPurchase: return QStringLiteral("m.last_day");
    case CustomerColumn::Recency: return QStringLiteral("m.recency");
    case CustomerColumn::Stage: return QStringLiteral("m.stage");
    case CustomerColumn::Type: return QStringLiteral("m.customer_type");
    case CustomerColumn::Tier: return QStringLiteral("m.tier");
    case CustomerColumn::Segment: return QStringLiteral("m.rfm_segment");
    default: return QStringLiteral("c.id");
    }
}

} // namespace

CustomerListQuery::CustomerListQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::vector<qint64> CustomerListQuery::ids(const CustomerListFilter &f, QString *error) const
{
    QStringList where;
    QVariantList values;
    const std::pair<const char *, QString> equals[] = {
        {"m.stage", f.stage}, {"m.customer_type", f.type}, {"m.tier", f.tier}, {"m.rfm_segment", f.segment}};
    for (const auto &[column, value] : equals) {
        if (!value.isEmpty()) {
            where << QString::fromLatin1(column) + QStringLiteral(" = ?");
            values << value;
        }
    }
    if (f.paidOnly)
        where << QStringLiteral("m.customer_id IS NOT NULL");
    // A manual tag, or an automatic one where the group has no manual tag.
    const bool byTag = !f.tagGroup.isEmpty() && !f.tagValue.isEmpty();
    const auto tagCondition = [](const QString &id) {
        return QStringLiteral(
                   "EXISTS (SELECT 1 FROM customer_tags t WHERE t.customer_id = %1 AND t.group_key = ? AND "
                   "t.tag_value = ? AND (t.source = 'manual' OR NOT EXISTS (SELECT 1 FROM customer_tags x WHERE "
                   "x.customer_id = %1 AND x.group_key = t.group_key AND x.source = 'manual')))")
            .arg(id);
    };
    const QString search = f.search.trimmed();
    const bool metricsSort = f.sortColumn >= CustomerColumn::Frequency && f.sortColumn <= CustomerColumn::Segment;
    if (search.isEmpty() && metricsSort)
        return idsByMetrics(f, where, values, byTag ? tagCondition(QStringLiteral("m.customer_id")) : QString(),
                            byTag ? tagCondition(QStringLiteral("c.id")) : QString(), error);
    if (byTag) {
        where << tagCondition(QStringLiteral("c.id"));
        values << f.tagGroup << f.tagValue;
    }
    if (!search.isEmpty()) {
        const QString like = QLatin1Char('%') + search + QLatin1Char('%');
        QString digits = search;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        bool allDigits = !digits.isEmpty();
        for (QChar ch : digits)
            allDigits &= ch.isDigit();
        QStringList any{QStringLiteral("c.customer_key LIKE ?"), QStringLiteral("co.receiver_name LIKE ?"),
                        QStringLiteral("c.id IN (SELECT customer_id FROM orders WHERE order_no = ?)")};
        values << like << like << search;
        if (allDigits && digits.size() >= 3) {
            // Phone digits match the contact phone, masked or not.
            any << QStringLiteral("co.phone LIKE ?") << QStringLiteral("po.phone LIKE ?");
            values << QLatin1Char('%') + digits + QLatin1Char('%') << QLatin1Char('%') + digits + QLatin1Char('%');
        }
        where << QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    // Join the contact orders only when the search or the sort needs them.
    const bool needsContacts = !search.isEmpty() || f.sortColumn == CustomerColumn::Name
        || f.sortColumn == CustomerColumn::Phone || f.sortColumn == CustomerColumn::Province;
    QString statement = needsContacts ? QStringLiteral("SELECT c.id") + QString::fromLatin1(kFrom)
                                      : QStringLiteral("SELECT c.id FROM customers c LEFT JOIN customer_metrics m "
                                                       "ON m.customer_id = c.id");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    const QString direction = f.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    statement += QStringLiteral(" ORDER BY ") + sortExpression(f.sortColumn) + direction + QStringLiteral(", c.id") + direction;

    std::vector<qint64> out;
    appendIds(statement, values, &out, error);
    return out;
}

bool CustomerListQuery::appendIds(const QString &statement, const QVariantList &values, std::vector<qint64> *out,
                                  QString *error) const
{
    // A million ids: read them straight from SQLite, not through QVariants.
    SqliteStatement q;
    if (!q.prepare(SqliteStatement::handle(m_db), statement)) {
        *error = q.errorString();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        q.bind(i + 1, values[i].toString());
    while (q.step())
        out->push_back(q.int64(0));
    if (!q.ok()) {
        *error = q.errorString();
        return false;
    }
    return true;
}

std::vector<qint64> CustomerListQuery::idsByMetrics(const CustomerListFilter &f, const QStringList &metricWhere,
                                                    const QVariantList &metricValues, const QString &metricTag,
                                                    const QString &customerTag, QString *error) const
{
    // Sorted by a figure and not searching: walk customer_metrics in index
    // order, then add the customers without figures (their sort value is
    // NULL: last when descending, first when ascending), as the general
    // query would order them.
    const QString direction = f.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QStringList where = metricWhere;
    QVariantList values = metricValues;
    if (!metricTag.isEmpty()) {
        where << metricTag;
        values << f.tagGroup << f.tagValue;
    }
    QString withFigures = QStringLiteral("SELECT m.customer_id FROM customer_metrics m");
    if (!where.isEmpty())
        withFigures += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    withFigures += QStringLiteral(" ORDER BY ") + sortExpression(f.sortColumn) + direction + QStringLiteral(", m.customer_id")
        + direction;

    std::vector<qint64> out;
    std::vector<qint64> without;
    // A filter on a figure leaves out everyone without figures.
    if (metricWhere.isEmpty()) {
        QString withoutFigures = QStringLiteral("SELECT c.id FROM customers c WHERE NOT EXISTS "
                                                "(SELECT 1 FROM customer_metrics m WHERE m.customer_id = c.id)");
        QVariantList tagValues;
        if (!customerTag.isEmpty()) {
            withoutFigures += QStringLiteral(" AND ") + customerTag;
            tagValues << f.tagGroup << f.tagValue;
        }
        withoutFigures += QStringLiteral(" ORDER BY c.id") + direction;
        if (!appendIds(withoutFigures, tagValues, &without, error))
            return {};
    }
    if (f.ascending)
        out = std::move(without);
    if (!appendIds(withFigures, values, &out, error))
        return {};
    if (!f.ascending)
        out.insert(out.end(), without.begin(), without.end());
    return out;
}

QList<CustomerRow> CustomerListQuery::rows(const std::vector<qint64> &ids, QString *error) const
{
    QList<CustomerRow> out;
    if (ids.empty())
        return out;
    QStringList marks;
    for (size_t i = 0; i < ids.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.customer_key, co.receiver_name, co.phone, co.province, m.frequency, m.monetary_fen, "
                  "m.last_day, m.recency, m.stage, m.customer_type, m.tier, m.rfm_segment")
              + QString::fromLatin1(kFrom) + QStringLiteral(" WHERE c.id IN (") + marks.join(QLatin1Char(','))
              + QLatin1Char(')'));
    for (size_t i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (!q.exec()) {
        *error = q.lastError().text();
        return out;
    }
    QHash<qint64, CustomerRow> byId;
    while (q.next()) {
        CustomerRow r;
        r.id = q.value(0).toLongLong();
        r.nick = q.value(1).toString();
        r.name = q.value(2).toString();
        r.phone = q.value(3).toString();
        r.province = q.value(4).toString();
        r.hasMetrics = !q.value(5).isNull();
        r.frequency = q.value(5).toInt();
        r.monetaryFen = q.value(6).toLongLong();
        r.lastPurchase = q.value(7).toString();
        r.recency = r.hasMetrics ? q.value(8).toInt() : -1;
        r.stage = q.value(9).toString();
        r.type = q.value(10).toString();
        r.tier = q.value(11).toString();
        r.segment = q.value(12).toString();
        byId.insert(r.id, r);
    }
    // Effective tags (a manual tag hides the automatic ones of its group),
    // joined here rather than with an SQL aggregate that differs by dialect.
    q.prepare(QStringLiteral("SELECT t.customer_id, t.tag_value FROM customer_tags t "
                             "LEFT JOIN tag_groups g ON g.group_key = t.group_key WHERE t.customer_id IN (")
              + marks.join(QLatin1Char(','))
              + QStringLiteral(") AND (t.source = 'manual' OR NOT EXISTS (SELECT 1 FROM customer_tags x WHERE "
                               "x.customer_id = t.customer_id AND x.group_key = t.group_key AND x.source = 'manual')) "
                               "ORDER BY t.customer_id, COALESCE(g.position, 999), t.tag_value"));
    for (size_t i = 0; i < ids.size(); ++i)
        q.bindValue(int(i), ids[i]);
    if (q.exec()) {
        while (q.next()) {
            CustomerRow &row = byId[q.value(0).toLongLong()];
            row.tags += (row.tags.isEmpty() ? QString() : QStringLiteral(" ")) + q.value(1).toString();
        }
    }
    for (qint64 id : ids)
        out << byId.value(id);
    return out;
}

QList<OrderSummary> CustomerListQuery::orders(qint64 customerId) const
{
    QList<OrderSummary> out;
    QSqlQuery q(m_db);
    sql::exec(q,
              QStringLiteral("SELECT o.order_no, o.status, COALESCE(o.paid_at, o.created_at), o.paid_fen, o.refund_fen, "
                             "o.is_valid, i.title, i.sku_text, i.quantity, i.price_fen FROM orders o "
                             "LEFT JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no "
                             "WHERE o.customer_id = ? ORDER BY 3 DESC, o.order_no, i.line_no"),
              {customerId});
    while (q.next()) {
        const QString orderNo = q.value(0).toString();
        if (out.isEmpty() || out.last().orderNo != orderNo) {
            OrderSummary o;
            o.orderNo = orderNo;
            o.status = q.value(1).toString();
            o.paidAt = q.value(2).toString();
            o.paidFen = q.value(3).toLongLong();
            o.refundFen = q.value(4).toLongLong();
            o.valid = q.value(5).toInt() == 1;
            out << o;
        }
        if (!q.value(6).isNull() || !q.value(7).isNull())
            out.last().lines << OrderLine{q.value(6).toString(), q.value(7).toString(), q.value(8).toInt(),
                                          q.value(9).toLongLong()};
    }
    return out;
}

qint64 CustomerListQuery::customerOfOrder(const QString &orderNo) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT customer_id FROM orders WHERE order_no = ?"), {orderNo}) && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace huitou
