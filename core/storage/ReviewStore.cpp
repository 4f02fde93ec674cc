#include "ReviewStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVariant>

namespace huitou {

ReviewStore::ReviewStore(QSqlDatabase db)
    : m_db(std::move(db))
    , m_insert(m_db)
    , m_entry(m_db)
    , m_order(m_db)
{
}

ReviewStore::~ReviewStore() = default;

bool ReviewStore::begin(const QString &staff, QString *error)
{
    m_staff = nonNull(staff);
    m_now = AuditLog::nowText();
    m_tx = std::make_unique<Transaction>(m_db);
    // Reviews name orders by number (orders_by_order_no); the first order with that number wins.
    return sql::prepare(m_order, QStringLiteral("SELECT id, customer_id FROM orders WHERE order_no = ? ORDER BY id LIMIT 1"),
                        error)
        && sql::prepare(m_insert,
                        QStringLiteral("INSERT INTO reviews (order_no, order_id, customer_id, rating, text, reviewed_at, "
                                       "reviewed_day) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                        error)
        && sql::prepare(m_entry,
                        QStringLiteral("INSERT INTO reason_entries (customer_id, kind, reason_code, order_id, text, "
                                       "logged_day, staff, created_at, source, review_id, confirmed) VALUES (?, "
                                       "'review', ?, ?, ?, ?, ?, ?, 'review', ?, 0)"),
                        error);
}

ReviewStore::Outcome ReviewStore::add(const ReviewRow &row, QString *error)
{
    if (!sql::run(m_order, {row.orderNo}, error))
        return Outcome::Failed;
    const bool matched = m_order.next();
    const qint64 orderId = matched ? m_order.value(0).toLongLong() : 0;
    const qint64 customerId = matched ? m_order.value(1).toLongLong() : 0;
    m_order.finish();
    const QVariant nullId(QMetaType::fromType<qint64>());
    if (!sql::run(m_insert,
                  {row.orderNo, matched ? QVariant(orderId) : nullId, matched ? QVariant(customerId) : nullId,
                   row.rating, nonNull(row.text), nonNull(row.reviewedAt), row.day.toString(Qt::ISODate)},
                  error))
        return Outcome::Failed;
    if (m_insert.numRowsAffected() == 0)
        return Outcome::Unchanged;
    if (!matched)
        return Outcome::Unmatched;
    const qint64 reviewId = m_insert.lastInsertId().toLongLong();
    for (const QString &code : row.suggestions) {
        if (!sql::run(m_entry, {customerId, code, orderId, nonNull(row.text), row.day.toString(Qt::ISODate),
                                m_staff, m_now, reviewId},
                      error))
            return Outcome::Failed;
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
