#include "AnalyticsStore.h"

#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "Transaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace huitou {

namespace {

// "yyyy-MM-dd HH:mm:ss" to (Julian day, seconds); the text is ours, written
// by the importer, so its shape is known.
bool splitTime(const QString &t, qint32 *day, qint32 *seconds)
{
    if (t.size() < 10)
        return false;
    auto num = [&t](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + (t[i].unicode() - '0');
        return v;
    };
    *day = qint32(QDate(num(0, 4), num(5, 2), num(8, 2)).toJulianDay());
    *seconds = t.size() >= 19 ? num(11, 2) * 3600 + num(14, 2) * 60 + num(17, 2) : 0;
    return true;
}

} // namespace

AnalyticsStore::AnalyticsStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AnalyticsStore::loadOrderFacts(const QDate &asOf, std::vector<OrderFact> *facts, QStringList *provinces,
                                    QString *error) const
{
    SqliteStatement s;
    // Items: 宝贝总数量, else the sum of the item-report lines (evaluated only
    // when the order has no count of its own).
    if (!s.prepare(SqliteStatement::handle(m_db),
                   QStringLiteral("SELECT o.customer_id, o.paid_at, o.paid_fen - o.refund_fen, "
                                  "COALESCE(o.item_count, (SELECT SUM(i.quantity) FROM order_items i "
                                  "WHERE i.source = o.source AND i.order_no = o.order_no)), o.province "
                                  "FROM orders o WHERE o.is_valid = 1 AND o.paid_day <= ?"))) {
        *error = s.errorString();
        return false;
    }
    s.bind(1, asOf.toString(Qt::ISODate));
    QHash<QString, qint16> provinceIndex;
    facts->clear();
    while (s.step()) {
        OrderFact f;
        f.customerId = s.int64(0);
        if (!splitTime(s.text(1), &f.day, &f.seconds))
            continue;
        f.netFen = s.int64(2);
        f.items = s.isNull(3) ? -1 : qint32(s.int64(3));
        if (!s.isNull(4)) {
            const QString name = s.text(4);
            auto it = provinceIndex.find(name);
            if (it == provinceIndex.end()) {
                it = provinceIndex.insert(name, qint16(provinces->size()));
                provinces->append(name);
            }
            f.province = it.value();
        }
        facts->push_back(f);
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    return true;
}

bool AnalyticsStore::replaceCustomerMetrics(const QDate &asOf, const std::vector<StoredCustomerMetrics> &rows,
                                            QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("DELETE FROM customer_metrics"), {}, error))
        return false;
    SqliteStatement insert;
    if (!insert.prepare(SqliteStatement::handle(m_db),
                        QStringLiteral("INSERT INTO customer_metrics (customer_id, frequency, monetary_fen, "
                                       "valid_orders, first_day, last_day, recency, stage, customer_type, tier, "
                                       "rfm_segment, r_score, f_score, m_score, p_alive, expected_90) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = insert.errorString();
        return false;
    }
    for (const StoredCustomerMetrics &m : rows) {
        insert.bind(1, m.customerId);
        insert.bind(2, qint64(m.frequency));
        insert.bind(3, m.monetaryFen);
        insert.bind(4, qint64(m.validOrders));
        insert.bind(5, QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate));
        insert.bind(6, QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate));
        insert.bind(7, qint64(m.recency));
        insert.bind(8, m.stage);
        insert.bind(9, m.type);
        insert.bind(10, m.tier);
        insert.bind(11, m.segment);
        insert.bind(12, qint64(m.rScore));
        insert.bind(13, qint64(m.fScore));
        insert.bind(14, qint64(m.mScore));
        if (m.pAlive < 0)
            insert.bindNull(15);
        else
            insert.bind(15, m.pAlive);
        insert.bind(16, m.expected90);
        if (!insert.exec()) {
            *error = insert.errorString();
            return false;
        }
    }
    insert.finalize();
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO settings (key, value) VALUES ('metrics_as_of', ?) "
                                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                   {asOf.toString(Qt::ISODate)}, error))
        return false;
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

QDate AnalyticsStore::metricsAsOf() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'metrics_as_of'")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

} // namespace huitou
