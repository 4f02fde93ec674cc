#include "MobileNumber.h"

namespace huitou {

QString MobileNumber::normalize(const QString &raw)
{
    QString s;
    s.reserve(raw.size());
    QString t = raw.trimmed();
    if (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    for (const QChar ch : t) {
        if (ch == QLatin1Char(' ') || ch == QLatin1Char('-') || ch == QLatin1Char('(') || ch == QLatin1Char(')')
            || ch == QChar(0x3000) || ch == QChar(0x00A0) || ch == QChar(0xFF08) || ch == QChar(0xFF09))
            continue;
        if (ch == QLatin1Char('*'))
            return {};
        s.append(ch);
    }
    if (s.startsWith(QLatin1String("+86")) && s.size() == 14)
        s.remove(0, 3);
    else if (s.startsWith(QLatin1String("0086")) && s.size() == 15)
        s.remove(0, 4);
    else if (s.startsWith(QLatin1String("86")) && s.size() == 13)
        s.remove(0, 2);
    if (s.size() != 11 || s[0] != QLatin1Char('1') || s[1] < QLatin1Char('3') || s[1] > QLatin1Char('9'))
        return {};
    for (const QChar ch : s) {
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9'))
            return {};
    }
    return s;
}

QString MobileNumber::masked(const QString &raw)
{
    const QString n = normalize(raw);
    if (n.isEmpty())
        return raw.contains(QLatin1Char('*')) ? raw : QString();
    return n.left(3) + QLatin1String("****") + n.right(4);
}

} // namespace huitou
