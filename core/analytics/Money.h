#pragma once

#include <QString>
#include <QtGlobal>

namespace huitou::money {

// 128-bit integer for exact money products and sums (GCC and Clang).
__extension__ typedef __int128 Int128;

// Exact quotient NUM / DEN fen rounded half up to the fen (DEN > 0). The
// arithmetic is 128-bit, so it holds for every 64-bit NUM and DEN.
inline qint64 divideRounded(qint64 num, qint64 den)
{
    const bool negative = num < 0;
    const Int128 a = negative ? -Int128(num) : Int128(num);
    const Int128 q = (2 * a + den) / (2 * Int128(den));
    return qint64(negative ? -q : q);
}

inline double yuan(qint64 fen)
{
    return double(fen) / 100.0;
}

inline QString text(qint64 fen)
{
    const qint64 a = fen < 0 ? -fen : fen;
    return QStringLiteral("%1%2.%3")
        .arg(fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace huitou::money
