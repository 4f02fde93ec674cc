#include "Clock.h"

namespace huitou {

namespace {
QDateTime &pinned()
{
    static QDateTime value;
    return value;
}
} // namespace

QDateTime Clock::now()
{
    return pinned().isValid() ? pinned() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().date();
}

void Clock::pin(const QDateTime &fixed)
{
    pinned() = fixed;
}

} // namespace huitou
