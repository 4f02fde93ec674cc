#include "StoreLock.h"

#include <QLockFile>

namespace huitou {

StoreLock::StoreLock(const QString &storePath)
    : m_lockPath(storePath + QStringLiteral(".lock"))
    , m_file(std::make_unique<QLockFile>(m_lockPath))
{
    m_file->setStaleLockTime(0); // held as long as the process lives, however long
}

StoreLock::~StoreLock() = default;

bool StoreLock::tryLock()
{
    if (m_file->isLocked())
        return true;
    if (m_file->tryLock(0))
        return true;
    QString application;
    m_file->getLockInfo(&m_holderPid, &m_holderHost, &application);
    return false;
}

bool StoreLock::isLocked() const
{
    return m_file->isLocked();
}

void StoreLock::unlock()
{
    m_file->unlock();
}

} // namespace huitou
