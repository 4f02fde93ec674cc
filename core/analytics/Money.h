#pragma once

#include <QString>
#include <QtGlobal>

namespace huitou::money {

// Exact quotient NUM / DEN fen rounded half up to the fen (DEN > 0). The
// arithmetic is 128-bit, so it holds for every 64-bit NUM and DEN.
inline qint64 divideRounded(qint64 num, qint64 den)
{
    const bool negative = num < 0;
    const __int128 a = negative ? -__int128(num) : __int128(num);
    const __int128 q = (2 * a + den) / (2 * __int128(den));
    return qint64(negative ? -q : q);
}

inline double yuan(qint64 fen)
{
    return double(fen) / 100.0;
}

inline QString text(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3").arg(fen < 0 ? QStringLiteral("-") : QString()).arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace huitou::money
