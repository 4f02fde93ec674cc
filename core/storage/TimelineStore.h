#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct TimelineRow
{
    QString at; // ISO local time (orders: payment time, else creation time)
    QString action; // "order" or the audit action (note_added, task_done, reason_logged, …)
    QJsonObject detail;
    QString staff;
    qint64 entityId = 0;
};

// A customer's history for the profile timeline: her orders and every
// signed action of the audit trail (undone actions left out), newest first.
class TimelineStore
{
public:
    explicit TimelineStore(QSqlDatabase db);
    QList<TimelineRow> rows(qint64 customerId, int limit = 500) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
