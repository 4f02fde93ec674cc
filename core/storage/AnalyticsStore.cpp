#include "AnalyticsStore.h"

#include "SqlUtil.h"
#include "Statement.h"
#include "Transaction.h"
#include "sqlite/SqliteDialect.h"

#include <QHash>

#include <QSqlError>
#include <QSqlQuery>
#include <deque>
#include <string_view>
#include <unordered_map>

namespace huitou {

namespace {

// "yyyy-MM-dd HH:mm:ss" to (Julian day, seconds); the text is ours, written
// by the importer, so its shape is known. Read as bytes: no allocation.
bool splitTime(QByteArrayView t, qint32 *day, qint32 *seconds)
{
    if (t.size() < 10)
        return false;
    auto num = [&t](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + (t[i] - '0');
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
    Statement s;
    // Reads only the covering index orders_valid_facts (the rowid comes free).
    if (!s.prepare(m_db,
                   QStringLiteral(
                       "SELECT o.customer_id, o.paid_at, o.paid_fen - o.refund_fen, o.item_count, o.province, "
                       "o.id FROM orders o WHERE o.is_valid = 1 AND o.paid_day <= ?"))) {
        *error = s.errorString();
        return false;
    }
    s.bind(1, asOf.toString(Qt::ISODate));
    QHash<qint64, size_t> withoutCount; // order id -> fact, for orders without 宝贝总数量
    // Province names interned without allocating per order: the map's views
    // point into PROVINCEBYTES, whose strings never move (std::deque).
    std::deque<QByteArray> provinceBytes;
    std::unordered_map<std::string_view, qint16> provinceIndex;
    facts->clear();
    facts->reserve(1 << 20);
    while (s.step()) {
        OrderFact f;
        f.customerId = s.int64(0);
        if (!splitTime(s.utf8(1), &f.day, &f.seconds))
            continue;
        f.netFen = s.int64(2);
        f.items = s.isNull(3) ? -1 : qint32(s.int64(3));
        if (f.items < 0)
            withoutCount.insert(s.int64(5), facts->size());
        const QByteArrayView province = s.utf8(4);
        if (!province.isEmpty()) {
            const std::string_view key(province.data(), size_t(province.size()));
            auto it = provinceIndex.find(key);
            if (it == provinceIndex.end()) {
                const QByteArray &stored = provinceBytes.emplace_back(province.toByteArray());
                it = provinceIndex
                         .emplace(std::string_view(stored.constData(), size_t(stored.size())),
                                  qint16(provinces->size()))
                         .first;
                provinces->append(QString::fromUtf8(province));
            }
            f.province = it->second;
        }
        facts->push_back(f);
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    if (withoutCount.isEmpty())
        return true;
    // Items of orders without 宝贝总数量: the sum of their item-report lines.
    Statement items;
    if (!items.prepare(m_db,
                       QStringLiteral("SELECT o.id, SUM(i.quantity) FROM orders o JOIN order_items i "
                                      "ON i.source = o.source AND i.order_no = o.order_no "
                                      "WHERE o.is_valid = 1 AND o.paid_day <= ? AND o.item_count IS NULL "
                                      "GROUP BY o.id"))) {
        *error = items.errorString();
        return false;
    }
    items.bind(1, asOf.toString(Qt::ISODate));
    while (items.step()) {
        const auto it = withoutCount.constFind(items.int64(0));
        if (it != withoutCount.constEnd() && !items.isNull(1))
            (*facts)[it.value()].items = qint32(items.int64(1));
    }
    if (!items.ok()) {
        *error = items.errorString();
        return false;
    }
    return true;
}

bool AnalyticsStore::replaceCustomerMetrics(const QDate &asOf, const std::function<bool(CustomerFigures *)> &next,
                                            QString *error)
{
    Transaction tx(m_db, Transaction::kLongWaitSeconds);
    QSqlQuery q(m_db);
    // Every row is replaced: maintaining the secondary indexes row by row
    // (on the delete and again on the insert) cost three times the rows
    // themselves. They are dropped and built again from the rows at the end,
    // in the same transaction, exactly as the schema defines them.
    QStringList indexNames, indexStatements;
    // (On PostgreSQL the rows are written as they are: the server's bulk path is a later step.)
    if (m_db.driverName() == QLatin1String("QSQLITE")
        && !SqliteDialect::indexDefinitions(m_db, QStringLiteral("customer_metrics"), &indexNames, &indexStatements,
                                            error))
        return false;
    for (const QString &name : std::as_const(indexNames)) {
        if (!sql::exec(q, QStringLiteral("DROP INDEX %1").arg(name), {}, error))
            return false;
    }
    if (!sql::exec(q, QStringLiteral("DELETE FROM customer_metrics"), {}, error))
        return false;
    Statement insert;
    if (!insert.prepare(m_db,
                        QStringLiteral("INSERT INTO customer_metrics (customer_id, frequency, monetary_fen, "
                                       "valid_orders, first_day, last_day, recency, stage, customer_type, tier, "
                                       "rfm_segment, r_score, f_score, m_score, p_alive, expected_90) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))) {
        *error = insert.errorString();
        return false;
    }
    CustomerFigures m;
    while (next(&m)) {
        insert.bind(1, m.customerId);
        insert.bind(2, qint64(m.frequency));
        insert.bind(3, m.monetaryFen);
        insert.bind(4, qint64(m.validOrders));
        insert.bind(5, QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate));
        insert.bind(6, QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate));
        insert.bind(7, qint64(m.recency));
        insert.bind(8, stageKey(m.stage));
        insert.bind(9, customerTypeKey(m.type()));
        insert.bind(10, tierKey(m.tier));
        insert.bind(11, segmentKey(m.segment));
        insert.bind(12, qint64(m.rScore));
        insert.bind(13, qint64(m.fScore));
        insert.bind(14, qint64(m.mScore));
        if (m.pAlive)
            insert.bind(15, *m.pAlive);
        else
            insert.bindNull(15);
        insert.bind(16, m.expected90);
        if (!insert.exec()) {
            *error = insert.errorString();
            return false;
        }
    }
    insert.finalize();
    for (const QString &statement : std::as_const(indexStatements)) {
        if (!sql::exec(q, statement, {}, error))
            return false;
    }
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

QString AnalyticsStore::figureColumns()
{
    return QStringLiteral("m.frequency, m.monetary_fen, m.valid_orders, m.first_day, m.last_day, m.recency, m.stage, "
                          "m.customer_type, m.tier, m.rfm_segment, m.r_score, m.f_score, m.m_score, m.p_alive, "
                          "m.expected_90");
}

void AnalyticsStore::readFigures(const QSqlQuery &q, int i, CustomerFigures *f)
{
    f->frequency = q.value(i).toInt();
    f->monetaryFen = q.value(i + 1).toLongLong();
    f->validOrders = q.value(i + 2).toInt();
    f->firstDay = qint32(QDate::fromString(q.value(i + 3).toString(), Qt::ISODate).toJulianDay());
    f->lastDay = qint32(QDate::fromString(q.value(i + 4).toString(), Qt::ISODate).toJulianDay());
    f->recency = q.value(i + 5).toInt();
    f->stage = parseStage(q.value(i + 6).toString()).value_or(Stage::Active);
    f->returning = parseCustomerType(q.value(i + 7).toString()) == CustomerType::Returning;
    f->tier = parseTier(q.value(i + 8).toString()).value_or(Tier::Regular);
    f->segment = parseSegment(q.value(i + 9).toString()).value_or(RfmSegment::GeneralWinback);
    f->rScore = q.value(i + 10).toInt();
    f->fScore = q.value(i + 11).toInt();
    f->mScore = q.value(i + 12).toInt();
    f->pAlive = q.value(i + 13).isNull() ? std::nullopt : std::optional<double>(q.value(i + 13).toDouble());
    f->expected90 = q.value(i + 14).toDouble();
}

QDate AnalyticsStore::metricsAsOf() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM settings WHERE key = 'metrics_as_of'")) && q.next())
        return QDate::fromString(q.value(0).toString(), Qt::ISODate);
    return {};
}

} // namespace huitou
