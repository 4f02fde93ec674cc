#include "Transaction.h"

#include "SqlUtil.h"

#include <QHash>
#include <QSqlQuery>

namespace huitou {

namespace {
// How many transactions are open on each connection of this thread
// (connections never cross threads).
thread_local QHash<QString, int> t_depth;
} // namespace

Transaction::Transaction(QSqlDatabase db, int maxWaitSeconds)
    : m_db(std::move(db))
{
    int &depth = t_depth[m_db.connectionName()];
    if (depth > 0) {
        m_savepoint = QStringLiteral("huitou_nested_%1").arg(depth);
        m_active = QSqlQuery(m_db).exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    } else {
        // A write transaction from the start: waits for another writer instead of
        // failing with "database is locked" at its first write.
        m_active = sql::beginWrite(m_db, nullptr, {}, nullptr, maxWaitSeconds);
    }
    if (m_active)
        ++depth;
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::finish(bool commit)
{
    if (!m_active)
        return false;
    m_active = false;
    --t_depth[m_db.connectionName()];
    if (m_savepoint.isEmpty())
        return commit ? m_db.commit() : m_db.rollback();
    QSqlQuery q(m_db);
    if (!commit)
        q.exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
    return q.exec(QStringLiteral("RELEASE ") + m_savepoint) && commit;
}

bool Transaction::commit()
{
    return finish(true);
}

void Transaction::rollback()
{
    finish(false);
}

} // namespace huitou
