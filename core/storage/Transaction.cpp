#include "Transaction.h"

#include "SqlUtil.h"

namespace huitou {

Transaction::Transaction(QSqlDatabase db, int maxWaitSeconds)
    : m_db(std::move(db))
{
    // A write transaction from the start: waits for another writer instead of
    // failing with "database is locked" at its first write.
    m_active = sql::beginWrite(m_db, nullptr, {}, nullptr, maxWaitSeconds);
}

Transaction::~Transaction()
{
    rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    return m_db.commit();
}

void Transaction::rollback()
{
    if (m_active) {
        m_active = false;
        m_db.rollback();
    }
}

} // namespace huitou
