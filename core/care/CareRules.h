#pragma once

#include <QDate>
#include <QString>

namespace huitou {

// The precise rules of DESIGN.md for care, as pure functions (tested on hand-worked fixtures).
namespace care {

enum class TouchState { NotYetDue, Due, Closed, BoughtAgain, Missed };

// A plan step with OFFSET for a customer whose first purchase day is FIRST:
// due on FIRST + OFFSET; listed from its due day until done/skipped (CLOSED),
// "bought again" once a second purchase day exists on or before TODAY
// (SECOND invalid: none), "missed" when TODAY − due > GRACE.
TouchState touchState(const QDate &first, const QDate &second, int offset, const QDate &today, int grace, bool closed);

// The day a birthday "MM-DD" (or "YYYY-MM-DD") falls on in YEAR: 29 Feb falls
// on 28 Feb in a non-leap year. Invalid when TEXT is no birthday.
QDate birthdayIn(const QString &text, int year);
// The next occurrence on or after TODAY; listed when it is within [TODAY, TODAY + 7].
QDate nextBirthday(const QString &text, const QDate &today);
// Age on DAY when the year of birth is known, else -1.
int ageOn(const QString &text, const QDate &day);

} // namespace care

} // namespace huitou
