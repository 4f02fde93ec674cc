#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli reasons add|top|resolve|taxonomy …
int runReasons(CliContext &context);
// huitou-cli classify TEXT… [--json]
int runClassify(CliContext &context);

} // namespace huitou::cli
