#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

struct NewCustomerFacts
{
    qint64 customerId = 0;
    QString key;
    QDate firstDay;
    QDate laterDay; // a purchase day after the first, on or before the as-of day; invalid: none
};

struct ClosedTask
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString taskKey, status, staff, createdAt;
    QDate dueDay;
};

struct BirthdayFacts
{
    qint64 customerId = 0;
    QString key, birthday;
};

struct FollowUpFacts
{
    qint64 answerId = 0;
    qint64 customerId = 0;
    QString key, text;
    QDate day;
};

// SQL for Today's list: the populations (new customers in their touch
// window, birthdays, follow-ups) and the tasks staff closed.
class CareStore
{
public:
    explicit CareStore(QSqlDatabase db);
    // Customers whose first valid purchase day is in [FROM, ASOF]; with the
    // stored per-customer results on or after ASOF, those who bought again by
    // ASOF may be left out (every touch of theirs is closed).
    std::vector<NewCustomerFacts> newCustomers(const QDate &from, const QDate &asOf, QString *error) const;
    // Closed (done or skipped, not undone) tasks with a due day on or after FROM, or any follow-up task.
    QHash<QPair<qint64, QString>, ClosedTask> closedTasks(const QDate &from, QString *error) const;
    // Customers whose birthday ends in one of MONTHDAYS ("MM-DD").
    std::vector<BirthdayFacts> birthdays(const QStringList &monthDays, QString *error) const;
    // Survey answers (current, not superseded) that asked for a follow-up, answered on or before ASOF.
    std::vector<FollowUpFacts> followUps(const QDate &asOf, QString *error) const;

    // Marks a task done or skipped (STATUS), signed; returns its id, 0 on error.
    qint64 closeTask(qint64 customerId, const QString &taskKey, const QDate &dueDay, const QString &status,
                     const QString &detail, const QString &staff, QString *error);
    // Undoes a closed task (the row stays, marked undone).
    bool undoTask(qint64 taskId, QString *error);
    bool redoTask(qint64 taskId, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
