#include "TodayList.h"

#include "CareRules.h"
#include "feedback/Taxonomy.h"
#include "storage/CareStore.h"
#include "storage/ReasonStore.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace huitou {

QString TodayList::kindKey(TodayKind kind)
{
    switch (kind) {
    case TodayKind::Touch: return QStringLiteral("touch");
    case TodayKind::Birthday: return QStringLiteral("birthday");
    case TodayKind::FollowUp: return QStringLiteral("follow_up");
    case TodayKind::Complaint: return QStringLiteral("complaint");
    case TodayKind::Return: return QStringLiteral("return");
    default: return {};
    }
}

QString TodayList::kindName(TodayKind kind)
{
    switch (kind) {
    case TodayKind::Touch: return QCoreApplication::translate("huitou::TodayList", "New-customer touch");
    case TodayKind::Birthday: return QCoreApplication::translate("huitou::TodayList", "Birthday");
    case TodayKind::FollowUp: return QCoreApplication::translate("huitou::TodayList", "Follow-up");
    case TodayKind::Complaint: return QCoreApplication::translate("huitou::TodayList", "Open complaint");
    case TodayKind::Return: return QCoreApplication::translate("huitou::TodayList", "Open return");
    default: return {};
    }
}

std::optional<TodayResult> TodayList::compute(QSqlDatabase db, const QDate &asOf, QString *error)
{
    return compute(db, asOf, CarePlan::load(db), error);
}

std::optional<TodayResult> TodayList::compute(QSqlDatabase db, const QDate &asOf, const CarePlan &plan, QString *error)
{
    TodayResult r;
    r.asOf = asOf;
    CareStore store(db);
    // A touch can be listed only while today − (first + offset) ≤ grace, so
    // only first purchase days since today − max offset − grace matter.
    const QDate from = asOf.addDays(-(plan.maxOffset() + plan.graceDays));
    QString err;
    const auto closed = store.closedTasks(from.addDays(-1), &err);
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    const auto isClosed = [&closed](qint64 customer, const QString &key) { return closed.contains({customer, key}); };

    if (!plan.steps.isEmpty()) {
        const auto customers = store.newCustomers(from, asOf, &err);
        if (!err.isEmpty()) {
            *error = err;
            return std::nullopt;
        }
        // Task keys and texts once per step, not once per customer.
        QStringList keys, whys;
        for (const CareStep &step : plan.steps) {
            keys << QStringLiteral("touch:%1").arg(step.offset);
            whys << QCoreApplication::translate("huitou::TodayList", "Day %1: %2").arg(step.offset).arg(step.label);
        }
        r.items.reserve(customers.size());
        for (const NewCustomerFacts &n : customers) {
            for (int s = 0; s < plan.steps.size(); ++s) {
                const CareStep &step = plan.steps[s];
                const auto state = care::touchState(n.firstDay, n.laterDay, step.offset, asOf, plan.graceDays,
                                                    !closed.isEmpty() && isClosed(n.customerId, keys[s]));
                if (state != care::TouchState::Due)
                    continue;
                TodayItem item;
                item.kind = TodayKind::Touch;
                item.customerId = n.customerId;
                item.customerKey = n.key;
                item.why = whys[s];
                item.content = step.content;
                item.dueDay = n.firstDay.addDays(step.offset);
                item.taskKey = keys[s];
                r.items.push_back(std::move(item));
            }
        }
    }

    // Birthdays: today and the next 7 days; 29 Feb falls on 28 Feb in other years.
    QStringList monthDays;
    for (int k = 0; k <= 7; ++k) {
        const QDate d = asOf.addDays(k);
        monthDays << d.toString(QStringLiteral("MM-dd"));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            monthDays << QStringLiteral("02-29");
    }
    for (const BirthdayFacts &b : store.birthdays(monthDays, &err)) {
        const QDate day = care::nextBirthday(b.birthday, asOf);
        if (!day.isValid() || asOf.daysTo(day) > 7)
            continue;
        const QString key = QStringLiteral("birthday:%1").arg(day.year());
        if (isClosed(b.customerId, key))
            continue;
        TodayItem item;
        item.kind = TodayKind::Birthday;
        item.customerId = b.customerId;
        item.customerKey = b.key;
        const int age = care::ageOn(b.birthday, day);
        item.why = age >= 0 ? QCoreApplication::translate("huitou::TodayList", "Birthday on %1 (turns %2)")
                                  .arg(day.toString(QStringLiteral("MM-dd")))
                                  .arg(age)
                            : QCoreApplication::translate("huitou::TodayList", "Birthday on %1")
                                  .arg(day.toString(QStringLiteral("MM-dd")));
        item.content = QCoreApplication::translate(
            "huitou::TodayList", "Birthday greeting, with a coupon valid 7 to 15 days if you have one.");
        item.dueDay = day;
        item.taskKey = key;
        r.items.push_back(item);
    }
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }

    for (const FollowUpFacts &f : store.followUps(asOf, &err)) {
        const QString key = QStringLiteral("follow_up:%1").arg(f.answerId);
        if (isClosed(f.customerId, key))
            continue;
        TodayItem item;
        item.kind = TodayKind::FollowUp;
        item.customerId = f.customerId;
        item.customerKey = f.key;
        item.why = QCoreApplication::translate("huitou::TodayList", "Asked for a follow-up in the callback survey");
        item.content = f.text;
        item.dueDay = f.day;
        item.taskKey = key;
        r.items.push_back(item);
    }

    const Taxonomy taxonomy = TaxonomyStore(db).load();
    for (const ReasonEntry &e : ReasonStore(db).openEntries()) {
        if (e.loggedDay > asOf)
            continue;
        TodayItem item;
        item.kind = e.kind == QLatin1String("return") ? TodayKind::Return : TodayKind::Complaint;
        item.customerId = e.customerId;
        item.customerKey = e.customerKey;
        item.why = taxonomy.displayName(e.reasonCode);
        if (!e.orderNo.isEmpty())
            item.why += QCoreApplication::translate("huitou::TodayList", " (order %1)").arg(e.orderNo);
        item.content = e.text;
        item.dueDay = e.loggedDay;
        item.entryId = e.id;
        r.items.push_back(item);
    }

    for (TodayItem &item : r.items) {
        item.overdueDays = std::max<qint64>(0, item.dueDay.daysTo(asOf));
        ++r.counts[size_t(item.kind)];
    }
    std::sort(r.items.begin(), r.items.end(), [](const TodayItem &a, const TodayItem &b) {
        if (a.dueDay != b.dueDay)
            return a.dueDay < b.dueDay;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.customerKey != b.customerKey)
            return a.customerKey < b.customerKey;
        return a.taskKey < b.taskKey;
    });
    return r;
}

} // namespace huitou
