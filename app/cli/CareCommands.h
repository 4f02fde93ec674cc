#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli today [--as-of YYYY-MM-DD] [--json]
int runToday(CliContext &context);
// huitou-cli callbacks sample|results|list …
int runCallbacks(CliContext &context);

} // namespace huitou::cli
