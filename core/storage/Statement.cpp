#include "Statement.h"

#include "postgres/PostgresDialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

Statement::Statement() = default;

Statement::~Statement() = default;

bool Statement::prepare(const QSqlDatabase &db, const QString &sql)
{
    finalize();
    if (!PostgresDialect::is(db))
        return m_sqlite.prepare(SqliteStatement::handle(db), sql);
    m_query = std::make_unique<QSqlQuery>(db);
    // Not forward-only: QPSQL streams a forward-only result in libpq's
    // single-row mode, which a second statement on the connection (an insert
    // while reading, as refreshAutoTags does) would cut short. The whole
    // result is fetched at once instead (a server-side cursor is the next step
    // for million-row loads).
    m_queryOk = m_query->prepare(sql);
    return m_queryOk;
}

bool Statement::prepareStreamed(const QSqlDatabase &db, const QString &sql)
{
    if (!PostgresDialect::is(db))
        return prepare(db, sql);
    finalize();
    m_query = std::make_unique<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    m_queryOk = m_query->prepare(sql);
    return m_queryOk;
}

void Statement::finalize()
{
    m_sqlite.finalize();
    m_query.reset();
    m_started = false;
    m_queryOk = true;
}

void Statement::bindNull(int i)
{
    if (m_query)
        bindValue(i, QVariant());
    else
        m_sqlite.bindNull(i);
}

void Statement::bindVariant(int i, const QVariant &value)
{
    if (value.isNull()) {
        bindNull(i);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: bind(i, value.toLongLong()); break;
    case QMetaType::Float:
    case QMetaType::Double: bind(i, value.toDouble()); break;
    default: bind(i, value.toString()); break;
    }
}

void Statement::bindAll(const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        bindVariant(i + 1, values[i]);
}

bool Statement::setForeignKeys(const QSqlDatabase &db, bool on)
{
    if (PostgresDialect::is(db))
        return false;
    return SqliteStatement::setForeignKeys(SqliteStatement::handle(db), on);
}

bool Statement::exec()
{
    if (!m_query)
        return m_sqlite.exec();
    m_queryOk = m_query->exec();
    m_changes = m_queryOk ? m_query->numRowsAffected() : 0;
    // QPSQL asks the server (lastval()) only when asked: only after an insert.
    m_lastInsertId = m_queryOk && m_changes > 0 && m_query->lastQuery().startsWith(QLatin1String("INSERT"))
        ? m_query->lastInsertId().toLongLong()
        : 0;
    m_query->finish();
    m_started = false;
    return m_queryOk;
}

void Statement::reset()
{
    if (!m_query) {
        m_sqlite.reset();
        return;
    }
    m_query->finish();
    m_started = false;
}

bool Statement::isPrepared() const
{
    return m_query ? m_queryOk : m_sqlite.isPrepared();
}

int Statement::changes() const
{
    return m_query ? m_changes : m_sqlite.changes();
}

qint64 Statement::lastInsertId() const
{
    return m_query ? m_lastInsertId : m_sqlite.lastInsertId();
}

QString Statement::errorString() const
{
    if (!m_query)
        return m_sqlite.errorString();
    return PostgresDialect::describeError(m_query->lastError());
}

void Statement::bindValue(int i, const QVariant &value)
{
    m_query->bindValue(i - 1, value);
}

bool Statement::stepQuery()
{
    if (!m_started) {
        m_started = true;
        m_queryOk = m_query->exec();
        if (!m_queryOk)
            return false;
    }
    return m_query->next();
}

qint64 Statement::queryInt64(int column) const
{
    return m_query->value(column).toLongLong();
}

QString Statement::queryText(int column) const
{
    return m_query->value(column).toString();
}

double Statement::queryReal(int column) const
{
    return m_query->value(column).toDouble();
}

QByteArrayView Statement::queryUtf8(int column) const
{
    if (m_bytes.size() <= size_t(column))
        m_bytes.resize(size_t(column) + 1);
    m_bytes[size_t(column)] = m_query->value(column).toString().toUtf8();
    return m_bytes[size_t(column)];
}

bool Statement::queryIsNull(int column) const
{
    return m_query->isNull(column);
}

} // namespace huitou
