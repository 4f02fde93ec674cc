#pragma once

#include <QString>

namespace huitou {

// SMS length as DESIGN.md fixes it: up to 70 characters (any mix of Chinese
// and Latin) is one segment; a longer message is split into segments of 67.
// A character is a UTF-16 code unit, as SMS platforms count UCS-2 text (an
// emoji outside the BMP counts twice).
class SmsLength
{
public:
    static constexpr int kSingle = 70;
    static constexpr int kPart = 67;
    static int characters(const QString &text) { return int(text.size()); }
    static int segments(int characters);
    static int segments(const QString &text) { return segments(characters(text)); }
};

} // namespace huitou
