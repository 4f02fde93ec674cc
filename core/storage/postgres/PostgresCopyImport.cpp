#include "PostgresCopyImport.h"

#include "../SqlUtil.h"
#include "../sqlite/OrderColumns.h"
#include "PostgresDialect.h"
#include "records/ItemRow.h"
#include "records/OrderRow.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>

namespace huitou {

namespace {

// 0x48554955: one key for the imports into a shop server, so two
// workstations importing at once write one after the other.
constexpr qint64 kImportLock = 1213548885;
// COPY text sent in pieces of about this size.
constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;

const char *const kStageOrders = "huitou_stage_orders";
const char *const kStageItems = "huitou_stage_items";

quint64 hashOf(const QString &a, const QString &b, qint64 c = -1)
{
    quint64 h = 1469598103934665603ULL;
    auto mix = [&h](const QString &s) {
        for (QChar ch : s) {
            h ^= ch.unicode();
            h *= 1099511628211ULL;
        }
        h ^= 0x1F;
        h *= 1099511628211ULL;
    };
    mix(a);
    mix(b);
    if (c >= 0) {
        h ^= quint64(c);
        h *= 1099511628211ULL;
    }
    return h;
}

quint64 hashOf(const QString &key)
{
    return hashOf(key, QString());
}

// One field of COPY's text format: \N for NULL, backslash escapes for the
// separators; a field that is empty is NULL when NULLIFEMPTY (bindOrNull).
void appendField(QByteArray &out, const QString &value, bool nullIfEmpty = true)
{
    if (value.isEmpty()) {
        out += nullIfEmpty ? QByteArrayLiteral("\\N\t") : QByteArrayLiteral("\t");
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\': out += "\\\\"; break;
        case '\t': out += "\\t"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        default: out += c; break;
        }
    }
    out += '\t';
}

void appendField(QByteArray &out, qint64 value)
{
    out += QByteArray::number(value);
    out += '\t';
}

template <typename T>
void appendOptional(QByteArray &out, const std::optional<T> &value)
{
    if (value)
        appendField(out, qint64(*value));
    else
        out += "\\N\t";
}

void endRow(QByteArray &out)
{
    out[out.size() - 1] = '\n';
}

bool isNumber(const QString &column)
{
    static const QStringList numbers = {
        QStringLiteral("seq"),        QStringLiteral("line_no"),  QStringLiteral("paid_fen"),
        QStringLiteral("refund_fen"), QStringLiteral("item_count"), QStringLiteral("is_valid"),
        QStringLiteral("fingerprint"), QStringLiteral("price_fen"), QStringLiteral("quantity")};
    return numbers.contains(column);
}

// The order columns staged besides seq, state and customer_key.
QStringList orderValues()
{
    return columns::order().mid(1); // all but customer_id: the key stands for her
}

QString joined(const QStringList &cols, const QString &prefix = QString())
{
    QStringList out;
    for (const QString &c : cols)
        out << prefix + c;
    return out.join(QStringLiteral(", "));
}

QString definitions(const QStringList &cols)
{
    QStringList out;
    for (const QString &c : cols)
        out << c + (isNumber(c) ? QStringLiteral(" BIGINT") : QStringLiteral(" TEXT"));
    return out.join(QStringLiteral(", "));
}

// json_build_object('last_import_id', t.last_import_id, 'col', t.col, …): the
// previous row as ImportStore::saveRevision writes it.
QString previousRow(const QStringList &cols, const QString &alias)
{
    QStringList parts = {QStringLiteral("'last_import_id', %1.last_import_id").arg(alias)};
    for (const QString &c : cols)
        parts << QStringLiteral("'%1', %2.%1").arg(c, alias);
    return QStringLiteral("json_build_object(%1)::text").arg(parts.join(QStringLiteral(", ")));
}

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL names libpq's type by its struct: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

PostgresCopyImport::PostgresCopyImport(QSqlDatabase db, qint64 importId)
    : m_db(std::move(db))
    , m_importId(importId)
{
}

bool PostgresCopyImport::exec(const QString &statement, QString *error)
{
    QSqlQuery q(m_db);
    if (q.exec(statement))
        return true;
    *error = PostgresDialect::describeError(q.lastError());
    return false;
}

bool PostgresCopyImport::begin(QString *error)
{
    m_orders.clear();
    m_items.clear();
    m_orderRows.clear();
    m_itemRows.clear();
    m_orderRows.reserve(kFlushBytes + 64 * 1024);
    m_seq = 0;
    m_stagedItems = 0;
    m_ordersChanged = m_orderRepeats = m_itemRepeats = false;
    if (!connectionOf(m_db)) {
        *error = QStringLiteral("The PostgreSQL connection has no libpq handle.");
        return false;
    }
    const QStringList orderCols = QStringList{QStringLiteral("seq"), QStringLiteral("state"),
                                              QStringLiteral("customer_key"), QStringLiteral("source"),
                                              QStringLiteral("order_no")}
        + orderValues();
    const QStringList itemCols = QStringList{QStringLiteral("seq"), QStringLiteral("state"), QStringLiteral("source"),
                                             QStringLiteral("order_no"), QStringLiteral("line_no")}
        + columns::item();
    return exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kImportLock), error)
        && exec(QStringLiteral("CREATE TEMP TABLE %1 (%2) ON COMMIT DROP")
                    .arg(QLatin1String(kStageOrders), definitions(orderCols)),
                error)
        && exec(QStringLiteral("CREATE TEMP TABLE %1 (%2) ON COMMIT DROP")
                    .arg(QLatin1String(kStageItems), definitions(itemCols)),
                error)
        && loadStored(error);
}

bool PostgresCopyImport::loadStored(QString *error)
{
    // What the store already holds, read once: (source, order id) → its
    // fingerprint and buyer; (source, order id, line) → its fingerprint.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT o.source, o.order_no, o.fingerprint, c.customer_key FROM orders o "
                               "JOIN customers c ON c.id = o.customer_id"))) {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    }
    while (q.next())
        m_orders.emplace(hashOf(q.value(0).toString(), q.value(1).toString()),
                         Known{q.value(2).toLongLong(), hashOf(q.value(3).toString()), State::Stored});
    if (q.lastError().isValid()) {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    }
    if (!q.exec(QStringLiteral("SELECT source, order_no, line_no, fingerprint FROM order_items"))) {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    }
    while (q.next())
        m_items.emplace(hashOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()),
                        Known{q.value(3).toLongLong(), 0, State::Stored});
    if (q.lastError().isValid()) {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    }
    return true;
}

QString PostgresCopyImport::ownerKey(const OrderRow &o, const Known &known, QString *error)
{
    // Rare (an order id edited by Excel): asked of the server. An order first
    // written by this import has its buyer in the staging table.
    QSqlQuery q(m_db);
    const bool staged = known.state == State::Inserted;
    if (staged && !flush(error))
        return {};
    q.prepare(staged ? QStringLiteral("SELECT customer_key FROM %1 WHERE source = ? AND order_no = ? ORDER BY seq "
                                      "LIMIT 1")
                           .arg(QLatin1String(kStageOrders))
                     : QStringLiteral("SELECT c.customer_key FROM orders o JOIN customers c ON c.id = o.customer_id "
                                      "WHERE o.source = ? AND o.order_no = ?"));
    q.addBindValue(o.source);
    q.addBindValue(o.orderNo);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QStringLiteral("?");
}

PostgresCopyImport::Outcome PostgresCopyImport::upsertOrder(const OrderRow &o, QString *error)
{
    const qint64 fingerprint = o.fingerprint();
    const quint64 owner = hashOf(o.customerKey);
    Outcome outcome = Outcome::Inserted;
    auto [it, isNew] = m_orders.try_emplace(hashOf(o.source, o.orderNo), Known{fingerprint, owner, State::Inserted});
    Known &known = it->second;
    if (!isNew) {
        if (known.owner != owner) {
            // The id belongs to another buyer: never move an order silently.
            const QString key = ownerKey(o, known, error);
            if (key.isEmpty())
                return Outcome::Failed;
            *error = key;
            return Outcome::Conflict;
        }
        m_orderRepeats |= known.state != State::Stored;
        if (known.fingerprint == fingerprint) {
            outcome = Outcome::Unchanged;
        } else {
            outcome = Outcome::Updated;
            known.fingerprint = fingerprint;
            if (known.state == State::Stored)
                known.state = State::Updated;
        }
    }
    m_ordersChanged |= outcome != Outcome::Unchanged;
    // Every row that is not a conflict is staged: an unchanged one still
    // takes part in choosing her contact order.
    QByteArray &out = m_orderRows;
    appendField(out, ++m_seq);
    out += char(known.state);
    out += '\t';
    appendField(out, o.customerKey, false);
    appendField(out, o.source, false);
    appendField(out, o.orderNo, false);
    appendField(out, o.status, false);
    appendField(out, o.createdAt);
    appendField(out, o.paidAt);
    appendField(out, o.paidDay());
    appendField(out, o.paidFen);
    appendField(out, o.refundFen);
    appendOptional(out, o.itemCount);
    appendField(out, qint64(o.valid ? 1 : 0));
    appendField(out, o.receiverName);
    appendField(out, o.phone);
    appendField(out, o.email);
    appendField(out, o.address);
    appendField(out, o.province);
    appendField(out, o.titles);
    appendField(out, fingerprint);
    endRow(out);
    if (out.size() >= kFlushBytes && !flush(error))
        return Outcome::Failed;
    return outcome;
}

PostgresCopyImport::Outcome PostgresCopyImport::upsertItem(const ItemRow &item, int lineNo, QString *error)
{
    const qint64 fingerprint = item.fingerprint();
    auto [it, isNew] =
        m_items.try_emplace(hashOf(item.source, item.orderNo, lineNo), Known{fingerprint, 0, State::Inserted});
    Known &known = it->second;
    Outcome outcome = Outcome::Inserted;
    if (!isNew) {
        // The rules of ImportStore::upsertItem: a line written earlier in this
        // import counts once, as inserted.
        const State before = known.state;
        if (known.fingerprint == fingerprint)
            return before == State::Stored ? Outcome::Unchanged : Outcome::Inserted;
        known.fingerprint = fingerprint;
        m_itemRepeats |= before != State::Stored;
        if (before == State::Stored)
            known.state = State::Updated;
        outcome = before == State::Inserted ? Outcome::Inserted
            : before == State::Updated      ? Outcome::Unchanged
                                            : Outcome::Updated;
    }
    QByteArray &out = m_itemRows;
    appendField(out, ++m_seq);
    out += char(known.state);
    out += '\t';
    appendField(out, item.source, false);
    appendField(out, item.orderNo, false);
    appendField(out, qint64(lineNo));
    appendField(out, item.title);
    appendOptional(out, item.priceFen);
    appendOptional(out, item.quantity);
    appendField(out, item.outerId);
    appendField(out, item.skuText);
    appendField(out, item.color);
    appendField(out, item.size);
    appendField(out, item.attributesJson);
    appendField(out, item.status);
    appendField(out, item.merchantCode);
    appendField(out, fingerprint);
    endRow(out);
    ++m_stagedItems;
    if (out.size() >= kFlushBytes && !flush(error))
        return Outcome::Failed;
    return outcome;
}

bool PostgresCopyImport::flush(QString *error)
{
    return copy("COPY huitou_stage_orders FROM STDIN", m_orderRows, error)
        && copy("COPY huitou_stage_items FROM STDIN", m_itemRows, error);
}

bool PostgresCopyImport::copy(const char *statement, QByteArray &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    PGconn *conn = connectionOf(m_db);
    auto fail = [&](PGresult *result) {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        QString code = state ? QString::fromLatin1(state) : QString();
        if (code.isEmpty() && PQstatus(conn) == CONNECTION_BAD)
            code = QStringLiteral("08006"); // connection failure
        const QString text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        if (result)
            PQclear(result);
        // Drain what is left of the command, so the connection stays usable for the rollback.
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        *error = PostgresDialect::describeError(QSqlError(QString(), text, QSqlError::StatementError, code));
        return false;
    };
    PGresult *result = PQexec(conn, statement);
    if (PQresultStatus(result) != PGRES_COPY_IN)
        return fail(result);
    PQclear(result);
    if (PQputCopyData(conn, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
        return fail(nullptr);
    result = PQgetResult(conn);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return fail(result);
    PQclear(result);
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    rows.clear();
    return true;
}

bool PostgresCopyImport::finish(QString *error)
{
    if (!flush(error))
        return false;
    const QString id = QString::number(m_importId);
    const QStringList values = orderValues();
    QStringList sets;
    for (const QString &c : values)
        sets << QStringLiteral("%1 = f.%1").arg(c);
    QStringList itemSets;
    for (const QString &c : columns::item())
        itemSets << QStringLiteral("%1 = f.%1").arg(c);

    if (m_seq > m_stagedItems) {
        // The last row of each order wins (an order repeated in the file).
        QString final = QLatin1String(kStageOrders);
        if (m_orderRepeats) {
            final = QStringLiteral("huitou_final_orders");
            if (!exec(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT DISTINCT ON (source, order_no) * "
                                     "FROM %2 ORDER BY source, order_no, seq DESC")
                          .arg(final, QLatin1String(kStageOrders)),
                      error))
                return false;
        }
        const QString stage = QLatin1String(kStageOrders);
        // The new customers, numbered in the order the file first names them.
        if (!exec(QStringLiteral("INSERT INTO customers (customer_key, created_import_id) "
                                 "SELECT s.customer_key, %1 FROM (SELECT customer_key, MIN(seq) AS first FROM %2 "
                                 "GROUP BY customer_key) s WHERE NOT EXISTS (SELECT 1 FROM customers c "
                                 "WHERE c.customer_key = s.customer_key) ORDER BY s.first")
                      .arg(id, stage),
                  error))
            return false;
        // The previous state of every order this import changes, then the changes, then the new orders.
        if (!exec(QStringLiteral("INSERT INTO import_revisions (import_id, table_name, row_id, previous_row) "
                                 "SELECT %1, 'orders', o.id, %2 FROM orders o JOIN %3 f ON o.source = f.source "
                                 "AND o.order_no = f.order_no WHERE f.state = 'U' ORDER BY o.id")
                      .arg(id, previousRow(columns::order(), QStringLiteral("o")), final),
                  error)
            || !exec(QStringLiteral("UPDATE orders o SET customer_id = c.id, %1, last_import_id = %2 FROM %3 f "
                                    "JOIN customers c ON c.customer_key = f.customer_key WHERE f.state = 'U' "
                                    "AND o.source = f.source AND o.order_no = f.order_no")
                         .arg(sets.join(QStringLiteral(", ")), id, final),
                     error)
            || !exec(QStringLiteral("INSERT INTO orders (source, order_no, customer_id, %1, first_import_id, "
                                    "last_import_id) SELECT f.source, f.order_no, c.id, %2, %3, %3 FROM %4 f "
                                    "JOIN customers c ON c.customer_key = f.customer_key WHERE f.state = 'I' "
                                    "ORDER BY f.seq")
                         .arg(joined(values), joined(values, QStringLiteral("f.")), id, final),
                     error))
            return false;
        // Her contact order: of her stored one and every row of this file
        // with an address (a phone that is not masked), the latest by
        // payment, else creation time; the later row on a tie, the stored
        // one first (ImportStore::noteContact).
        const QString statement = QStringLiteral(
            "WITH rows AS (SELECT s.customer_key, s.seq, o.id AS order_id, COALESCE(s.paid_at, s.created_at) AS at, "
            "s.address IS NOT NULL AS has_address, s.phone IS NOT NULL AND strpos(s.phone, '*') = 0 AS has_phone "
            "FROM %1 s JOIN orders o ON o.source = s.source AND o.order_no = s.order_no), "
            "stored AS (SELECT c.customer_key, c.contact_order_id, c.contact_at, c.phone_order_id, c.phone_at "
            "FROM customers c WHERE c.customer_key IN (SELECT customer_key FROM %1)), "
            "contact AS (SELECT DISTINCT ON (customer_key) customer_key, order_id, at FROM ("
            "SELECT customer_key, seq, order_id, at FROM rows WHERE has_address UNION ALL "
            "SELECT customer_key, -1, contact_order_id, contact_at FROM stored WHERE contact_order_id IS NOT NULL) a "
            "ORDER BY customer_key, at DESC NULLS LAST, seq DESC), "
            "phone AS (SELECT DISTINCT ON (customer_key) customer_key, order_id, at FROM ("
            "SELECT customer_key, seq, order_id, at FROM rows WHERE has_phone UNION ALL "
            "SELECT customer_key, -1, phone_order_id, phone_at FROM stored WHERE phone_order_id IS NOT NULL) p "
            "ORDER BY customer_key, at DESC NULLS LAST, seq DESC), "
            "best AS (SELECT st.customer_key, ct.order_id AS contact_order_id, ct.at AS contact_at, "
            "ph.order_id AS phone_order_id, ph.at AS phone_at FROM stored st "
            "LEFT JOIN contact ct ON ct.customer_key = st.customer_key "
            "LEFT JOIN phone ph ON ph.customer_key = st.customer_key) "
            "UPDATE customers c SET contact_order_id = b.contact_order_id, contact_at = b.contact_at, "
            "phone_order_id = b.phone_order_id, phone_at = b.phone_at FROM best b WHERE c.customer_key = "
            "b.customer_key AND (c.contact_order_id IS DISTINCT FROM b.contact_order_id OR c.contact_at IS DISTINCT "
            "FROM b.contact_at OR c.phone_order_id IS DISTINCT FROM b.phone_order_id OR c.phone_at IS DISTINCT FROM "
            "b.phone_at)")
                                      .arg(stage);
        if (!exec(statement, error))
            return false;
        // Automatic tags are re-derived for the buyers of new and changed orders.
        if (!exec(QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) SELECT DISTINCT c.id FROM %1 s "
                                 "JOIN customers c ON c.customer_key = s.customer_key WHERE s.state <> 'S' "
                                 "ON CONFLICT (customer_id) DO NOTHING")
                      .arg(stage),
                  error))
            return false;
    }
    if (m_stagedItems > 0) {
        QString final = QLatin1String(kStageItems);
        if (m_itemRepeats) {
            final = QStringLiteral("huitou_final_items");
            if (!exec(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT DISTINCT ON (source, order_no, "
                                     "line_no) * FROM %2 ORDER BY source, order_no, line_no, seq DESC")
                          .arg(final, QLatin1String(kStageItems)),
                      error))
                return false;
        }
        const QStringList &cols = columns::item();
        if (!exec(QStringLiteral("INSERT INTO import_revisions (import_id, table_name, row_id, previous_row) "
                                 "SELECT %1, 'order_items', i.id, %2 FROM order_items i JOIN %3 f ON i.source = "
                                 "f.source AND i.order_no = f.order_no AND i.line_no = f.line_no WHERE f.state = 'U' "
                                 "ORDER BY i.id")
                      .arg(id, previousRow(cols, QStringLiteral("i")), final),
                  error)
            || !exec(QStringLiteral("UPDATE order_items i SET %1, last_import_id = %2 FROM %3 f WHERE f.state = 'U' "
                                    "AND i.source = f.source AND i.order_no = f.order_no AND i.line_no = f.line_no")
                         .arg(itemSets.join(QStringLiteral(", ")), id, final),
                     error)
            || !exec(QStringLiteral("INSERT INTO order_items (source, order_no, line_no, %1, first_import_id, "
                                    "last_import_id) SELECT f.source, f.order_no, f.line_no, %2, %3, %3 FROM %4 f "
                                    "WHERE f.state = 'I' ORDER BY f.seq")
                         .arg(joined(cols), joined(cols, QStringLiteral("f.")), id, final),
                     error))
            return false;
    }
    m_orders.clear();
    m_items.clear();
    return true;
}

} // namespace huitou
