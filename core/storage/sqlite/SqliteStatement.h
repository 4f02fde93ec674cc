#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace huitou {

// A prepared statement on the raw SQLite handle behind a QSqlDatabase. Used
// only on hot paths (bulk import, analytics loads) where QSqlQuery's
// per-value QVariant overhead would dominate. The SQL text itself stays
// portable; only core/storage uses this folder.
class SqliteStatement
{
public:
    using Handle = sqlite3 *;

    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    static sqlite3 *handle(const QSqlDatabase &db);
    // Turns foreign-key enforcement on or off for the connection, only
    // outside a transaction (SQLite ignores the switch inside one). A bulk
    // writer that has just looked up every parent row itself turns it off
    // for its file and on again after: the checks are a random lookup per
    // key. Returns whether it switched.
    static bool setForeignKeys(sqlite3 *db, bool on);

    bool prepare(sqlite3 *db, const QString &sql);
    void finalize();
    bool isPrepared() const { return m_stmt != nullptr; }

    // Binding (1-based like SQLite). Empty strings bind as NULL when asked.
    void bind(int i, const QString &text);
    void bindOrNull(int i, const QString &text);
    void bind(int i, qint64 value);
    void bind(int i, double value);
    void bindNull(int i);

    // Steps once: true on a row, false when done or on error (see ok()).
    bool step();
    // Runs to completion and resets; false on error.
    bool exec();
    void reset();
    bool ok() const { return m_ok; }
    QString errorString() const;
    int changes() const;
    qint64 lastInsertId() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // The column's UTF-8 bytes, valid until the next step (no allocation).
    QByteArrayView utf8(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
};

} // namespace huitou
