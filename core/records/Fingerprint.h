#pragma once

#include <QString>

namespace huitou {

// Stable FNV-1a over a sequence of strings (separator-delimited) and numbers:
// the same on every machine, so a re-imported row compares by one number.
class Fingerprint
{
public:
    Fingerprint &add(const QString &s);
    Fingerprint &add(qint64 v);
    qint64 value() const { return static_cast<qint64>(m_hash); }

private:
    quint64 m_hash = 1469598103934665603ULL;
};

} // namespace huitou
