#pragma once

#include "sqlite/SqliteStatement.h"

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <memory>
#include <vector>

class QSqlQuery;

namespace huitou {

// A prepared statement for the hot paths (analytics loads, bulk writes) on
// either backend, with SqliteStatement's interface: on an SQLite store it is
// the raw SQLite statement (no QVariant per value, unchanged speed); on a
// PostgreSQL store a forward-only QSqlQuery behind the same calls. Bind
// indexes are 1-based, columns 0-based, as in SqliteStatement.
class Statement
{
public:
    Statement();
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    bool prepare(const QSqlDatabase &db, const QString &sql);
    // For a read that runs alone on its connection from its first step to
    // its last (a million-row analytics load): on a server the rows are
    // streamed (QPSQL's forward-only, libpq's single-row mode) instead of
    // fetched whole into memory first. SQLite streams always.
    bool prepareStreamed(const QSqlDatabase &db, const QString &sql);
    void finalize();
    bool isPrepared() const;

    // A null QString binds as '' (as SqliteStatement does), not as NULL.
    void bind(int i, const QString &text)
    {
        m_query ? bindValue(i, text.isNull() ? QStringLiteral("") : text) : m_sqlite.bind(i, text);
    }
    void bindOrNull(int i, const QString &text) { text.isEmpty() ? bindNull(i) : bind(i, text); }
    void bind(int i, qint64 value) { m_query ? bindValue(i, value) : m_sqlite.bind(i, value); }
    void bind(int i, double value) { m_query ? bindValue(i, value) : m_sqlite.bind(i, value); }
    void bindNull(int i);
    // Binds by the value's type: a null QVariant as NULL, integers and
    // booleans as integers, floating point as double, anything else as text.
    void bindVariant(int i, const QVariant &value);
    // Binds VALUES to 1, 2, … in order.
    void bindAll(const QVariantList &values);

    // Steps once: true on a row, false when done or on error (see ok()).
    bool step() { return m_query ? stepQuery() : m_sqlite.step(); }
    // Runs to completion and resets; false on error.
    bool exec();
    void reset();
    bool ok() const { return m_query ? m_queryOk : m_sqlite.ok(); }
    QString errorString() const;
    // Rows the last exec() changed, and the id it generated last.
    int changes() const;
    qint64 lastInsertId() const;

    // Turns the connection's foreign-key checks off (or on again) for a bulk
    // writer that has looked every parent row up itself; only outside a
    // transaction. SQLite switches (PRAGMA foreign_keys) and returns true;
    // PostgreSQL keeps its checks (switching them needs a superuser) and
    // returns false, so the caller has nothing to switch back.
    static bool setForeignKeys(const QSqlDatabase &db, bool on);

    qint64 int64(int column) const { return m_query ? queryInt64(column) : m_sqlite.int64(column); }
    double real(int column) const { return m_query ? queryReal(column) : m_sqlite.real(column); }
    QString text(int column) const { return m_query ? queryText(column) : m_sqlite.text(column); }
    // The column's UTF-8 bytes, valid until the next step.
    QByteArrayView utf8(int column) const { return m_query ? queryUtf8(column) : m_sqlite.utf8(column); }
    bool isNull(int column) const { return m_query ? queryIsNull(column) : m_sqlite.isNull(column); }

private:
    void bindValue(int i, const QVariant &value);
    bool stepQuery();
    qint64 queryInt64(int column) const;
    double queryReal(int column) const;
    QString queryText(int column) const;
    QByteArrayView queryUtf8(int column) const;
    bool queryIsNull(int column) const;

    SqliteStatement m_sqlite;
    std::unique_ptr<QSqlQuery> m_query;
    bool m_started = false;
    bool m_queryOk = true;
    int m_changes = 0;
    qint64 m_lastInsertId = 0;
    mutable std::vector<QByteArray> m_bytes;
};

} // namespace huitou
