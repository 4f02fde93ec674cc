#include "SqlUtil.h"

#include "postgres/PostgresDialect.h"
#include "sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QThread>

namespace huitou::sql {

namespace {

QString errorOf(const QSqlError &e)
{
    // PostgreSQL's codes are five-character SQLSTATEs; SQLite's (extended)
    // result codes have at most four digits.
    if (e.nativeErrorCode().size() == 5)
        return PostgresDialect::describeError(e);
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok ? describeError(code, e.text()) : e.text();
}

} // namespace


bool prepare(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.prepare(statement))
        return true;
    if (error)
        *error = errorOf(q.lastError());
    return false;
}

QString describeError(int code, const QString &sqliteText)
{
    return SqliteDialect::describeError(code, sqliteText);
}

bool beginWrite(QSqlDatabase &db, QString *error, const std::function<void(const QString &)> &waiting,
                const std::atomic_bool *cancel, int maxWaitSeconds)
{
    QSqlQuery q(db);
    QDeadlineTimer deadline(qint64(maxWaitSeconds) * 1000);
    bool told = false;
    for (;;) {
        // Each attempt itself waits up to the connection's busy timeout.
        const bool server = PostgresDialect::is(db);
        if (q.exec(server ? PostgresDialect::beginWrite() : QStringLiteral("BEGIN IMMEDIATE")))
            return true;
        const int code = q.lastError().nativeErrorCode().toInt();
        if (server ? !PostgresDialect::isBusy(q.lastError()) : !SqliteDialect::isBusy(code)) {
            if (error)
                *error = errorOf(q.lastError());
            return false;
        }
        if (!told && waiting) {
            waiting(QCoreApplication::translate("huitou::Store",
                                                "Another import or program is writing to the store; waiting for it "
                                                "to finish…"));
            told = true;
        }
        if ((cancel && cancel->load()) || deadline.hasExpired()) {
            if (error)
                *error = QCoreApplication::translate("huitou::Store",
                                                     "Another program kept the store busy; nothing was changed. "
                                                     "Try again later.");
            return false;
        }
        QThread::msleep(50);
    }
}

bool run(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (q.exec())
        return true;
    if (error)
        *error = errorOf(q.lastError());
    return false;
}

bool exec(QSqlQuery &q, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    return prepare(q, statement, error) && run(q, values, error);
}

QString unindexed(const QSqlDatabase &db, const QString &expression)
{
    return PostgresDialect::is(db) ? PostgresDialect::unindexed(expression) : SqliteDialect::unindexed(expression);
}

QString likeNoCase(const QSqlDatabase &db)
{
    return PostgresDialect::is(db) ? PostgresDialect::likeNoCase() : SqliteDialect::likeNoCase();
}

} // namespace huitou::sql
