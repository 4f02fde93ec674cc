#include "ReviewStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

struct ReviewStore::Statements
{
    Statement insert, entry, order;
};

ReviewStore::ReviewStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_st(std::make_unique<Statements>())
{
}

ReviewStore::~ReviewStore()
{
    // Statements go before the transaction rolls back or the connection closes.
    m_st->insert.finalize();
    m_st->entry.finalize();
    m_st->order.finalize();
    m_tx.reset(); // rolls back unless committed
    if (m_keysOff)
        Statement::setForeignKeys(m_db, true);
}

bool ReviewStore::begin(const QString &staff, QString *error)
{
    m_staff = nonNull(staff);
    m_now = AuditLog::nowText();
    // Every row's order and customer are looked up here, in this transaction,
    // and the reason codes come from the taxonomy: the store's own key checks
    // would only repeat those lookups at random (the larger part of the time
    // on a million-order store). Off for this file when this is the outermost
    // transaction; on again in the destructor. (PostgreSQL keeps its checks.)
    m_keysOff = Statement::setForeignKeys(m_db, false);
    m_tx = std::make_unique<Transaction>(m_db);
    // Reviews name orders by number (orders_by_order_no); the first order with that number wins.
    const struct
    {
        Statement *statement;
        const char *sql;
    } statements[] = {
        {&m_st->order, "SELECT id, customer_id FROM orders WHERE order_no = ? ORDER BY id LIMIT 1"},
        {&m_st->insert,
         "INSERT INTO reviews (order_no, order_id, customer_id, rating, text, reviewed_at, reviewed_day) "
         "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"},
        {&m_st->entry,
         "INSERT INTO reason_entries (customer_id, kind, reason_code, order_id, text, logged_day, staff, "
         "created_at, source, review_id, confirmed) VALUES (?, 'review', ?, ?, ?, ?, ?, ?, 'review', ?, 0)"},
    };
    for (const auto &s : statements) {
        if (!s.statement->prepare(m_db, QString::fromLatin1(s.sql))) {
            if (error)
                *error = s.statement->errorString();
            return false;
        }
    }
    return true;
}

ReviewStore::Outcome ReviewStore::add(const ReviewRow &row, QString *error)
{
    const auto failed = [error](const Statement &s) {
        if (error)
            *error = s.errorString();
        return Outcome::Failed;
    };
    m_st->order.bind(1, row.orderNo);
    const bool matched = m_st->order.step();
    if (!m_st->order.ok())
        return failed(m_st->order);
    const qint64 orderId = matched ? m_st->order.int64(0) : 0;
    const qint64 customerId = matched ? m_st->order.int64(1) : 0;
    m_st->order.reset();
    const QString day = row.day.toString(Qt::ISODate);
    m_st->insert.bind(1, row.orderNo);
    if (matched) {
        m_st->insert.bind(2, orderId);
        m_st->insert.bind(3, customerId);
    } else {
        m_st->insert.bindNull(2);
        m_st->insert.bindNull(3);
    }
    m_st->insert.bind(4, qint64(row.rating));
    m_st->insert.bind(5, nonNull(row.text));
    m_st->insert.bind(6, nonNull(row.reviewedAt));
    m_st->insert.bind(7, day);
    if (!m_st->insert.exec())
        return failed(m_st->insert);
    if (m_st->insert.changes() == 0)
        return Outcome::Unchanged;
    if (!matched)
        return Outcome::Unmatched;
    const qint64 reviewId = m_st->insert.lastInsertId();
    for (const QString &code : row.suggestions) {
        m_st->entry.bind(1, customerId);
        m_st->entry.bind(2, code);
        m_st->entry.bind(3, orderId);
        m_st->entry.bind(4, nonNull(row.text));
        m_st->entry.bind(5, day);
        m_st->entry.bind(6, m_staff);
        m_st->entry.bind(7, m_now);
        m_st->entry.bind(8, reviewId);
        if (!m_st->entry.exec())
            return failed(m_st->entry);
    }
    return Outcome::Inserted;
}

bool ReviewStore::commit(QString *error)
{
    if (!m_tx || !m_tx->commit()) {
        if (error)
            *error = QStringLiteral("commit failed");
        return false;
    }
    return true;
}

std::optional<std::pair<int, QString>> ReviewStore::review(qint64 reviewId) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT rating, text FROM reviews WHERE id = ?"), {reviewId}) && q.next())
        return std::pair<int, QString>{q.value(0).toInt(), q.value(1).toString()};
    return std::nullopt;
}

bool ReviewStore::saveMapping(const QString &name, const QJsonObject &mapping, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO column_mappings (name, mapping) VALUES (?, ?) ON CONFLICT (name) DO "
                                    "UPDATE SET mapping = excluded.mapping"),
                     {QStringLiteral("reviews:") + name, QString::fromUtf8(QJsonDocument(mapping).toJson())}, error);
}

std::optional<QJsonObject> ReviewStore::loadMapping(const QString &name) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT mapping FROM column_mappings WHERE name = ?"),
                  {QStringLiteral("reviews:") + name})
        && q.next())
        return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    return std::nullopt;
}

} // namespace huitou
