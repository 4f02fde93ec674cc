#pragma once

#include "analytics/ReportTables.h"

#include <QDate>
#include <QSqlDatabase>

#include <vector>

namespace huitou {

// The manager's voice-of-the-customer views for a month: Top 5 complaint,
// return and review reasons (with last month beside them), the 12-month
// trend by category, the latest callback sample's survey results and the
// month's product feedback. Same tables on the Reports page, in the monthly
// PDF and in CSV exports. PRODUCTLIMIT > 0 keeps that many products (the PDF).
class VoiceOfCustomer
{
public:
    static std::vector<ReportTable> tables(QSqlDatabase db, const QDate &anyDayOfMonth, int productLimit = 0);
};

} // namespace huitou
