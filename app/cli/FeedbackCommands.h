#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli reasons add|top|resolve|taxonomy …
int runReasons(CliContext &context);
// huitou-cli reviews import FILE --map …
int runReviews(CliContext &context);
// huitou-cli classify TEXT… [--json]
int runClassify(CliContext &context);

} // namespace huitou::cli
