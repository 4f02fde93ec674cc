#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QSqlDatabase>

#include <atomic>
#include <functional>
#include <initializer_list>

namespace huitou::sql {

// Prepares and runs one statement with positional values; false on error
// with the driver's message in *error (if given).
bool exec(QSqlQuery &q, const QString &statement, std::initializer_list<QVariant> values = {},
          QString *error = nullptr);
bool prepare(QSqlQuery &q, const QString &statement, QString *error = nullptr);
bool run(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error = nullptr);

// A user-facing message for an SQLite error: a full disk, a damaged store and
// a read-only store are said in words (with what to do); anything else keeps
// SQLite's own text. CODE is the (extended) SQLite result code.
QString describeError(int code, const QString &sqliteText);

// Starts a write transaction (BEGIN IMMEDIATE), so a writer takes the store's
// write lock up front instead of failing half-way with "database is locked".
// While another program holds the lock it waits its turn (calling WAITING
// once, so the user is told) until the lock is free, CANCEL is set or
// MAXWAITSECONDS pass.
bool beginWrite(QSqlDatabase &db, QString *error, const std::function<void(const QString &)> &waiting = {},
                const std::atomic_bool *cancel = nullptr, int maxWaitSeconds = 1800);

// The few words a query says differently on each backend, from the dialect
// classes: EXPRESSION marked so the planner does not drive the query from an
// index on it (a tag's few customers are a better start than a stage's
// many), and the LIKE that ignores the case of ASCII letters.
QString unindexed(const QSqlDatabase &db, const QString &expression);
QString likeNoCase(const QSqlDatabase &db);


} // namespace huitou::sql
