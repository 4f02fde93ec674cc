#include "SqliteStatement.h"

#include "SqliteDialect.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace huitou {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.data());
    return nullptr;
}

bool SqliteStatement::setForeignKeys(sqlite3 *db, bool on)
{
    if (!db || !sqlite3_get_autocommit(db))
        return false;
    return sqlite3_exec(db, on ? "PRAGMA foreign_keys = ON" : "PRAGMA foreign_keys = OFF", nullptr, nullptr, nullptr)
        == SQLITE_OK;
}

bool SqliteStatement::prepare(sqlite3 *db, const QString &sql)
{
    finalize();
    m_db = db;
    const QByteArray utf8 = sql.toUtf8();
    m_ok = db
        && sqlite3_prepare_v3(db, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
            == SQLITE_OK;
    return m_ok;
}

void SqliteStatement::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

void SqliteStatement::bind(int i, const QString &text)
{
    sqlite3_bind_text16(m_stmt, i,
                        text.isNull() ? static_cast<const void *>(u"") : static_cast<const void *>(text.utf16()),
                        int(text.size() * 2), SQLITE_TRANSIENT);
}

void SqliteStatement::bindOrNull(int i, const QString &text)
{
    if (text.isEmpty())
        sqlite3_bind_null(m_stmt, i);
    else
        bind(i, text);
}

void SqliteStatement::bind(int i, qint64 value)
{
    sqlite3_bind_int64(m_stmt, i, value);
}

void SqliteStatement::bind(int i, double value)
{
    sqlite3_bind_double(m_stmt, i, value);
}

void SqliteStatement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    m_ok = rc == SQLITE_ROW || rc == SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool SqliteStatement::exec()
{
    while (step()) { }
    const bool ok = m_ok;
    reset();
    m_ok = ok;
    return ok;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::errorString() const
{
    return m_db ? SqliteDialect::describeError(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)))
                : QStringLiteral("no database");
}

int SqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = static_cast<const char16_t *>(sqlite3_column_text16(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf16(data, sqlite3_column_bytes16(m_stmt, column) / 2);
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_stmt, column)) : QByteArrayView();
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

} // namespace huitou
