#pragma once

#include "CliContext.h"

namespace huitou::cli {

// huitou-cli staff ACTION: the staff and manager logins of a shop server
// (whoami, list, add, remove). A store file has none: everyone may do everything.
int runStaff(CliContext &context);

} // namespace huitou::cli
