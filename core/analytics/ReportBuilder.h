#pragma once

#include "AnalyticsSettings.h"
#include "BgNbd.h"
#include "PurchaseHistory.h"
#include "ShopReport.h"

namespace huitou {

// Computes every shop figure of DESIGN.md's "Definitions" for one as-of date
// from the purchase history: the customer classification, then repeat
// purchase, intervals, cohorts, monthly KPIs, frequency groups, regions and
// the BG/NBD predictions.
class ReportBuilder
{
public:
    // What a caller needs of a report: the monthly PDF shows no BG/NBD
    // figure (ShopFigures: no fit); the stored per-customer results need no
    // shop-wide table (PerCustomer: the classification and the fit only).
    enum class Parts { All, ShopFigures, PerCustomer };

    // BGNBDSTART: where the BG/NBD search begins (the last fit), if known.
    static ShopReport build(const PurchaseHistory &history, const AnalyticsSettings &settings, const QDate &asOf,
                            const std::optional<BgNbdParameters> &bgNbdStart = std::nullopt, Parts parts = Parts::All);

private:
    static void repeatPurchase(const PurchaseHistory &h, ShopReport *r);
    static void intervals(const PurchaseHistory &h, ShopReport *r);
    static void cohorts(const PurchaseHistory &h, ShopReport *r);
    static void monthly(const PurchaseHistory &h, const AnalyticsSettings &s, ShopReport *r);
    static void frequencyGroups(const PurchaseHistory &h, ShopReport *r);
    static void regions(const PurchaseHistory &h, ShopReport *r);
    static void predictions(const PurchaseHistory &h, ShopReport *r, const std::optional<BgNbdParameters> &start);
};

} // namespace huitou
