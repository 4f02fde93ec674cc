#pragma once

#include <QString>
#include <QtGlobal>

namespace huitou::money {

// Exact quotient NUM / DEN fen rounded half up to the fen (DEN > 0).
inline qint64 divideRounded(qint64 num, qint64 den)
{
    const bool negative = num < 0;
    const qint64 a = negative ? -num : num;
    const qint64 q = (2 * a + den) / (2 * den);
    return negative ? -q : q;
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
