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

namespace {

// "yyyy-MM-dd" without QDate::fromString's general parser (tens of thousands of rows per Today list).
QDate isoDay(const QVariant &value)
{
    const QString s = value.toString();
    if (s.size() < 10 || s[4] != QLatin1Char('-') || s[7] != QLatin1Char('-'))
        return QDate::fromString(s, Qt::ISODate);
    const auto digits = [&s](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const int d = s[i].unicode() - '0';
            if (d < 0 || d > 9)
                return -1;
            n = n * 10 + d;
        }
        return n;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

} // namespace

std::vector<NewCustomerFacts> CareStore::newCustomers(const QDate &from, const QDate &asOf, QString *error) const
{
    std::vector<NewCustomerFacts> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString f = from.toString(Qt::ISODate), d = asOf.toString(Qt::ISODate);
    const QDate metricsDay = AnalyticsStore(m_db).metricsAsOf();
    if (metricsDay.isValid() && asOf <= metricsDay) {
        // The stored per-customer results (recomputed after every import and
        // once a day) hold every customer's first purchase day, which is the
        // same on any earlier day she had bought by: read through the
        // first_day index. F and the last purchase day are as of METRICSDAY:
        // F = 1 means no second purchase day at all; a last day on or before
        // the as-of day is a second one. Only customers whose later purchases
        // all fall after the as-of day are looked up in the orders. Those who
        // bought again by the as-of day have no touch left: they are not read.
        if (!sql::exec(q,
                       QStringLiteral(
                           "SELECT m.customer_id, c.customer_key, m.first_day, m.last_day, m.frequency FROM "
                           "customer_metrics m JOIN customers c ON c.id = m.customer_id WHERE m.first_day >= ? "
                           "AND m.first_day <= ? AND (m.frequency = 1 OR m.last_day > ?)"),
                       {f, d, d}, error))
            return out;
        QHash<qint64, size_t> unsure; // customer → index in OUT
        QDate earliestUnsure;
        while (q.next()) {
            NewCustomerFacts n;
            n.customerId = q.value(0).toLongLong();
            n.key = q.value(1).toString();
            n.firstDay = isoDay(q.value(2));
            if (q.value(4).toInt() >= 2) {
                const QDate last = isoDay(q.value(3));
                if (last <= asOf) {
                    n.laterDay = last;
                } else {
                    unsure.insert(n.customerId, out.size());
                    if (!earliestUnsure.isValid() || n.firstDay < earliestUnsure)
                        earliestUnsure = n.firstDay;
                }
            }
            out.push_back(n);
        }
        if (unsure.isEmpty())
            return out;
        // Valid purchases after the earliest such first day, up to the as-of
        // day: a range of the orders_valid_facts index.
        if (!sql::exec(q,
                       QStringLiteral(
                           "SELECT customer_id, paid_day FROM orders WHERE is_valid = 1 AND paid_day > ? AND "
                           "paid_day <= ?"),
                       {earliestUnsure.toString(Qt::ISODate), d}, error))
            return {};
        while (q.next()) {
            const auto it = unsure.constFind(q.value(0).toLongLong());
            if (it == unsure.constEnd())
                continue;
            NewCustomerFacts &n = out[*it];
            const QDate day = isoDay(q.value(1));
            if (day > n.firstDay && (!n.laterDay.isValid() || day < n.laterDay))
                n.laterDay = day;
        }
        return out;
    }
    // After the stored results' day (or without them): candidates bought in
    // the window (index range on orders_valid_facts); their whole history up
    // to the as-of day decides first and later day.
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT o.customer_id, c.customer_key, MIN(o.paid_day), MAX(o.paid_day) FROM orders o "
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
        n.firstDay = isoDay(q.value(2));
        const QDate last = isoDay(q.value(3));
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
                   QStringLiteral(
                       "SELECT id, customer_id, task_key, status, staff, created_at, due_day FROM care_tasks "
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
    if (!sql::exec(
            q, QStringLiteral("SELECT id FROM care_tasks WHERE customer_id = ? AND task_key = ? AND undone_at IS NULL"),
            {customerId, taskKey}, error))
        return 0;
    if (q.next()) {
        *error = QCoreApplication::translate("CareStore", "This task is already closed.");
        return 0;
    }
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO care_tasks (customer_id, task_key, due_day, status, staff, created_at) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"),
                   {customerId, taskKey, dueDay.toString(Qt::ISODate), status, nonNull(staff), AuditLog::nowText()},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).record(customerId,
                               status == QLatin1String("done") ? QStringLiteral("task_done")
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
