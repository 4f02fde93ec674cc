#pragma once

#include "CliContext.h"

namespace huitou::cli {

int runImport(CliContext &context);
int runImports(CliContext &context); // list, or --revert ID

} // namespace huitou::cli
