#pragma once

#include "Taxonomy.h"
#include "analytics/ReportTables.h"

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

struct ReasonCount
{
    QString code;
    qint64 count = 0;
    qint64 lastMonth = 0; // the same reason in the month before
};

struct TopReasons
{
    QString kind;
    QString month; // "YYYY-MM"
    qint64 total = 0, lastMonthTotal = 0;
    std::vector<ReasonCount> rows; // at most five
};

struct ReasonTrend
{
    QStringList months; // 12, ascending, the last one the report month
    QStringList categories; // category codes in taxonomy order
    std::vector<std::vector<qint64>> counts; // [month][category]
};

// Top 5 and trends of reason entries (DESIGN.md "Reason entries"): entries
// logged in the calendar month, counted by reason (merged reasons count
// under the reason they were merged into), ordered by count, then by the
// taxonomy's order; at most five rows. Only confirmed, not deleted entries count.
class ReasonReports
{
public:
    // Pure ranking, for tests: COUNTS by stored code are folded through merges first.
    static std::vector<ReasonCount> rank(const Taxonomy &taxonomy, const QHash<QString, qint64> &counts,
                                         const QHash<QString, qint64> &lastMonth, int limit = 5);
    static TopReasons top(QSqlDatabase db, const QString &kind, const QDate &anyDayOfMonth);
    static ReasonTrend trend(QSqlDatabase db, const QDate &anyDayOfMonth);
    static ReportTable topTable(const Taxonomy &taxonomy, const TopReasons &top);
    static ReportTable trendTable(const Taxonomy &taxonomy, const ReasonTrend &trend);
    static QString kindName(const QString &kind);
};

} // namespace huitou
