#pragma once

#include "AnalyticsSettings.h"
#include "ShopReport.h"
#include "customers/Segment.h"

#include <QDate>
#include <QSqlDatabase>

#include <functional>
#include <optional>
#include <utility>

namespace huitou {

// The one entry point the GUI and the CLI use for numbers: loads the valid
// orders up to an as-of date, builds the report, and keeps the per-customer
// results in the store current.
class AnalyticsService
{
public:
    explicit AnalyticsService(QSqlDatabase db);

    // Today in the shop's time zone (the swappable clock decides).
    static QDate today();

    std::optional<ShopReport> report(const QDate &asOf, QString *error) const;
    // Only the per-customer classification for ASOF (F, M, R, stage, type,
    // tier, RFM segment and scores, and the lifecycle grid): what a count or
    // a filter on figures needs, without the shop-wide parts and the BG/NBD
    // fit (p_alive and expected_90 stay empty).
    std::optional<ShopReport> classification(const QDate &asOf, QString *error) const;
    // Calls VISIT for every customer at ASOF (a valid order paid by then),
    // in customer id order, with the figures that follow from her purchase
    // days alone: F, first and last day, R, stage and type (the rest keeps
    // its default). What a count needs when dayFiguresSuffice(), from a read
    // of two columns instead of the whole facts.
    bool forEachDayFigures(const QDate &asOf, const std::function<void(const CustomerFigures &)> &visit,
                           QString *error) const;
    // True when SEGMENT's figure conditions are all on those figures (no
    // tier, RFM segment or M: they rank a customer against the whole shop).
    static bool dayFiguresSuffice(const Segment &segment);
    // The shop figures for two days, CURRENT and an earlier PREVIOUS (the
    // monthly PDF's month and the one before), from one read of the orders,
    // without the BG/NBD fit the PDF does not show: the two reports equal
    // report(CURRENT) and report(PREVIOUS) but for the fit's figures.
    std::optional<std::pair<ShopReport, ShopReport>> reportPair(const QDate &current, const QDate &previous,
                                                                QString *error) const;
    // Rebuilds the stored per-customer results for ASOF (after an import or
    // a settings change).
    bool recompute(const QDate &asOf, QString *error);
    // After an import: recomputes when the import changed an order (it then
    // marked the figures stale) or they are for another day; otherwise (an
    // item report, the same file again) only the automatic tags follow.
    bool afterImport(const QDate &asOf, QString *error);
    // Recomputes when the stored results are for another day than ASOF.
    bool ensureCurrent(const QDate &asOf, QString *error);

private:
    QSqlDatabase m_db;
};


} // namespace huitou
