#include "TimelineStore.h"

#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace huitou {

TimelineStore::TimelineStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<TimelineRow> TimelineStore::rows(qint64 customerId, int limit) const
{
    QList<TimelineRow> out;
    QSqlQuery q(m_db);
    if (sql::exec(q,
                  QStringLiteral("SELECT at, action, detail, staff, entity_id FROM audit_log WHERE customer_id = ? AND "
                                 "undone_at IS NULL ORDER BY id DESC"),
                  {customerId})) {
        while (q.next()) {
            TimelineRow r;
            r.at = q.value(0).toString();
            r.action = q.value(1).toString();
            r.detail = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            r.staff = q.value(3).toString();
            r.entityId = q.value(4).toLongLong();
            out << r;
        }
    }
    if (sql::exec(q,
                  QStringLiteral("SELECT COALESCE(paid_at, created_at, ''), order_no, paid_fen, refund_fen, status, "
                                 "is_valid, id FROM orders WHERE customer_id = ?"),
                  {customerId})) {
        while (q.next()) {
            TimelineRow r;
            r.at = q.value(0).toString();
            r.action = QStringLiteral("order");
            r.detail = QJsonObject{{QStringLiteral("order"), q.value(1).toString()},
                                   {QStringLiteral("paid_fen"), q.value(2).toLongLong()},
                                   {QStringLiteral("refund_fen"), q.value(3).toLongLong()},
                                   {QStringLiteral("status"), q.value(4).toString()},
                                   {QStringLiteral("valid"), q.value(5).toInt() != 0}};
            r.entityId = q.value(6).toLongLong();
            out << r;
        }
    }
    // Same timestamp: later actions first (audit rows come newest first), then orders.
    std::stable_sort(out.begin(), out.end(), [](const TimelineRow &a, const TimelineRow &b) { return a.at > b.at; });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

} // namespace huitou
