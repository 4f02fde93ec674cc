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

bool Statement::exec()
{
    if (!m_query)
        return m_sqlite.exec();
    m_queryOk = m_query->exec();
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
