#include "CareRules.h"

#include <QStringList>

namespace huitou::care {

TouchState touchState(const QDate &first, const QDate &second, int offset, const QDate &today, int grace, bool closed)
{
    const QDate due = first.addDays(offset);
    if (closed)
        return TouchState::Closed;
    if (second.isValid() && second <= today)
        return TouchState::BoughtAgain;
    if (due > today)
        return TouchState::NotYetDue;
    if (due.daysTo(today) > grace)
        return TouchState::Missed;
    return TouchState::Due;
}

QDate birthdayIn(const QString &text, int year)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() < 2)
        return {};
    const int month = parts[parts.size() - 2].toInt();
    const int day = parts.last().toInt();
    if (month == 2 && day == 29 && !QDate::isLeapYear(year))
        return QDate(year, 2, 28);
    return QDate(year, month, day);
}

QDate nextBirthday(const QString &text, const QDate &today)
{
    QDate d = birthdayIn(text, today.year());
    if (!d.isValid())
        return {};
    if (d < today)
        d = birthdayIn(text, today.year() + 1);
    return d;
}

int ageOn(const QString &text, const QDate &day)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() != 3)
        return -1;
    const int year = parts[0].toInt();
    const QDate birthday = birthdayIn(text, day.year());
    if (!birthday.isValid() || year <= 0)
        return -1;
    return day.year() - year - (day < birthday ? 1 : 0);
}

} // namespace huitou::care
