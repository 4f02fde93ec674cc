#include "Fingerprint.h"

namespace huitou {

Fingerprint &Fingerprint::add(const QString &s)
{
    for (QChar c : s) {
        m_hash ^= c.unicode();
        m_hash *= 1099511628211ULL;
    }
    m_hash ^= 0x1F;
    m_hash *= 1099511628211ULL;
    return *this;
}

Fingerprint &Fingerprint::add(qint64 v)
{
    for (int i = 0; i < 8; ++i) {
        m_hash ^= (static_cast<quint64>(v) >> (8 * i)) & 0xFF;
        m_hash *= 1099511628211ULL;
    }
    return *this;
}

} // namespace huitou
