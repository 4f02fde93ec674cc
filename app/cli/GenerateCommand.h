#pragma once

#include "CliContext.h"

namespace huitou::cli {

int runGenerate(CliContext &context);

} // namespace huitou::cli
