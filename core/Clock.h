#pragma once

#include <QDate>
#include <QDateTime>

#include <functional>

namespace huitou {

// "Today" decides every lifecycle stage, so it is swappable: tests pin it.
class Clock
{
public:
    static QDateTime now();
    static QDate today();
    // Pins the clock for tests; an invalid QDateTime restores the system clock.
    static void pin(const QDateTime &fixed);
};

} // namespace huitou
