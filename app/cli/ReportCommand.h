#pragma once

#include "CliContext.h"

namespace huitou::cli {

int runReport(CliContext &context);

} // namespace huitou::cli
