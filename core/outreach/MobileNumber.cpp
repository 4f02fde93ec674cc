#include "MobileNumber.h"

namespace huitou {

QByteArray MobileNumber::normalizeUtf8(QByteArrayView raw)
{
    char digits[24];
    int n = 0;
    qsizetype i = 0, end = raw.size();
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    while (i < end && blank(raw[i]))
        ++i;
    while (end > i && blank(raw[end - 1]))
        --end;
    // Separators go wherever they are; one ' before the first digit (Excel's
    // text marker) goes too. The store's SQL (CustomerContacts) strips alike.
    bool quoted = false;
    for (; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(raw[i]);
        if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (c == '\'' && n == 0 && !quoted) {
            quoted = true;
            continue;
        }
        // Full-width space U+3000, no-break space U+00A0, full-width ( ) U+FF08 / U+FF09.
        if (c == 0xE3 && i + 2 < end && static_cast<unsigned char>(raw[i + 1]) == 0x80
            && static_cast<unsigned char>(raw[i + 2]) == 0x80) {
            i += 2;
            continue;
        }
        if (c == 0xC2 && i + 1 < end && static_cast<unsigned char>(raw[i + 1]) == 0xA0) {
            i += 1;
            continue;
        }
        if (c == 0xEF && i + 2 < end && static_cast<unsigned char>(raw[i + 1]) == 0xBC
            && (static_cast<unsigned char>(raw[i + 2]) == 0x88 || static_cast<unsigned char>(raw[i + 2]) == 0x89)) {
            i += 2;
            continue;
        }
        if (c == '*' || n >= int(sizeof(digits)))
            return {}; // masked, or far too long to be a number
        digits[n++] = char(c);
    }
    const char *d = digits;
    if (n == 14 && d[0] == '+' && d[1] == '8' && d[2] == '6') {
        d += 3;
        n -= 3;
    } else if (n == 15 && d[0] == '0' && d[1] == '0' && d[2] == '8' && d[3] == '6') {
        d += 4;
        n -= 4;
    } else if (n == 13 && d[0] == '8' && d[1] == '6') {
        d += 2;
        n -= 2;
    }
    if (n != 11 || d[0] != '1' || d[1] < '3' || d[1] > '9')
        return {};
    for (int k = 0; k < 11; ++k) {
        if (d[k] < '0' || d[k] > '9')
            return {};
    }
    return QByteArray(d, 11);
}

QString MobileNumber::normalize(const QString &raw)
{
    return QString::fromLatin1(normalizeUtf8(raw.toUtf8()));
}

QString MobileNumber::masked(const QString &raw)
{
    const QString n = normalize(raw);
    if (n.isEmpty())
        return raw.contains(QLatin1Char('*')) ? raw : QString();
    return n.left(3) + QLatin1String("****") + n.right(4);
}

} // namespace huitou
