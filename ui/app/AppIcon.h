#pragma once

#include <QIcon>

namespace huitou {

// The window icon, drawn from the same shapes as resources/huitou.svg (a
// round arrow that comes back), so it needs no SVG image plugin at run time.
QIcon appIcon();

} // namespace huitou
