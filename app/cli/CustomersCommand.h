#pragma once

#include "CliContext.h"

namespace huitou::cli {

int runCustomers(CliContext &context);

} // namespace huitou::cli
