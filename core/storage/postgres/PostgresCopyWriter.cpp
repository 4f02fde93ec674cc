#include "PostgresCopyWriter.h"

#include "PostgresDialect.h"

#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

namespace huitou {

namespace {

// COPY text sent in pieces of about this size.
constexpr qsizetype kFlushBytes = 4 * 1024 * 1024;

PGconn *connectionOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // QPSQL names libpq's type by its struct: "pg_conn*" (PGconn is its typedef).
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

} // namespace

bool PostgresCopyWriter::hasLibpqHandle(const QSqlDatabase &db)
{
    return connectionOf(db) != nullptr;
}

PostgresCopyWriter::PostgresCopyWriter(QSqlDatabase db, QByteArray statement)
    : m_db(std::move(db))
    , m_statement(std::move(statement))
{
    m_rows.reserve(kFlushBytes + 64 * 1024);
}

void PostgresCopyWriter::field(qint64 value)
{
    m_rows += QByteArray::number(value);
    m_rows += '\t';
}

void PostgresCopyWriter::field(double value)
{
    m_rows += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    m_rows += '\t';
}

void PostgresCopyWriter::field(QByteArrayView utf8)
{
    for (char c : utf8) {
        switch (c) {
        case '\\': m_rows += "\\\\"; break;
        case '\t': m_rows += "\\t"; break;
        case '\n': m_rows += "\\n"; break;
        case '\r': m_rows += "\\r"; break;
        default: m_rows += c; break;
        }
    }
    m_rows += '\t';
}

void PostgresCopyWriter::null()
{
    m_rows += "\\N\t";
}

bool PostgresCopyWriter::endRow(QString *error)
{
    m_rows[m_rows.size() - 1] = '\n';
    return m_rows.size() < kFlushBytes || send(m_db, m_statement.constData(), m_rows, error);
}

bool PostgresCopyWriter::finish(QString *error)
{
    return send(m_db, m_statement.constData(), m_rows, error);
}

bool PostgresCopyWriter::send(const QSqlDatabase &db, const char *statement, QByteArray &rows, QString *error)
{
    if (rows.isEmpty())
        return true;
    PGconn *conn = connectionOf(db);
    if (!conn) {
        *error = QStringLiteral("The PostgreSQL connection has no libpq handle.");
        return false;
    }
    auto fail = [&](PGresult *result) {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        QString code = state ? QString::fromLatin1(state) : QString();
        if (code.isEmpty() && PQstatus(conn) == CONNECTION_BAD)
            code = QStringLiteral("08006"); // connection failure
        const QString text = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
        if (result)
            PQclear(result);
        // Drain what is left of the command, so the connection stays usable for the rollback.
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
        *error = PostgresDialect::describeError(QSqlError(QString(), text, QSqlError::StatementError, code));
        return false;
    };
    PGresult *result = PQexec(conn, statement);
    if (PQresultStatus(result) != PGRES_COPY_IN)
        return fail(result);
    PQclear(result);
    if (PQputCopyData(conn, rows.constData(), int(rows.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
        return fail(nullptr);
    result = PQgetResult(conn);
    if (PQresultStatus(result) != PGRES_COMMAND_OK)
        return fail(result);
    PQclear(result);
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    rows.clear();
    return true;
}

} // namespace huitou
