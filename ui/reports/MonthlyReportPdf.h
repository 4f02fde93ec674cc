#pragma once

#include "analytics/ReportTables.h"
#include "analytics/ShopReport.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

// The monthly report as an A4 PDF: shop name and month, the KPIs with their
// change from the previous month, every chart, and the definitions.
// Needs a QApplication (charts are widgets); the CLI creates an offscreen one.
class MonthlyReportPdf
{
public:
    // MONTH is year * 12 + month - 1; the report is as of its last day.
    static bool write(QSqlDatabase db, int month, const QString &path, QString *error);
    // EXTRA: further views drawn after the shop's charts (the voice of the customer).
    static bool write(const ShopReport &current, const ShopReport &previous, const QString &shopName,
                      const QString &path, QString *error, const std::vector<ReportTable> &extra = {});
};

} // namespace huitou
