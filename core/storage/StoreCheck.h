#pragma once

#include <QString>

#include <future>

namespace huitou {

// PRAGMA quick_check of a store file on a thread of its own connection,
// alongside a command that only reads: on two cores the check costs the
// command no time, and a damaged store is still reported before the command
// says it succeeded.
class StoreCheck
{
public:
    explicit StoreCheck(const QString &path);
    ~StoreCheck();
    StoreCheck(const StoreCheck &) = delete;
    StoreCheck &operator=(const StoreCheck &) = delete;

    // Waits for the check; empty when the store is sound, else the message
    // of BackupStore::check.
    QString result();

private:
    std::future<QString> m_result;
    bool m_taken = false;
    QString m_value;
};

} // namespace huitou
