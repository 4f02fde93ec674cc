#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli store backup|backups|restore ID|check
int runStore(CliContext &context);

} // namespace huitou::cli
