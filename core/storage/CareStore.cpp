#include "CareStore.h"

#include "AnalyticsStore.h"
#include "AuditLog.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

CareStore::CareStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::vector<NewCustomerFacts> CareStore::newCustomers(const QDate &from, const QDate &asOf, QString *error) const
{
    std::vector<NewCustomerFacts> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString f = from.toString(Qt::ISODate), d = asOf.toString(Qt::ISODate);
    if (AnalyticsStore(m_db).metricsAsOf() == asOf) {
        // The stored per-customer results are for this very day (they are
        // recomputed after every import and once a day): first purchase day
        // and F up to today decide, read through the first_day index.
        if (!sql::exec(q,
                       QStringLiteral("SELECT m.customer_id, c.customer_key, m.first_day, m.last_day, m.frequency FROM "
                                      "customer_metrics m JOIN customers c ON c.id = m.customer_id WHERE m.first_day >= ? "
                                      "AND m.first_day <= ?"),
                       {f, d}, error))
            return out;
        while (q.next()) {
            NewCustomerFacts n;
            n.customerId = q.value(0).toLongLong();
            n.key = q.value(1).toString();
            n.firstDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (q.value(4).toInt() >= 2)
                n.laterDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            out.push_back(n);
        }
        return out;
    }
    // Candidates bought in the window (index range on orders_valid_facts);
    // their whole history up to the as-of day decides first and later day.
    if (!sql::exec(q,
                   QStringLiteral("SELECT o.customer_id, c.customer_key, MIN(o.paid_day), MAX(o.paid_day) FROM orders o "
                                  "JOIN customers c ON c.id = o.customer_id WHERE o.is_valid = 1 AND o.paid_day <= ? "
                                  "AND o.customer_id IN (SELECT customer_id FROM orders WHERE is_valid = 1 AND "
                                  "paid_day >= ? AND paid_day <= ?) GROUP BY o.customer_id, c.customer_key "
                                  "HAVING MIN(o.paid_day) >= ?"),
                   {d, f, d, f}, error))
        return out;
    while (q.next()) {
        NewCustomerFacts n;
        n.customerId = q.value(0).toLongLong();
        n.key = q.value(1).toString();
        n.firstDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const QDate last = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        if (last > n.firstDay)
            n.laterDay = last;
        out.push_back(n);
    }
    return out;
}

QHash<QPair<qint64, QString>, ClosedTask> CareStore::closedTasks(const QDate &from, QString *error) const
{
    QHash<QPair<qint64, QString>, ClosedTask> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT id, customer_id, task_key, status, staff, created_at, due_day FROM care_tasks "
                                  "WHERE undone_at IS NULL AND (due_day >= ? OR task_key LIKE 'follow_up:%')"),
                   {from.toString(Qt::ISODate)}, error))
        return out;
    while (q.next()) {
        ClosedTask t;
        t.id = q.value(0).toLongLong();
        t.customerId = q.value(1).toLongLong();
        t.taskKey = q.value(2).toString();
        t.status = q.value(3).toString();
        t.staff = q.value(4).toString();
        t.createdAt = q.value(5).toString();
        t.dueDay = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        out.insert({t.customerId, t.taskKey}, t);
    }
    return out;
}

std::vector<BirthdayFacts> CareStore::birthdays(const QStringList &monthDays, QString *error) const
{
    std::vector<BirthdayFacts> out;
    if (monthDays.isEmpty())
        return out;
    QStringList marks;
    for (int i = 0; i < monthDays.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT p.customer_id, c.customer_key, p.birthday FROM customer_profiles p "
                                     "JOIN customers c ON c.id = p.customer_id WHERE p.birthday IS NOT NULL AND "
                                     "SUBSTR(p.birthday, LENGTH(p.birthday) - 4) IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      error))
        return out;
    for (int i = 0; i < monthDays.size(); ++i)
        q.bindValue(i, monthDays[i]);
    if (!q.exec()) {
        if (error)
            *error = QCoreApplication::translate("CareStore", "Cannot read birthdays.");
        return out;
    }
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

std::vector<FollowUpFacts> CareStore::followUps(const QDate &asOf, QString *error) const
{
    std::vector<FollowUpFacts> out;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT a.id, a.customer_id, c.customer_key, a.answered_day, a.problem_text, "
                                  "a.expectations FROM survey_answers a JOIN customers c ON c.id = a.customer_id "
                                  "WHERE a.follow_up = 1 AND a.superseded_at IS NULL AND a.answered_day <= ?"),
                   {asOf.toString(Qt::ISODate)}, error))
        return out;
    while (q.next()) {
        FollowUpFacts f;
        f.answerId = q.value(0).toLongLong();
        f.customerId = q.value(1).toLongLong();
        f.key = q.value(2).toString();
        f.day = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        const QString problem = q.value(4).toString(), expectations = q.value(5).toString();
        f.text = problem.isEmpty() ? expectations : problem;
        out.push_back(f);
    }
    return out;
}

qint64 CareStore::closeTask(qint64 customerId, const QString &taskKey, const QDate &dueDay, const QString &status,
                            const QString &detail, const QString &staff, QString *error)
{
    if (status != QLatin1String("done") && status != QLatin1String("skipped")) {
        *error = QCoreApplication::translate("CareStore", "status: a task is done or skipped.");
        return 0;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT id FROM care_tasks WHERE customer_id = ? AND task_key = ? AND undone_at IS NULL"),
                   {customerId, taskKey}, error))
        return 0;
    if (q.next()) {
        *error = QCoreApplication::translate("CareStore", "This task is already closed.");
        return 0;
    }
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO care_tasks (customer_id, task_key, due_day, status, staff, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {customerId, taskKey, dueDay.toString(Qt::ISODate), status, nonNull(staff), AuditLog::nowText()}, error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(customerId, status == QLatin1String("done") ? QStringLiteral("task_done")
                                                                             : QStringLiteral("task_skipped"),
                               QStringLiteral("care_task"), id,
                               QJsonObject{{QStringLiteral("task"), taskKey},
                                           {QStringLiteral("due"), dueDay.toString(Qt::ISODate)},
                                           {QStringLiteral("what"), detail}},
                               staff, error)
        || !tx.commit())
        return 0;
    return id;
}

bool CareStore::undoTask(qint64 taskId, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE care_tasks SET undone_at = ? WHERE id = ?"), {AuditLog::nowText(), taskId},
                   error))
        return false;
    AuditLog log(m_db);
    if (!log.setUndone(QStringLiteral("task_done"), QStringLiteral("care_task"), taskId, true, error)
        || !log.setUndone(QStringLiteral("task_skipped"), QStringLiteral("care_task"), taskId, true, error))
        return false;
    return tx.commit();
}

bool CareStore::redoTask(qint64 taskId, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE care_tasks SET undone_at = NULL WHERE id = ?"), {taskId}, error))
        return false;
    AuditLog log(m_db);
    if (!log.setUndone(QStringLiteral("task_done"), QStringLiteral("care_task"), taskId, false, error)
        || !log.setUndone(QStringLiteral("task_skipped"), QStringLiteral("care_task"), taskId, false, error))
        return false;
    return tx.commit();
}

} // namespace huitou
