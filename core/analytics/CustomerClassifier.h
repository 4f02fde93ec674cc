#pragma once

#include "AnalyticsSettings.h"
#include "PurchaseHistory.h"
#include "ShopReport.h"

namespace huitou {

// Per-customer classification for one as-of date: F, M, R, lifecycle stage,
// new/returning, member tier, RFM segment and scores. Fills the customer
// parts of REPORT (grid, tiers and thresholds, RFM means and segments).
class CustomerClassifier
{
public:
    static void classify(const PurchaseHistory &history, const AnalyticsSettings &settings, ShopReport *report);
    static Stage stageFor(int recency, const AnalyticsSettings &settings);
};

} // namespace huitou
