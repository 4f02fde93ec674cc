#pragma once

#include "analytics/ReportTables.h"
#include "analytics/ShopReport.h"
#include "outreach/CampaignEvaluator.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

// The monthly report as an A4 PDF: shop name and month, the KPIs with their
// change from the previous month, every chart, the last campaigns' results,
// and the definitions.
// Needs a QApplication (charts are widgets); the CLI creates an offscreen one.
class MonthlyReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(huitou::MonthlyReportPdf) // the class's one translation context

public:
    // The product-feedback table of the PDF keeps the products with the most returns and complaints.
    static constexpr int kProductRows = 20;
    // MONTH is year * 12 + month - 1; the report is as of its last day.
    static bool write(QSqlDatabase db, int month, const QString &path, QString *error);
    // EXTRA: further views drawn after the shop's charts (the voice of the
    // customer). CAMPAIGNS: the last campaigns sent up to the month's end,
    // evaluated as of that day (each a chart of its two groups with the
    // figures beneath).
    static bool write(const ShopReport &current, const ShopReport &previous, const QString &shopName,
                      const QString &path, QString *error, const std::vector<ReportTable> &extra = {},
                      const QList<CampaignResult> &campaigns = {});
    // The last COUNT campaigns sent on or before ASOF, evaluated as of ASOF.
    static QList<CampaignResult> recentCampaigns(QSqlDatabase db, const QDate &asOf, int count = 4);
};

} // namespace huitou
