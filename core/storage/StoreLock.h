#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace huitou {

// Marks a store as open in one Huitou window: a lock file beside it
// ("shop.db.lock", with the holder's process id and host). A second window
// or process on the same store finds it held and can say so, instead of two
// windows silently editing the same customers. A lock left by a crashed
// process is stale and taken over.
class StoreLock
{
public:
    explicit StoreLock(const QString &storePath);
    ~StoreLock();
    StoreLock(const StoreLock &) = delete;
    StoreLock &operator=(const StoreLock &) = delete;

    // True when this lock now holds the store.
    bool tryLock();
    bool isLocked() const;
    void unlock();
    // Who holds it when tryLock() failed: process id and host name.
    qint64 holderPid() const { return m_holderPid; }
    QString holderHost() const { return m_holderHost; }
    QString lockFilePath() const { return m_lockPath; }

private:
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_file;
    qint64 m_holderPid = 0;
    QString m_holderHost;
};

} // namespace huitou
