#pragma once

#include "ShopReport.h"

#include <QString>

namespace huitou {

// `huitou-cli report --json`: exactly the object of DESIGN.md, plus a few
// extra keys (suggested thresholds, interval histogram, nurturing, BG/NBD).
QString reportToJson(const ShopReport &report);

} // namespace huitou
