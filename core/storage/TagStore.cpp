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

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

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
    // A big import touches most customers: one pass over every order and
    // item is then far cheaper than visiting the touched customers one by one.
    const bool everyone = dirty * 5 > customers;
    Transaction tx(m_db, Transaction::kLongWaitSeconds);
    if (!(everyone ? refreshEveryone(error) : refreshTouched(error)))
        return false;
    if (!sql::exec(q, QStringLiteral("DELETE FROM auto_tag_dirty"), {}, error))
        return false;
    return tx.commit();
}

bool TagStore::refreshTouched(QString *error)
{
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("DELETE FROM customer_tags WHERE source = 'auto' AND customer_id IN "
                                  "(SELECT customer_id FROM auto_tag_dirty)"),
                   {}, error))
        return false;
    // Stream the items of the touched customers' valid orders customer by
    // customer and keep, per group, the value with the most pieces (ties: the
    // latest purchase, then the value that sorts first).
    Statement items, insert;
    const QSqlDatabase &handle = m_db;
    if (!items.prepare(handle,
                       QStringLiteral("SELECT o.customer_id, o.paid_at, i.sku_size, i.sku_color, "
                                      "COALESCE(i.quantity, 1) FROM auto_tag_dirty d "
                                      "JOIN orders o ON o.customer_id = d.customer_id "
                                      "JOIN order_items i ON i.source = o.source AND i.order_no = o.order_no "
                                      "WHERE o.is_valid = 1 AND (i.sku_size IS NOT NULL OR i.sku_color IS NOT NULL) "
                                      "ORDER BY o.customer_id"))
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
                    || (it->pieces == best->pieces
                        && (it->latest > best->latest || (it->latest == best->latest && it.key() < best.key()))))
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
    return current == 0 || flush();
}

namespace {

// A time as text ("2024-06-30 20:15:00", with or without the seconds) as a
// number that orders the same way: its digits, padded to 17. No time is 0,
// before every time, as the empty text is.
qint64 timeKey(QByteArrayView text)
{
    qint64 key = 0;
    int digits = 0;
    for (char c : text)
        if (c >= '0' && c <= '9' && digits < 17) {
            key = key * 10 + (c - '0');
            ++digits;
        }
    for (; digits < 17; ++digits)
        key *= 10;
    return text.isEmpty() ? 0 : key;
}

quint64 hashBytes(QByteArrayView a, QByteArrayView b)
{
    // FNV-1a over both parts with a separator that neither holds.
    quint64 h = 1469598103934665603ULL;
    for (char c : a)
        h = (h ^ quint8(c)) * 1099511628211ULL;
    h = (h ^ 0x1fU) * 1099511628211ULL;
    for (char c : b)
        h = (h ^ quint8(c)) * 1099511628211ULL;
    return h ^ (h >> 29);
}

// The valid orders by (source, order_no): the customer and the payment time
// of each. Open addressing over one vector; keys kept in one byte pool and
// compared in full, so a hash collision never joins the wrong order.
class ValidOrders
{
public:
    // 24 bytes: a million-customer shop has 1.7 million orders.
    struct Order
    {
        qint64 paid;
        quint32 hash; // the high half of the key's hash (the low half picks the slot)
        quint32 keyAt;
        quint32 keyLength;
        quint32 customer;
    };

    void reserve(size_t n)
    {
        m_orders.reserve(n);
        size_t slotCount = 16;
        while (slotCount < n * 2)
            slotCount *= 2;
        m_slots.assign(slotCount, -1);
    }
    void add(QByteArrayView source, QByteArrayView orderNo, quint32 customer, qint64 paid)
    {
        const quint64 h = hashBytes(source, orderNo);
        const auto at = quint32(m_pool.size());
        m_pool.append(source.data(), size_t(source.size()));
        m_pool.push_back('\x1f');
        m_pool.append(orderNo.data(), size_t(orderNo.size()));
        m_orders.push_back(Order{paid, quint32(h >> 32), at, quint32(m_pool.size() - at), customer});
        size_t slot = h & (m_slots.size() - 1);
        while (m_slots[slot] >= 0)
            slot = (slot + 1) & (m_slots.size() - 1);
        m_slots[slot] = qint32(m_orders.size() - 1);
    }
    const Order *find(QByteArrayView source, QByteArrayView orderNo) const
    {
        if (m_slots.empty())
            return nullptr;
        const quint64 h = hashBytes(source, orderNo);
        for (size_t slot = h & (m_slots.size() - 1); m_slots[slot] >= 0; slot = (slot + 1) & (m_slots.size() - 1)) {
            const Order &o = m_orders[size_t(m_slots[slot])];
            if (o.hash != quint32(h >> 32) || o.keyLength != quint32(source.size() + 1 + orderNo.size()))
                continue;
            const char *key = m_pool.data() + o.keyAt;
            if (std::memcmp(key, source.data(), size_t(source.size())) == 0 && key[source.size()] == '\x1f'
                && std::memcmp(key + source.size() + 1, orderNo.data(), size_t(orderNo.size())) == 0)
                return &o;
        }
        return nullptr;
    }

private:
    std::string m_pool;
    std::vector<Order> m_orders;
    std::vector<qint32> m_slots;
};

// Tag values (and group keys) as small numbers, the same text the same number.
class ValuePool
{
public:
    int id(QByteArrayView text)
    {
        m_key.assign(text.data(), size_t(text.size()));
        const auto it = m_ids.find(m_key);
        if (it != m_ids.end())
            return it->second;
        const int id = int(m_texts.size());
        m_ids.emplace(m_key, id);
        m_texts.push_back(m_key);
        return id;
    }
    const std::string &bytes(int id) const { return m_texts[size_t(id)]; }
    QString text(int id) const { return QString::fromUtf8(m_texts[size_t(id)]); }

private:
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::string> m_texts;
    std::string m_key;
};

struct AutoTag
{
    qint64 customer;
    int group; // index into the group keys: 0 colour, 1 size (text order)
    int value;
    bool operator<(const AutoTag &o) const
    {
        return customer != o.customer ? customer < o.customer : group != o.group ? group < o.group : value < o.value;
    }
    bool operator==(const AutoTag &o) const { return customer == o.customer && group == o.group && value == o.value; }
};

} // namespace

// Every customer at once, as after a first import: a few plain scans (the
// valid orders from their covering index, the order keys from the unique
// index, the items in table order) joined in memory, the winners compared
// with the automatic tags already stored, and only the differences written.
// Per customer and group the value with the most pieces wins; ties go to the
// latest purchase, then to the value that sorts first (byte order).
bool TagStore::refreshEveryone(QString *error)
{
    const QSqlDatabase &handle = m_db;
    auto failed = [error](const Statement &s) {
        *error = s.errorString();
        return false;
    };
    // 1. Valid orders: id -> customer, payment time.
    struct Valid
    {
        qint64 id;
        qint64 customer;
        qint64 paid;
    };
    std::vector<Valid> valid;
    bool fitsIn32Bits = true;
    {
        Statement s;
        if (!s.prepareStreamed(handle,
                               QStringLiteral("SELECT id, customer_id, paid_at FROM orders WHERE is_valid = 1")))
            return failed(s);
        while (s.step()) {
            valid.push_back(Valid{s.int64(0), s.int64(1), s.isNull(2) ? 0 : timeKey(s.utf8(2))});
            // Customers are held in 32 bits below; a store whose ids do not
            // fit (none does) takes the one-by-one way.
            if (valid.back().customer < 0 || valid.back().customer > qint64(std::numeric_limits<quint32>::max())) {
                fitsIn32Bits = false;
                break;
            }
        }
        if (!s.ok())
            return failed(s);
    }
    if (!fitsIn32Bits)
        return refreshTouched(error);
    std::sort(valid.begin(), valid.end(), [](const Valid &a, const Valid &b) { return a.id < b.id; });
    // 2. Their keys: (source, order_no) -> the valid order.
    ValidOrders orders;
    orders.reserve(valid.size());
    {
        Statement s;
        if (!s.prepareStreamed(handle, QStringLiteral("SELECT source, order_no, id FROM orders")))
            return failed(s);
        while (s.step()) {
            const qint64 id = s.int64(2);
            const auto it = std::lower_bound(valid.begin(), valid.end(), id,
                                             [](const Valid &v, qint64 key) { return v.id < key; });
            if (it != valid.end() && it->id == id)
                orders.add(s.utf8(0), s.utf8(1), quint32(it->customer), it->paid);
        }
        if (!s.ok())
            return failed(s);
    }
    std::vector<Valid>().swap(valid);
    // 3. The items with a size or a colour, each with its order's customer.
    struct Item // 24 bytes, 2.5 million of them at a million customers
    {
        qint64 paid;
        quint32 customer;
        qint32 pieces;
        qint32 value[2]; // colour, size; -1 none
    };
    ValuePool values;
    std::vector<Item> items;
    {
        Statement s;
        if (!s.prepareStreamed(handle,
                               QStringLiteral("SELECT source, order_no, sku_color, sku_size, COALESCE(quantity, 1) "
                                              "FROM order_items WHERE sku_size IS NOT NULL OR sku_color IS NOT NULL")))
            return failed(s);
        while (s.step()) {
            const ValidOrders::Order *o = orders.find(s.utf8(0), s.utf8(1));
            if (!o)
                continue;
            Item item{o->paid, o->customer, qint32(s.int64(4)), {-1, -1}};
            for (int g = 0; g < 2; ++g)
                if (!s.isNull(2 + g))
                    item.value[g] = values.id(s.utf8(2 + g));
            items.push_back(item);
        }
        if (!s.ok())
            return failed(s);
    }
    orders = ValidOrders();
    std::sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.customer < b.customer; });
    // 4. The winners, per customer in id order, colour before size.
    std::vector<AutoTag> wanted;
    {
        struct Tally
        {
            int value;
            qint64 pieces;
            qint64 latest;
        };
        std::array<std::vector<Tally>, 2> tallies;
        for (size_t from = 0; from < items.size();) {
            const quint32 customer = items[from].customer;
            size_t to = from;
            for (; to < items.size() && items[to].customer == customer; ++to)
                for (int g = 0; g < 2; ++g) {
                    const Item &item = items[to];
                    if (item.value[g] < 0)
                        continue;
                    std::vector<Tally> &t = tallies[size_t(g)];
                    auto it = std::find_if(t.begin(), t.end(),
                                           [&](const Tally &x) { return x.value == item.value[g]; });
                    if (it == t.end())
                        t.push_back(Tally{item.value[g], item.pieces, item.paid});
                    else {
                        it->pieces += item.pieces;
                        it->latest = std::max(it->latest, item.paid);
                    }
                }
            for (int g = 0; g < 2; ++g) {
                std::vector<Tally> &t = tallies[size_t(g)];
                const Tally *best = nullptr;
                for (const Tally &x : t)
                    if (!best || x.pieces > best->pieces
                        || (x.pieces == best->pieces
                            && (x.latest > best->latest
                                || (x.latest == best->latest && values.bytes(x.value) < values.bytes(best->value)))))
                        best = &x;
                if (best)
                    wanted.push_back(AutoTag{customer, g, best->value});
                t.clear();
            }
            from = to;
        }
    }
    std::vector<Item>().swap(items);
    // 5. The automatic tags stored now (other group keys than these two are
    // never derived, so they go).
    const QString groupKeys[] = {QStringLiteral("colour"), QStringLiteral("size")};
    std::vector<AutoTag> stored;
    {
        Statement s;
        if (!s.prepareStreamed(handle,
                               QStringLiteral("SELECT customer_id, group_key, tag_value FROM customer_tags "
                                              "WHERE source = 'auto'")))
            return failed(s);
        std::vector<QByteArray> others;
        while (s.step()) {
            const QByteArrayView group = s.utf8(1);
            int g = group == QByteArrayView("colour") ? 0 : group == QByteArrayView("size") ? 1 : -1;
            if (g < 0) {
                const auto it = std::find_if(others.begin(), others.end(),
                                             [&](const QByteArray &k) { return QByteArrayView(k) == group; });
                g = 2 + int(it - others.begin());
                if (it == others.end())
                    others.push_back(group.toByteArray());
            }
            stored.push_back(AutoTag{s.int64(0), g, values.id(s.utf8(2))});
        }
        if (!s.ok())
            return failed(s);
        std::sort(stored.begin(), stored.end());
        // 6. The differences only: nothing for a customer whose winners
        // did not change.
        std::vector<AutoTag> removed, added;
        auto w = wanted.cbegin();
        auto o = stored.cbegin();
        while (w != wanted.cend() || o != stored.cend()) {
            if (o == stored.cend() || (w != wanted.cend() && *w < *o))
                added.push_back(*w++);
            else if (w == wanted.cend() || *o < *w)
                removed.push_back(*o++);
            else {
                ++w;
                ++o;
            }
        }
        // Many rows per statement: one statement per row costs SQLite a
        // statement journal each (the table has triggers), three times the
        // row's own cost.
        auto groupKey = [&](int g) { return g < 2 ? groupKeys[g] : QString::fromUtf8(others[size_t(g - 2)]); };
        auto writeAll = [&](const std::vector<AutoTag> &tags, const QString &head, const QString &row) {
            constexpr size_t kBatch = 200;
            Statement batch;
            size_t prepared = 0;
            for (size_t from = 0; from < tags.size(); from += kBatch) {
                const size_t n = std::min(kBatch, tags.size() - from);
                if (n != prepared) {
                    QStringList rows;
                    for (size_t i = 0; i < n; ++i)
                        rows << row;
                    if (!batch.prepare(handle, head + rows.join(QLatin1Char(','))))
                        return failed(batch);
                    prepared = n;
                }
                for (size_t i = 0; i < n; ++i) {
                    const AutoTag &tag = tags[from + i];
                    batch.bind(int(3 * i + 1), tag.customer);
                    batch.bind(int(3 * i + 2), groupKey(tag.group));
                    batch.bind(int(3 * i + 3), values.text(tag.value));
                }
                if (!batch.exec())
                    return failed(batch);
            }
            return true;
        };
        // Removals one by one: a row-value IN list is not looked up in the
        // key (SQLite scans the table for it); there are few anyway.
        Statement remove;
        if (!remove.prepare(handle,
                            QStringLiteral("DELETE FROM customer_tags WHERE customer_id = ? AND group_key = ? "
                                           "AND tag_value = ? AND source = 'auto'")))
            return failed(remove);
        for (const AutoTag &tag : removed) {
            remove.bind(1, tag.customer);
            remove.bind(2, groupKey(tag.group));
            remove.bind(3, values.text(tag.value));
            if (!remove.exec())
                return failed(remove);
        }
        if (!writeAll(added,
                      QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) VALUES "),
                      QStringLiteral("(?, ?, ?, 'auto')")))
            return false;
    }
    return true;
}

} // namespace huitou
