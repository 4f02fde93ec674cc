#include "StoreCheck.h"

#include "BackupStore.h"

namespace huitou {

StoreCheck::StoreCheck(const QString &path)
    : m_result(std::async(std::launch::async, [path] { return BackupStore::checkFileOnOpen(path); }))
{
}

StoreCheck::~StoreCheck()
{
    if (m_result.valid())
        m_result.wait();
}

QString StoreCheck::result()
{
    if (!m_taken) {
        m_value = m_result.get();
        m_taken = true;
    }
    return m_value;
}

} // namespace huitou
