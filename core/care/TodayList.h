#pragma once

#include "CarePlan.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace huitou {

enum class TodayKind { Touch, Birthday, FollowUp, Complaint, Return, Count };

struct TodayItem
{
    TodayKind kind = TodayKind::Touch;
    qint64 customerId = 0;
    QString customerKey;
    QString why; // the touch's label, "Birthday (30)", the follow-up's text, the reason
    QString content; // suggested content
    QDate dueDay;
    int overdueDays = 0; // today − due day when positive
    QString taskKey; // "touch:7", "birthday:2026", "follow_up:12"; empty for complaints / returns
    qint64 entryId = 0; // the reason entry of a complaint / return
};

struct TodayResult
{
    QDate asOf;
    std::vector<TodayItem> items; // by due day, then kind, then customer key
    std::array<int, int(TodayKind::Count)> counts{};
};

// Today's list (今日待办, DESIGN.md "Precise rules for care"): due new-customer
// touches (closing as done / skipped / bought again / missed after the grace
// period), birthdays today and in the next 7 days, follow-ups asked for in
// surveys, open complaints and returns.
class TodayList
{
public:
    static std::optional<TodayResult> compute(QSqlDatabase db, const QDate &asOf, QString *error);
    static std::optional<TodayResult> compute(QSqlDatabase db, const QDate &asOf, const CarePlan &plan, QString *error);
    static QString kindKey(TodayKind kind); // touch | birthday | follow_up | complaint | return
    static QString kindName(TodayKind kind); // translated
};

} // namespace huitou
