#pragma once

#include <QString>

namespace huitou {

// A text that begins with = + - @, a tab or a carriage return, prefixed with '
// so a spreadsheet never runs it as a formula; a plain decimal such as -3.20 is
// left alone, and NUL characters are dropped. Every file Huitou writes for
// people (CSV and .xlsx) passes its cells through this.
QString neutralizeFormula(const QString &text);

// One field of a CSV Huitou writes: neutralised as above, then quoted when it
// must be (comma, quote, newline or carriage return).
QString csvField(const QString &text);

} // namespace huitou
