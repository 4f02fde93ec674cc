#include "AnalyticsStore.h"

#include "SqlUtil.h"
#include "Statement.h"
#include "Transaction.h"
#include "postgres/PostgresCopyWriter.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

#include <QHash>

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>
#include <deque>
#include <string_view>
#include <thread>
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

namespace {

// The valid orders paid in one stretch of days, as one thread read them:
// provinces are interned per stretch and mapped to the shop's list after.
struct FactChunk
{
    QString after, upTo; // paid_day in (after, upTo]; an empty AFTER has no lower bound
    std::vector<OrderFact> facts;
    std::vector<QByteArray> provinces; // local index -> name
    std::vector<std::pair<qint64, size_t>> withoutCount; // order id, local fact index
    bool ok = true;
    QString error;
};

void readChunk(const QSqlDatabase &db, FactChunk *chunk)
{
    Statement s;
    // Reads only the covering index orders_valid_facts (the rowid comes free),
    // in its order: the chunks together give the order of one whole read. On a
    // server (one chunk) the rows stream in as they are read.
    const QString range = chunk->after.isEmpty() ? QStringLiteral("o.paid_day <= ?")
                                                 : QStringLiteral("o.paid_day > ? AND o.paid_day <= ?");
    if (!s.prepareStreamed(db,
                           QStringLiteral("SELECT o.customer_id, o.paid_at, o.paid_fen - o.refund_fen, o.item_count, "
                                          "o.province, o.id FROM orders o WHERE o.is_valid = 1 AND ")
                               + range)) {
        chunk->ok = false;
        chunk->error = s.errorString();
        return;
    }
    if (chunk->after.isEmpty()) {
        s.bind(1, chunk->upTo);
    } else {
        s.bind(1, chunk->after);
        s.bind(2, chunk->upTo);
    }
    // Province names interned without allocating per order: the map's views
    // point into PROVINCEBYTES, whose strings never move (std::deque).
    std::deque<QByteArray> provinceBytes;
    std::unordered_map<std::string_view, qint16> provinceIndex;
    while (s.step()) {
        OrderFact f;
        f.customerId = s.int64(0);
        if (!splitTime(s.utf8(1), &f.day, &f.seconds))
            continue;
        f.netFen = s.int64(2);
        f.items = s.isNull(3) ? -1 : qint32(s.int64(3));
        if (f.items < 0)
            chunk->withoutCount.emplace_back(s.int64(5), chunk->facts.size());
        const QByteArrayView province = s.utf8(4);
        if (!province.isEmpty()) {
            const std::string_view key(province.data(), size_t(province.size()));
            auto it = provinceIndex.find(key);
            if (it == provinceIndex.end()) {
                const QByteArray &stored = provinceBytes.emplace_back(province.toByteArray());
                it = provinceIndex
                         .emplace(std::string_view(stored.constData(), size_t(stored.size())),
                                  qint16(chunk->provinces.size()))
                         .first;
                chunk->provinces.push_back(stored);
            }
            f.province = it->second;
        }
        chunk->facts.push_back(f);
    }
    if (!s.ok()) {
        chunk->ok = false;
        chunk->error = s.errorString();
    }
}

} // namespace

bool AnalyticsStore::loadOrderFacts(const QDate &asOf, std::vector<OrderFact> *facts, QStringList *provinces,
                                    QString *error) const
{
    const QString upTo = asOf.toString(Qt::ISODate);
    // The days are read in stretches of a month. On an SQLite file a second
    // thread with its own connection takes every other free stretch: the
    // read is most of a report's time, and it divides. The stretches are
    // put together in day order, so the facts are exactly those of one read
    // whoever read them. A server (or an in-memory store) reads in one go.
    std::deque<FactChunk> chunks;
    const QString path = m_db.databaseName();
    const bool parallel = m_db.driverName() == QLatin1String("QSQLITE") && !path.isEmpty()
        && path != QLatin1String(":memory:") && !path.startsWith(QLatin1String("file:"))
        && std::thread::hardware_concurrency() >= 2;
    if (parallel) {
        QSqlQuery q(m_db);
        if (q.exec(QStringLiteral("SELECT MIN(paid_day) FROM orders WHERE is_valid = 1")) && q.next()) {
            const QDate first = QDate::fromString(q.value(0).toString(), Qt::ISODate);
            QString after;
            for (QDate d = first.isValid() ? QDate(first.year(), first.month(), 1).addMonths(1).addDays(-1) : asOf;
                 d < asOf; d = QDate(d.year(), d.month(), 1).addMonths(2).addDays(-1)) {
                FactChunk &c = chunks.emplace_back();
                c.after = after;
                c.upTo = d.toString(Qt::ISODate);
                after = c.upTo;
            }
            FactChunk &last = chunks.emplace_back();
            last.after = after;
            last.upTo = upTo;
        }
    }
    const qint64 versionBefore = parallel ? SqliteDialect::dataVersion(m_db) : -1;
    bool readInParallel = false;
    if (chunks.size() >= 2) {
        std::atomic<size_t> next{0};
        const auto work = [&chunks, &next](const QSqlDatabase &db) {
            for (size_t i = next++; i < chunks.size(); i = next++)
                readChunk(db, &chunks[i]);
        };
        const QString name = QStringLiteral("facts-%1").arg(quintptr(this));
        std::thread other([&] {
            QString openError;
            if (!SqliteDialect::open(path, name, &openError))
                return; // the main thread reads every stretch
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                work(db);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        });
        work(m_db);
        other.join();
        // Another workstation committed during the read: the two connections
        // may have seen two states of the store. Read again, in one go.
        readInParallel = SqliteDialect::dataVersion(m_db) == versionBefore;
    }
    if (!readInParallel) {
        chunks.clear();
        FactChunk &all = chunks.emplace_back();
        all.upTo = upTo;
        readChunk(m_db, &all);
    }
    facts->clear();
    size_t total = 0;
    for (const FactChunk &c : chunks) {
        if (!c.ok) {
            *error = c.error;
            return false;
        }
        total += c.facts.size();
    }
    facts->reserve(total);
    QHash<QByteArray, qint16> provinceIds;
    QHash<qint64, size_t> withoutCount; // order id -> fact, for orders without 宝贝总数量
    for (FactChunk &c : chunks) {
        std::vector<qint16> global(c.provinces.size());
        for (size_t i = 0; i < c.provinces.size(); ++i) {
            auto it = provinceIds.constFind(c.provinces[i]);
            if (it == provinceIds.constEnd()) {
                it = provinceIds.insert(c.provinces[i], qint16(provinces->size()));
                provinces->append(QString::fromUtf8(c.provinces[i]));
            }
            global[i] = it.value();
        }
        const size_t offset = facts->size();
        for (const auto &[id, index] : c.withoutCount)
            withoutCount.insert(id, offset + index);
        for (OrderFact &f : c.facts) {
            if (f.province >= 0)
                f.province = global[size_t(f.province)];
            facts->push_back(f);
        }
        c.facts = {};
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
    items.bind(1, upTo);
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

namespace {

const char *const kFigureColumns = "customer_id, frequency, monetary_fen, valid_orders, first_day, last_day, recency, "
                                   "stage, customer_type, tier, rfm_segment, r_score, f_score, m_score, p_alive, "
                                   "expected_90";

// Day texts of the figures: a store has a few thousand distinct days, not a
// string per row.
class DayTexts
{
public:
    const QString &text(qint32 day)
    {
        auto it = m_texts.constFind(day);
        if (it == m_texts.constEnd())
            it = m_texts.insert(day, QDate::fromJulianDay(day).toString(Qt::ISODate));
        return *it;
    }
    const QByteArray &utf8(qint32 day)
    {
        auto it = m_utf8.constFind(day);
        if (it == m_utf8.constEnd())
            it = m_utf8.insert(day, text(day).toUtf8());
        return *it;
    }

private:
    QHash<qint32, QString> m_texts;
    QHash<qint32, QByteArray> m_utf8;
};

// Binds every column of kFigureColumns from FIRST on.
void bindFigures(Statement &s, int first, const CustomerFigures &m, DayTexts &days)
{
    s.bind(first, m.customerId);
    s.bind(first + 1, qint64(m.frequency));
    s.bind(first + 2, m.monetaryFen);
    s.bind(first + 3, qint64(m.validOrders));
    s.bind(first + 4, days.text(m.firstDay));
    s.bind(first + 5, days.text(m.lastDay));
    s.bind(first + 6, qint64(m.recency));
    s.bind(first + 7, stageKey(m.stage));
    s.bind(first + 8, customerTypeKey(m.type()));
    s.bind(first + 9, tierKey(m.tier));
    s.bind(first + 10, segmentKey(m.segment));
    s.bind(first + 11, qint64(m.rScore));
    s.bind(first + 12, qint64(m.fScore));
    s.bind(first + 13, qint64(m.mScore));
    if (m.pAlive)
        s.bind(first + 14, *m.pAlive);
    else
        s.bindNull(first + 14);
    s.bind(first + 15, m.expected90);
}

// A stored row as it is, to compare with the new figures without parsing.
struct StoredFigures
{
    qint64 customerId = 0, frequency = 0, monetaryFen = 0, validOrders = 0, recency = 0;
    qint64 rScore = 0, fScore = 0, mScore = 0;
    QByteArray firstDay, lastDay, stage, type, tier, segment;
    std::optional<double> pAlive;
    double expected90 = 0;
};

} // namespace

bool AnalyticsStore::loadPurchaseSpans(const QDate &asOf, std::vector<PurchaseSpan> *spans, QString *error) const
{
    spans->clear();
    // The covering index orders_valid_facts in day order: a customer's next
    // row is a new purchase day unless it is her last one again. The day is
    // paid_at's first ten characters, as loadOrderFacts reads it (an order
    // whose paid_at is shorter is left out there, and here).
    Statement s;
    if (!s.prepareStreamed(m_db,
                           QStringLiteral("SELECT o.customer_id, o.paid_day FROM orders o "
                                          "WHERE o.is_valid = 1 AND o.paid_day <= ? ORDER BY o.paid_day"))) {
        *error = s.errorString();
        return false;
    }
    s.bind(1, asOf.toString(Qt::ISODate));
    // Customer ids are dense (rowids): one slot per id, grown as they come;
    // sparse ids (a store edited by hand) fall back to a hash.
    std::vector<PurchaseSpan> byId;
    std::unordered_map<qint64, PurchaseSpan> sparse;
    constexpr qint64 kDenseLimit = qint64(1) << 26;
    while (s.step()) {
        qint32 day = 0, seconds = 0;
        if (!splitTime(s.utf8(1), &day, &seconds))
            continue;
        const qint64 id = s.int64(0);
        PurchaseSpan *span = nullptr;
        if (id >= 0 && id < kDenseLimit) {
            if (size_t(id) >= byId.size())
                byId.resize(std::max(size_t(id) + 1, byId.size() * 3 / 2));
            span = &byId[size_t(id)];
        } else {
            span = &sparse[id];
        }
        if (span->frequency == 0) {
            span->customerId = id;
            span->firstDay = day;
        }
        if (span->frequency == 0 || span->lastDay != day) {
            span->lastDay = day;
            ++span->frequency;
        }
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    size_t n = sparse.size();
    for (const PurchaseSpan &span : byId)
        n += span.frequency > 0 ? 1 : 0;
    spans->reserve(n);
    for (const PurchaseSpan &span : byId) {
        if (span.frequency > 0)
            spans->push_back(span);
    }
    if (!sparse.empty()) {
        for (const auto &entry : sparse)
            spans->push_back(entry.second);
        std::sort(spans->begin(), spans->end(),
                  [](const PurchaseSpan &a, const PurchaseSpan &b) { return a.customerId < b.customerId; });
    }
    return true;
}

bool AnalyticsStore::replaceCustomerMetrics(const QDate &asOf, const std::function<bool(CustomerFigures *)> &next,
                                            QString *error)
{
    Transaction tx(m_db, Transaction::kLongWaitSeconds);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer_metrics)"), {}, error) || !q.next())
        return false;
    const bool stored = q.value(0).toBool();
    q.finish();
    // Rows already stored are compared and only what changed is written (a
    // recompute the same day writes nothing; the next day rewrites recency
    // and the predictions, which no index holds). An empty table is filled
    // in bulk.
    const bool ok = stored ? updateCustomerMetrics(next, error) : fillCustomerMetrics(next, error);
    if (!ok)
        return false;
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

bool AnalyticsStore::fillCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error)
{
    if (PostgresDialect::is(m_db))
        return copyCustomerMetrics(next, error);
    QSqlQuery q(m_db);
    // Every row is new: maintaining the secondary indexes row by row cost
    // three times the rows themselves. They are dropped and built again
    // from the rows at the end, in the same transaction, exactly as the
    // schema defines them.
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
    Statement insert;
    if (!insert.prepare(m_db,
                        QStringLiteral("INSERT INTO customer_metrics (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                       "?, ?, ?, ?, ?, ?)")
                            .arg(QLatin1String(kFigureColumns)))) {
        *error = insert.errorString();
        return false;
    }
    DayTexts days;
    CustomerFigures m;
    while (next(&m)) {
        bindFigures(insert, 1, m, days);
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
    return true;
}

bool AnalyticsStore::copyCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error)
{
    // On a server every row is new here too: COPY, a few megabytes a round
    // trip instead of one round trip per customer (a million at 1M orders).
    // The same values as bindFigures binds.
    PostgresCopyWriter rows(m_db,
                            QByteArrayLiteral("COPY customer_metrics (") + kFigureColumns
                                + QByteArrayLiteral(") FROM STDIN"));
    DayTexts days;
    CustomerFigures m;
    while (next(&m)) {
        rows.field(m.customerId);
        rows.field(qint64(m.frequency));
        rows.field(m.monetaryFen);
        rows.field(qint64(m.validOrders));
        rows.field(days.utf8(m.firstDay));
        rows.field(days.utf8(m.lastDay));
        rows.field(qint64(m.recency));
        rows.field(stageKey(m.stage).toUtf8());
        rows.field(customerTypeKey(m.type()).toUtf8());
        rows.field(tierKey(m.tier).toUtf8());
        rows.field(segmentKey(m.segment).toUtf8());
        rows.field(qint64(m.rScore));
        rows.field(qint64(m.fScore));
        rows.field(qint64(m.mScore));
        if (m.pAlive)
            rows.field(*m.pAlive);
        else
            rows.null();
        rows.field(m.expected90);
        if (!rows.endRow(error))
            return false;
    }
    return rows.finish(error);
}

bool AnalyticsStore::updateCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error)
{
    Statement read, insert, update, updateUnindexed, remove;
    const QSqlDatabase &handle = m_db;
    const struct
    {
        Statement *statement;
        QString text;
    } statements[] = {
        {&read,
         QStringLiteral("SELECT %1 FROM customer_metrics WHERE customer_id > ? ORDER BY customer_id LIMIT 8192")
             .arg(QLatin1String(kFigureColumns))},
        {&insert,
         QStringLiteral("INSERT INTO customer_metrics (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        "?, ?)")
             .arg(QLatin1String(kFigureColumns))},
        {&update,
         QStringLiteral("UPDATE customer_metrics SET customer_id = ?, frequency = ?, monetary_fen = ?, "
                        "valid_orders = ?, first_day = ?, last_day = ?, recency = ?, stage = ?, "
                        "customer_type = ?, tier = ?, rfm_segment = ?, r_score = ?, f_score = ?, m_score = ?, "
                        "p_alive = ?, expected_90 = ? WHERE customer_id = ?")},
        // Only columns no index holds: SQLite then leaves every index alone.
        {&updateUnindexed,
         QStringLiteral("UPDATE customer_metrics SET monetary_fen = ?, valid_orders = ?, "
                        "recency = ?, r_score = ?, f_score = ?, m_score = ?, p_alive = ?, "
                        "expected_90 = ? WHERE customer_id = ?")},
        {&remove, QStringLiteral("DELETE FROM customer_metrics WHERE customer_id = ?")},
    };
    for (const auto &s : statements) {
        if (!s.statement->prepare(handle, s.text)) {
            *error = s.statement->errorString();
            return false;
        }
    }
    // The stored rows are read a batch at a time (no read is open while
    // writing) and walked beside the new figures, both in customer order.
    std::vector<StoredFigures> batch;
    size_t at = 0;
    qint64 lastRead = 0;
    bool exhausted = false;
    const auto peek = [&]() -> const StoredFigures * {
        if (at == batch.size() && !exhausted) {
            batch.clear();
            at = 0;
            read.bind(1, lastRead);
            while (read.step()) {
                StoredFigures &f = batch.emplace_back();
                f.customerId = read.int64(0);
                f.frequency = read.int64(1);
                f.monetaryFen = read.int64(2);
                f.validOrders = read.int64(3);
                f.firstDay = read.utf8(4).toByteArray();
                f.lastDay = read.utf8(5).toByteArray();
                f.recency = read.int64(6);
                f.stage = read.utf8(7).toByteArray();
                f.type = read.utf8(8).toByteArray();
                f.tier = read.utf8(9).toByteArray();
                f.segment = read.utf8(10).toByteArray();
                f.rScore = read.int64(11);
                f.fScore = read.int64(12);
                f.mScore = read.int64(13);
                if (!read.isNull(14))
                    f.pAlive = read.real(14);
                f.expected90 = read.real(15);
            }
            const bool readOk = read.ok();
            read.reset();
            if (!readOk)
                return nullptr;
            exhausted = batch.size() < 8192;
            if (!batch.empty())
                lastRead = batch.back().customerId;
        }
        return at < batch.size() ? &batch[at] : nullptr;
    };
    const auto drop = [&](qint64 id) {
        remove.bind(1, id);
        if (remove.exec())
            return true;
        *error = remove.errorString();
        return false;
    };
    // UTF-8 keys of every value, to compare with the stored text as it is.
    const auto keys = [](const auto &values, auto key) {
        QHash<int, QByteArray> out;
        for (auto v : values)
            out.insert(int(v), key(v).toUtf8());
        return out;
    };
    const QHash<int, QByteArray> stageKeys = keys(allStages(), stageKey);
    const QHash<int, QByteArray> typeKeys = keys(allCustomerTypes(), customerTypeKey);
    const QHash<int, QByteArray> tierKeys = keys(allTiers(), tierKey);
    const QHash<int, QByteArray> segmentKeys = keys(allSegments(), segmentKey);
    DayTexts days;
    CustomerFigures m;
    qint64 previous = 0;
    while (next(&m)) {
        if (m.customerId <= previous) {
            *error = QStringLiteral("customer figures out of order (%1 after %2)").arg(m.customerId).arg(previous);
            return false;
        }
        previous = m.customerId;
        const StoredFigures *old = peek();
        while (old && old->customerId < m.customerId) { // no longer a customer with figures
            if (!drop(old->customerId))
                return false;
            ++at;
            old = peek();
        }
        if (!read.ok()) {
            *error = read.errorString();
            return false;
        }
        if (!old || old->customerId != m.customerId) {
            bindFigures(insert, 1, m, days);
            if (!insert.exec()) {
                *error = insert.errorString();
                return false;
            }
            continue;
        }
        ++at;
        const bool indexedSame = old->frequency == m.frequency && old->firstDay == days.utf8(m.firstDay)
            && old->lastDay == days.utf8(m.lastDay) && old->stage == stageKeys.value(int(m.stage))
            && old->type == typeKeys.value(int(m.type())) && old->tier == tierKeys.value(int(m.tier))
            && old->segment == segmentKeys.value(int(m.segment));
        const bool restSame = old->monetaryFen == m.monetaryFen && old->validOrders == m.validOrders
            && old->recency == m.recency && old->rScore == m.rScore && old->fScore == m.fScore
            && old->mScore == m.mScore && old->pAlive == m.pAlive && old->expected90 == m.expected90;
        if (indexedSame && restSame)
            continue;
        Statement &s = indexedSame ? updateUnindexed : update;
        if (indexedSame) {
            s.bind(1, m.monetaryFen);
            s.bind(2, qint64(m.validOrders));
            s.bind(3, qint64(m.recency));
            s.bind(4, qint64(m.rScore));
            s.bind(5, qint64(m.fScore));
            s.bind(6, qint64(m.mScore));
            if (m.pAlive)
                s.bind(7, *m.pAlive);
            else
                s.bindNull(7);
            s.bind(8, m.expected90);
            s.bind(9, m.customerId);
        } else {
            bindFigures(s, 1, m, days);
            s.bind(17, m.customerId);
        }
        if (!s.exec()) {
            *error = s.errorString();
            return false;
        }
    }
    for (const StoredFigures *old = peek(); old; old = peek()) {
        if (!drop(old->customerId))
            return false;
        ++at;
    }
    if (!read.ok()) {
        *error = read.errorString();
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
