#include "PostgresCopyImport.h"

#include "../PackedTime.h"
#include "../SqlUtil.h"
#include "../sqlite/OrderColumns.h"
#include "PostgresCopyWriter.h"
#include "PostgresDialect.h"
#include "records/ItemRow.h"
#include "records/OrderRow.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>


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

// An order row id, NULL for none.
void appendId(QByteArray &out, qint64 id)
{
    if (id)
        appendField(out, id);
    else
        out += "\\N\t";
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
    static const QStringList numbers = {QStringLiteral("seq"),         QStringLiteral("id"),
                                        QStringLiteral("customer_id"), QStringLiteral("line_no"),
                                        QStringLiteral("paid_fen"),    QStringLiteral("refund_fen"),
                                        QStringLiteral("item_count"),  QStringLiteral("is_valid"),
                                        QStringLiteral("fingerprint"), QStringLiteral("price_fen"),
                                        QStringLiteral("quantity")};
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
    m_customers.clear();
    m_orderIds.clear();
    m_customerIds.clear();
    m_updatedOrders.clear();
    m_orderRows.clear();
    m_itemRows.clear();
    m_orderRows.reserve(kFlushBytes + 64 * 1024);
    m_seq = 0;
    m_stagedOrders = m_stagedItems = 0;
    m_handedOrders = m_handedCustomers = 0;
    m_ordersChanged = m_orderRepeats = m_itemRepeats = false;
    if (!PostgresCopyWriter::hasLibpqHandle(m_db)) {
        *error = QStringLiteral("The PostgreSQL connection has no libpq handle.");
        return false;
    }
    const QStringList orderCols = QStringList{QStringLiteral("seq"),    QStringLiteral("state"),
                                              QStringLiteral("id"),     QStringLiteral("customer_id"),
                                              QStringLiteral("source"), QStringLiteral("order_no")}
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
        && loadStored(error) && deferIndexes(error);
}

bool PostgresCopyImport::deferIndexes(QString *error)
{
    // The first import into an empty orders table, by its owner (the shop's
    // manager): its secondary indexes are dropped here and built once from
    // the finished table in finish(), in the same transaction, as SQLite's
    // path does (a rollback brings them back). Keeping five indexes sorted
    // row by row cost more than the rows. The table is locked for the
    // import meanwhile: harmless, it is empty. Anyone else keeps them.
    m_deferredIndexes.clear();
    if (!m_orders.empty())
        return true;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT i.indexname, i.indexdef FROM pg_indexes i JOIN pg_tables t ON t.schemaname = "
                               "i.schemaname AND t.tablename = i.tablename WHERE i.schemaname = current_schema() AND "
                               "i.tablename = 'orders' AND pg_has_role(t.tableowner, 'USAGE') AND i.indexname NOT IN "
                               "(SELECT conname FROM pg_constraint) ORDER BY i.indexname"))) {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    }
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        m_deferredIndexes << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names))
        if (!exec(QStringLiteral("DROP INDEX %1").arg(name), error))
            return false;
    return true;
}

bool PostgresCopyImport::loadStored(QString *error)
{
    // What the store already holds, read once: her id and contact orders by
    // customer key; (source, order id) → its id, fingerprint and buyer;
    // (source, order id, line) → its fingerprint.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    auto failed = [&] {
        *error = PostgresDialect::describeError(q.lastError());
        return false;
    };
    if (!q.exec(QStringLiteral("SELECT id, customer_key, contact_at, contact_order_id, phone_at, phone_order_id "
                               "FROM customers")))
        return failed();
    while (q.next()) {
        Customer c;
        c.id = q.value(0).toLongLong();
        c.contactAt = packTime(q.value(2).toString());
        c.contactOrder = q.value(3).toLongLong();
        c.phoneAt = packTime(q.value(4).toString());
        c.phoneOrder = q.value(5).toLongLong();
        m_customers.insert(q.value(1).toString(), c);
    }
    if (q.lastError().isValid())
        return failed();
    if (!q.exec(QStringLiteral("SELECT id, source, order_no, fingerprint, customer_id FROM orders")))
        return failed();
    while (q.next())
        m_orders.emplace(hashOf(q.value(1).toString(), q.value(2).toString()),
                         Known{q.value(3).toLongLong(), q.value(0).toLongLong(), q.value(4).toLongLong(),
                               State::Stored});
    if (q.lastError().isValid())
        return failed();
    if (!q.exec(QStringLiteral("SELECT source, order_no, line_no, fingerprint FROM order_items")))
        return failed();
    while (q.next())
        m_items.emplace(hashOf(q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong()),
                        Known{q.value(3).toLongLong(), 0, 0, State::Stored});
    if (q.lastError().isValid())
        return failed();
    return true;
}

qint64 PostgresCopyImport::nextId(const QString &table, std::vector<qint64> *pool, QString *error)
{
    if (pool->empty()) {
        // Blocks that grow with the import (64 … 50,000 ids a round trip);
        // finish() hands back what is left of the last one when it may.
        const qint64 handed = table == QLatin1String("orders") ? m_handedOrders : m_handedCustomers;
        const qint64 block = std::clamp<qint64>(handed, 64, 50000);
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM generate_series(1, %2)")
                        .arg(table)
                        .arg(block))) {
            *error = PostgresDialect::describeError(q.lastError());
            return 0;
        }
        while (q.next())
            pool->push_back(q.value(0).toLongLong());
        std::reverse(pool->begin(), pool->end()); // taken from the back: smallest first
        if (pool->empty()) {
            *error = PostgresDialect::describeError(q.lastError());
            return 0;
        }
    }
    const qint64 id = pool->back();
    pool->pop_back();
    (table == QLatin1String("orders") ? m_handedOrders : m_handedCustomers)++;
    return id;
}

PostgresCopyImport::Customer *PostgresCopyImport::customerFor(const QString &key, QString *error)
{
    auto it = m_customers.find(key);
    if (it != m_customers.end())
        return &*it;
    Customer c;
    c.id = nextId(QStringLiteral("customers"), &m_customerIds, error);
    if (!c.id)
        return nullptr;
    c.isNew = true;
    return &*m_customers.insert(key, c);
}

void PostgresCopyImport::noteContact(Customer &c, const OrderRow &o, qint64 orderId)
{
    // ImportStore::noteContact's rule: contact details from the latest order
    // with an address, the phone from the latest with an unmasked one.
    const qint64 at = packTime(o.paidAt.isEmpty() ? o.createdAt : o.paidAt);
    if (!o.address.isEmpty() && (c.contactOrder == 0 || at >= c.contactAt)) {
        c.dirty |= c.contactOrder != orderId || c.contactAt != at;
        c.contactAt = at;
        c.contactOrder = orderId;
    }
    if (!o.phone.isEmpty() && !o.phone.contains(QLatin1Char('*')) && (c.phoneOrder == 0 || at >= c.phoneAt)) {
        c.dirty |= c.phoneOrder != orderId || c.phoneAt != at;
        c.phoneAt = at;
        c.phoneOrder = orderId;
    }
}

QString PostgresCopyImport::ownerKey(qint64 customerId, QString *error)
{
    // Rare (an order id edited by Excel).
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it)
        if (it->id == customerId)
            return it.key();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"));
    q.addBindValue(customerId);
    if (q.exec() && q.next())
        return q.value(0).toString();
    if (q.lastError().isValid())
        *error = PostgresDialect::describeError(q.lastError());
    return QString::number(customerId);
}

PostgresCopyImport::Outcome PostgresCopyImport::upsertOrder(const OrderRow &o, QString *error)
{
    const qint64 fingerprint = o.fingerprint();
    const quint64 key = hashOf(o.source, o.orderNo);
    Outcome outcome = Outcome::Inserted;
    Customer *customer = nullptr;
    Known *known = nullptr;
    if (auto it = m_orders.find(key); it != m_orders.end()) {
        known = &it->second;
        auto c = m_customers.find(o.customerKey);
        if (c == m_customers.end() || c->id != known->owner) {
            // The id belongs to another buyer: never move an order silently.
            *error = ownerKey(known->owner, error);
            return Outcome::Conflict;
        }
        customer = &*c;
        m_orderRepeats |= known->state != State::Stored;
        if (known->fingerprint == fingerprint) {
            outcome = Outcome::Unchanged;
        } else {
            outcome = Outcome::Updated;
            known->fingerprint = fingerprint;
            if (known->state == State::Stored) {
                known->state = State::Updated;
                m_updatedOrders.push_back(known->id);
            }
        }
    } else {
        customer = customerFor(o.customerKey, error);
        const qint64 id = customer ? nextId(QStringLiteral("orders"), &m_orderIds, error) : 0;
        if (!id)
            return Outcome::Failed;
        known = &m_orders.emplace(key, Known{fingerprint, id, customer->id, State::Inserted}).first->second;
    }
    noteContact(*customer, o, known->id);
    if (outcome != Outcome::Unchanged) {
        m_ordersChanged = true;
        customer->touched = true;
    } else if (known->state == State::Stored) {
        return outcome; // nothing to write
    }
    QByteArray &out = m_orderRows;
    appendField(out, ++m_seq);
    out += char(known->state);
    out += '\t';
    appendField(out, known->id);
    appendField(out, customer->id);
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
    ++m_stagedOrders;
    if (out.size() >= kFlushBytes && !flush(error))
        return Outcome::Failed;
    return outcome;
}

PostgresCopyImport::Outcome PostgresCopyImport::upsertItem(const ItemRow &item, int lineNo, QString *error)
{
    const qint64 fingerprint = item.fingerprint();
    auto [it, isNew] = m_items.try_emplace(hashOf(item.source, item.orderNo, lineNo),
                                           Known{fingerprint, 0, 0, State::Inserted});
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
    return PostgresCopyWriter::send(m_db, statement, rows, error);
}

bool PostgresCopyImport::finish(QString *error)
{
    if (!flush(error))
        return false;
    const QString id = QString::number(m_importId);
    // Her row first: the orders point at it.
    if (!writeCustomers(error))
        return false;
    if (m_stagedOrders > 0) {
        const QStringList values = orderValues();
        QStringList sets;
        for (const QString &c : values)
            sets << QStringLiteral("%1 = f.%1").arg(c);
        // The last row of each order wins (an order repeated in the file).
        QString final = QLatin1String(kStageOrders);
        if (m_orderRepeats) {
            final = QStringLiteral("huitou_final_orders");
            if (!exec(QStringLiteral("CREATE TEMP TABLE %1 ON COMMIT DROP AS SELECT DISTINCT ON (id) * FROM %2 "
                                     "ORDER BY id, seq DESC")
                          .arg(final, QLatin1String(kStageOrders)),
                      error))
                return false;
        }
        // The previous state of every order this import changes, then the changes, then the new orders.
        if (!saveOrderRevisions(error)
            || !exec(QStringLiteral(
                         "UPDATE orders o SET customer_id = f.customer_id, %1, last_import_id = %2 FROM %3 f "
                         "WHERE f.state = 'U' AND o.id = f.id")
                         .arg(sets.join(QStringLiteral(", ")), id, final),
                     error)
            || !exec(QStringLiteral("INSERT INTO orders (id, source, order_no, customer_id, %1, first_import_id, "
                                    "last_import_id) SELECT f.id, f.source, f.order_no, f.customer_id, %2, %3, %3 "
                                    "FROM %4 f WHERE f.state = 'I' ORDER BY f.id")
                         .arg(joined(values), joined(values, QStringLiteral("f.")), id, final),
                     error))
            return false;
    }
    // An index cannot be built while the orders' checks against customers
    // are pending (deferred): they run now, every customer being written.
    if (!m_deferredIndexes.isEmpty() && !exec(QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE"), error))
        return false;
    for (const QString &statement : std::as_const(m_deferredIndexes))
        if (!exec(statement, error))
            return false;
    m_deferredIndexes.clear();
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
        QStringList itemSets;
        for (const QString &c : cols)
            itemSets << QStringLiteral("%1 = f.%1").arg(c);
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
    // The ids taken but not used go back when this account may (a manager;
    // a staff import leaves a gap, as a rolled-back insert does).
    for (const auto &[table, pool] :
         {std::pair{QStringLiteral("orders"), &m_orderIds}, std::pair{QStringLiteral("customers"), &m_customerIds}}) {
        if (pool->empty())
            continue;
        const QString sequence = QStringLiteral("pg_get_serial_sequence('%1', 'id')").arg(table);
        if (!exec(QStringLiteral("SELECT setval(%1, %2, false) WHERE has_sequence_privilege(%1, 'UPDATE') "
                                 "AND pg_sequence_last_value(%1::regclass) = %3")
                      .arg(sequence)
                      .arg(pool->back())
                      .arg(pool->front()),
                  error))
            return false;
        pool->clear();
    }
    m_orders.clear();
    m_items.clear();
    m_customers.clear();
    return true;
}

bool PostgresCopyImport::saveOrderRevisions(QString *error)
{
    // Through the store owner's function huitou_save_order_revisions: the
    // previous rows hold the phones a staff login may not read (issue 15).
    if (m_updatedOrders.empty())
        return true;
    QByteArray ids = "{";
    for (const qint64 orderId : m_updatedOrders) {
        ids += QByteArray::number(orderId);
        ids += ',';
    }
    ids[ids.size() - 1] = '}';
    m_updatedOrders.clear();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT huitou_save_order_revisions(?, ?::bigint[])"));
    q.addBindValue(m_importId);
    q.addBindValue(QString::fromLatin1(ids));
    if (q.exec())
        return true;
    *error = PostgresDialect::describeError(q.lastError());
    return false;
}

bool PostgresCopyImport::writeCustomers(QString *error)
{
    // New customers go straight into customers with their contact orders;
    // the changed contact orders of stored ones and the touched customers
    // (whose automatic tags are re-derived) through one staging table.
    QByteArray fresh, changed;
    for (auto it = m_customers.cbegin(); it != m_customers.cend(); ++it) {
        const Customer &c = *it;
        if (c.isNew) {
            appendField(fresh, c.id);
            appendField(fresh, it.key(), false);
            appendField(fresh, m_importId);
            appendId(fresh, c.contactOrder);
            appendField(fresh, unpackTime(c.contactAt));
            appendId(fresh, c.phoneOrder);
            appendField(fresh, unpackTime(c.phoneAt));
            endRow(fresh);
        }
        if (c.dirty || c.touched) {
            appendField(changed, c.id);
            appendField(changed, qint64(c.dirty && !c.isNew ? 1 : 0));
            appendField(changed, qint64(c.touched ? 1 : 0));
            appendId(changed, c.contactOrder);
            appendField(changed, unpackTime(c.contactAt));
            appendId(changed, c.phoneOrder);
            appendField(changed, unpackTime(c.phoneAt));
            endRow(changed);
        }
    }
    if (!copy("COPY customers (id, customer_key, created_import_id, contact_order_id, contact_at, phone_order_id, "
              "phone_at) FROM STDIN",
              fresh, error))
        return false;
    if (changed.isEmpty())
        return true;
    return exec(QStringLiteral("CREATE TEMP TABLE huitou_stage_customers (id BIGINT, dirty BIGINT, touched BIGINT, "
                               "contact_order_id BIGINT, contact_at TEXT, phone_order_id BIGINT, phone_at TEXT) "
                               "ON COMMIT DROP"),
                error)
        && copy("COPY huitou_stage_customers FROM STDIN", changed, error)
        && exec(QStringLiteral("UPDATE customers c SET contact_order_id = s.contact_order_id, contact_at = "
                               "s.contact_at, phone_order_id = s.phone_order_id, phone_at = s.phone_at FROM "
                               "huitou_stage_customers s WHERE s.dirty = 1 AND c.id = s.id"),
                error)
        && exec(QStringLiteral("INSERT INTO auto_tag_dirty (customer_id) SELECT id FROM huitou_stage_customers "
                               "WHERE touched = 1 ORDER BY id ON CONFLICT (customer_id) DO NOTHING"),
                error);
}

} // namespace huitou
