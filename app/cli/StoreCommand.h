#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli store ACTION: the store file itself (create; more actions are
// one line each in StoreCommand.cpp's table).
int runStore(CliContext &context);

} // namespace huitou::cli
