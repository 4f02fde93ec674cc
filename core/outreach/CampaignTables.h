#pragma once

#include "CampaignEvaluator.h"
#include "analytics/ReportTables.h"

namespace huitou {

// One campaign's result as a ReportTable (rows treatment and control; the
// chart puts the two groups' conversion rates side by side), so the Outreach
// page's chart and grid, the CSV and the monthly PDF show the same figures.
ReportTable campaignResultTable(const CampaignResult &result);

// One line for people: uplift, p-value, incremental revenue, cost, ROI and
// whether the window is still open.
QString campaignResultSummary(const CampaignResult &result);

} // namespace huitou
