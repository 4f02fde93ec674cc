#pragma once

#include "CliContext.h"

namespace huitou::cli {

int runSegment(CliContext &c);
int runExport(CliContext &c);
int runCampaigns(CliContext &c);
int runCampaign(CliContext &c);
int runConsent(CliContext &c);

} // namespace huitou::cli
