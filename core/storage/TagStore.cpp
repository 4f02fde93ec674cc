#include "TagStore.h"

#include "SqlUtil.h"
#include "Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

TagStore::TagStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<TagGroup> TagStore::groups() const
{
    QList<TagGroup> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT group_key, name_zh, name_en, kind, tag_values FROM tag_groups ORDER BY position"));
    while (q.next()) {
        TagGroup g{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), {}};
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array())
            g.values << v.toString();
        out << g;
    }
    return out;
}

bool TagStore::saveGroups(const QList<TagGroup> &groups, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("DELETE FROM tag_groups"), {}, error))
        return false;
    int position = 0;
    for (const TagGroup &g : groups) {
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO tag_groups (group_key, name_zh, name_en, kind, tag_values, position) "
                                      "VALUES (?, ?, ?, ?, ?, ?)"),
                       {g.key, g.nameZh, g.nameEn, g.kind,
                        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(g.values)).toJson(QJsonDocument::Compact)),
                        ++position},
                       error))
            return false;
    }
    return tx.commit();
}

QList<CustomerTag> TagStore::tagsOf(qint64 customerId) const
{
    QList<CustomerTag> out;
    QSqlQuery q(m_db);
    sql::exec(q,
              QStringLiteral("SELECT t.group_key, t.tag_value, t.source FROM customer_tags t "
                             "LEFT JOIN tag_groups g ON g.group_key = t.group_key "
                             "WHERE t.customer_id = ? AND (t.source = 'manual' OR NOT EXISTS (SELECT 1 FROM "
                             "customer_tags m WHERE m.customer_id = t.customer_id AND m.group_key = t.group_key AND "
                             "m.source = 'manual')) ORDER BY COALESCE(g.position, 999), t.group_key, t.tag_value"),
              {customerId});
    while (q.next())
        out << CustomerTag{q.value(0).toString(), q.value(1).toString(), q.value(2).toString() == QLatin1String("auto")};
    return out;
}

QStringList TagStore::manualValues(qint64 customerId, const QString &group) const
{
    QStringList out;
    QSqlQuery q(m_db);
    sql::exec(q,
              QStringLiteral("SELECT tag_value FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                             "source = 'manual' ORDER BY tag_value"),
              {customerId, group});
    while (q.next())
        out << q.value(0).toString();
    return out;
}

namespace {
bool isSingleGroup(const QSqlDatabase &db, const QString &group)
{
    QSqlQuery q(db);
    sql::exec(q, QStringLiteral("SELECT kind FROM tag_groups WHERE group_key = ?"), {group});
    return q.next() && q.value(0).toString() != QLatin1String("multi");
}
} // namespace

bool TagStore::addTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error)
{
    const bool single = isSingleGroup(m_db, group);
    Transaction tx(m_db);
    QSqlQuery clear(m_db), insert(m_db);
    if (!sql::prepare(clear, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                            "source = 'manual'"), error)
        || !sql::prepare(insert, QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                                                "VALUES (?, ?, ?, 'manual') ON CONFLICT DO NOTHING"), error))
        return false;
    for (qint64 id : ids) {
        if (single && !sql::run(clear, {id, group}, error))
            return false;
        if (!sql::run(insert, {id, group, value}, error))
            return false;
    }
    return tx.commit();
}

bool TagStore::removeTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::prepare(q, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                        "tag_value = ? AND source = 'manual'"), error))
        return false;
    for (qint64 id : ids)
        if (!sql::run(q, {id, group, value}, error))
            return false;
    return tx.commit();
}

bool TagStore::setManualValues(qint64 customerId, const QString &group, const QStringList &values, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                     "source = 'manual'"), {customerId, group}, error))
        return false;
    for (const QString &v : values)
        if (!sql::exec(q, QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                                         "VALUES (?, ?, ?, 'manual')"), {customerId, group, v}, error))
            return false;
    return tx.commit();
}

bool TagStore::refreshAutoTags(QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT (SELECT COUNT(*) FROM auto_tag_dirty), (SELECT COUNT(*) FROM customers)"),
                   {}, error)
        || !q.next())
        return false;
    const qint64 dirty = q.value(0).toLongLong(), customers = q.value(1).toLongLong();
    if (dirty == 0)
        return true;
    // A big import touches most customers: one pass over every item is then
    // far cheaper than visiting the touched customers one by one.
    const bool everyone = dirty * 5 > customers;
    Transaction tx(m_db);
    if (!sql::exec(q, everyone ? QStringLiteral("DELETE FROM customer_tags WHERE source = 'auto'")
                               : QStringLiteral("DELETE FROM customer_tags WHERE source = 'auto' AND customer_id IN "
                                                "(SELECT customer_id FROM auto_tag_dirty)"),
                   {}, error))
        return false;
    const QString from = everyone
        ? QStringLiteral("FROM order_items i JOIN orders o ON o.source = i.source AND o.order_no = i.order_no")
        : QStringLiteral("FROM auto_tag_dirty d JOIN orders o ON o.customer_id = d.customer_id "
                         "JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no");
    const std::pair<const char *, const char *> autoGroups[] = {{"size", "sku_size"}, {"colour", "sku_color"}};
    for (const auto &[group, column] : autoGroups) {
        const QString statement = QStringLiteral(
            "INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
            "SELECT customer_id, '%1', value, 'auto' FROM ("
            "  SELECT o.customer_id, i.%2 AS value, ROW_NUMBER() OVER (PARTITION BY o.customer_id "
            "    ORDER BY SUM(COALESCE(i.quantity, 1)) DESC, MAX(o.paid_at) DESC) AS position "
            "  %3 WHERE o.is_valid = 1 AND i.%2 IS NOT NULL GROUP BY o.customer_id, i.%2) ranked "
            "WHERE position = 1").arg(QString::fromLatin1(group), QString::fromLatin1(column), from);
        if (!sql::exec(q, statement, {}, error))
            return false;
    }
    if (!sql::exec(q, QStringLiteral("DELETE FROM auto_tag_dirty"), {}, error))
        return false;
    return tx.commit();
}

} // namespace huitou
