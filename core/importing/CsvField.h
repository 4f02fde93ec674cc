#pragma once

#include <QString>

namespace huitou {

// One field of a CSV Huitou writes: quoted when it must be, and a text that
// begins with = + - @ or a tab is prefixed with ' so a spreadsheet never runs
// it as a formula (numbers such as -3.20 are left alone).
QString csvField(const QString &text);

} // namespace huitou
