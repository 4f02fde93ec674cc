#include "TagStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>

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

TagGroup TagStore::group(const QString &key) const
{
    for (const TagGroup &g : groups())
        if (g.key == key)
            return g;
    return TagGroup{key, {}, {}, QStringLiteral("multi"), {}};
}

bool TagStore::saveGroups(const QList<TagGroup> &groups, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("DELETE FROM tag_groups"), {}, error))
        return false;
    int position = 0;
    for (const TagGroup &g : groups) {
        if (!sql::exec(
                q,
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
        out << CustomerTag{q.value(0).toString(), q.value(1).toString(),
                           q.value(2).toString() == QLatin1String("auto")};
    return out;
}

QStringList TagStore::valuesInUse(const QString &group) const
{
    QStringList out;
    QSqlQuery q(m_db);
    // A skip over customer_tags_covering: one index seek per distinct value
    // (a group has tens), not a walk over every customer's tag (a million
    // customers have a million sizes). Runs on the GUI thread when a page
    // fills its tag filter.
    QString after;
    bool first = true;
    for (;;) {
        const bool ok = first ? sql::exec(q,
                                          QStringLiteral("SELECT MIN(tag_value) FROM customer_tags "
                                                         "WHERE group_key = ?"),
                                          {group})
                              : sql::exec(q,
                                          QStringLiteral("SELECT MIN(tag_value) FROM customer_tags "
                                                         "WHERE group_key = ? AND tag_value > ?"),
                                          {group, after});
        if (!ok || !q.next() || q.isNull(0))
            break;
        after = q.value(0).toString();
        out << after;
        first = false;
    }
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

bool TagStore::addTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error,
                      const QString &staff)
{
    const bool single = this->group(group).isSingle();
    Transaction tx(m_db);
    QSqlQuery clear(m_db), insert(m_db);
    if (!sql::prepare(clear,
                      QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                     "source = 'manual'"),
                      error)
        || !sql::prepare(insert,
                         QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                                        "VALUES (?, ?, ?, 'manual') ON CONFLICT DO NOTHING"),
                         error))
        return false;
    for (qint64 id : ids) {
        if (single && !sql::run(clear, {id, group}, error))
            return false;
        if (!sql::run(insert, {id, group, value}, error))
            return false;
        if (!AuditLog(m_db).record(id, QStringLiteral("tag_added"), QStringLiteral("tag"), 0,
                                   QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("value"), value}},
                                   staff, error))
            return false;
    }
    return tx.commit();
}

bool TagStore::removeTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error,
                         const QString &staff)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                     "tag_value = ? AND source = 'manual'"),
                      error))
        return false;
    for (qint64 id : ids) {
        if (!sql::run(q, {id, group, value}, error))
            return false;
        if (!AuditLog(m_db).record(id, QStringLiteral("tag_removed"), QStringLiteral("tag"), 0,
                                   QJsonObject{{QStringLiteral("group"), group}, {QStringLiteral("value"), value}},
                                   staff, error))
            return false;
    }
    return tx.commit();
}

bool TagStore::setManualValues(qint64 customerId, const QString &group, const QStringList &values, QString *error,
                               const QString &staff)
{
    const QStringList before = manualValues(customerId, group);
    if (before == values)
        return true;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? AND "
                                  "source = 'manual'"),
                   {customerId, group}, error))
        return false;
    for (const QString &v : values)
        if (!sql::exec(q,
                       QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                                      "VALUES (?, ?, ?, 'manual')"),
                       {customerId, group, v}, error))
            return false;
    if (!AuditLog(m_db).record(customerId, QStringLiteral("tags_set"), QStringLiteral("tag"), 0,
                               QJsonObject{{QStringLiteral("group"), group},
                                           {QStringLiteral("before"), before.join(QStringLiteral(", "))},
                                           {QStringLiteral("value"), values.join(QStringLiteral(", "))}},
                               staff, error))
        return false;
    return tx.commit();
}

bool TagStore::refreshAllAutoTags(QString *error)
{
    QSqlQuery q(m_db);
    // "WHERE true": without a WHERE, SQLite reads ON CONFLICT as the SELECT's
    // join constraint and refuses the statement ("near DO: syntax error").
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) SELECT id FROM customers WHERE true "
                                  "ON CONFLICT (customer_id) DO NOTHING"),
                   {}, error))
        return false;
    return refreshAutoTags(error);
}

bool TagStore::refreshAutoTags(QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT (SELECT COUNT(*) FROM auto_tag_dirty), (SELECT COUNT(*) FROM customers)"),
                   {}, error)
        || !q.next())
        return false;
    const qint64 dirty = q.value(0).toLongLong(), customers = q.value(1).toLongLong();
    // An unfinished SELECT keeps its read snapshot: once another importer
    // commits, BEGIN IMMEDIATE below would then be refused (busy) forever.
    q.finish();
    if (dirty == 0)
        return true;
    // A big import touches most customers: one pass over every item is then
    // far cheaper than visiting the touched customers one by one.
    const bool everyone = dirty * 5 > customers;
    Transaction tx(m_db, Transaction::kLongWaitSeconds);
    if (!sql::exec(q,
                   everyone ? QStringLiteral("DELETE FROM customer_tags WHERE source = 'auto'")
                            : QStringLiteral("DELETE FROM customer_tags WHERE source = 'auto' AND customer_id IN "
                                             "(SELECT customer_id FROM auto_tag_dirty)"),
                   {}, error))
        return false;
    // Stream the items of valid orders customer by customer and keep, per
    // group, the value with the most pieces (ties: the latest purchase).
    // Everyone: walk the items in key order and look each order up (CROSS
    // JOIN fixes that order; the other way round visits the wide order rows
    // at random and is ten times slower on a big store).
    const QString from = everyone
        ? QStringLiteral("FROM order_items i CROSS JOIN orders o WHERE o.source = i.source AND o.order_no = i.order_no")
        : QStringLiteral("FROM auto_tag_dirty d JOIN orders o ON o.customer_id = d.customer_id "
                         "JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no WHERE true");
    Statement items, insert;
    const QSqlDatabase &handle = m_db;
    if (!items.prepare(handle,
                       QStringLiteral("SELECT o.customer_id, o.paid_at, i.sku_size, i.sku_color, "
                                      "COALESCE(i.quantity, 1) %1 AND o.is_valid = 1 AND "
                                      "(i.sku_size IS NOT NULL OR i.sku_color IS NOT NULL) "
                                      "ORDER BY o.customer_id")
                           .arg(from))
        || !insert.prepare(handle,
                           QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, "
                                          "source) VALUES (?, ?, ?, 'auto')"))) {
        *error = items.errorString();
        return false;
    }
    struct Tally
    {
        qint64 pieces = 0;
        QString latest;
    };
    const QString groups[] = {QStringLiteral("size"), QStringLiteral("colour")};
    std::array<QHash<QString, Tally>, 2> tallies;
    qint64 current = 0;
    auto flush = [&]() -> bool {
        for (size_t g = 0; g < 2; ++g) {
            const QHash<QString, Tally> &t = tallies[g];
            auto best = t.cend();
            for (auto it = t.cbegin(); it != t.cend(); ++it)
                if (best == t.cend() || it->pieces > best->pieces
                    || (it->pieces == best->pieces && it->latest > best->latest))
                    best = it;
            if (best != t.cend()) {
                insert.bind(1, current);
                insert.bind(2, groups[g]);
                insert.bind(3, best.key());
                if (!insert.exec()) {
                    *error = insert.errorString();
                    return false;
                }
            }
            tallies[g].clear();
        }
        return true;
    };
    while (items.step()) {
        const qint64 customer = items.int64(0);
        if (customer != current && current != 0 && !flush())
            return false;
        current = customer;
        const QString paidAt = items.text(1);
        const qint64 pieces = items.int64(4);
        for (int g = 0; g < 2; ++g) {
            if (items.isNull(2 + g))
                continue;
            Tally &t = tallies[size_t(g)][items.text(2 + g)];
            t.pieces += pieces;
            if (paidAt > t.latest)
                t.latest = paidAt;
        }
    }
    if (!items.ok()) {
        *error = items.errorString();
        return false;
    }
    if (current != 0 && !flush())
        return false;
    items.finalize();
    insert.finalize();
    if (!sql::exec(q, QStringLiteral("DELETE FROM auto_tag_dirty"), {}, error))
        return false;
    return tx.commit();
}

} // namespace huitou
