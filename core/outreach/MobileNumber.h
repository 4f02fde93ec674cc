#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace huitou {

// The mobile-number rule of DESIGN.md ("Precise rules", mobile numbers):
// strip spaces, dashes, parentheses and a leading ', then a leading +86,
// 0086 or 86 when 11 digits remain; the rest is a contact when it matches
// 1[3-9] followed by 9 digits. A masked number (any *) is never a contact.
class MobileNumber
{
public:
    // The 11 digits, or an empty string when RAW is not a usable mobile.
    static QString normalize(const QString &raw);
    // The same on UTF-8 text (what the store hands out), without converting.
    static QByteArray normalizeUtf8(QByteArrayView raw);
    static bool isValid(const QString &raw) { return !normalize(raw).isEmpty(); }
    // For lists on screen: 138****5678 (the middle four hidden).
    static QString masked(const QString &raw);
};

} // namespace huitou
