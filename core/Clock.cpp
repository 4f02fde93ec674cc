#include "Clock.h"

namespace huitou {

namespace {

const char *const kNowVariable = "HUITOU_NOW";

QDateTime &pinned()
{
    static QDateTime value = QDateTime::fromString(qEnvironmentVariable(kNowVariable), Qt::ISODate);
    return value;
}

QTimeZone &zone()
{
    static QTimeZone value = Clock::defaultShopZone();
    return value;
}

} // namespace

QDateTime Clock::now()
{
    return pinned().isValid() ? pinned() : QDateTime::currentDateTime();
}

QDate Clock::today()
{
    return now().toTimeZone(zone()).date();
}

QTimeZone Clock::shopZone()
{
    return zone();
}

void Clock::setShopZone(const QTimeZone &shopZone)
{
    zone() = shopZone.isValid() ? shopZone : defaultShopZone();
}

void Clock::pin(const QDateTime &fixed)
{
    pinned() = fixed;
}

PinnedClock::PinnedClock(const QDateTime &fixed)
    : m_previous(pinned())
    , m_previousEnv(qgetenv(kNowVariable))
    , m_hadEnv(qEnvironmentVariableIsSet(kNowVariable))
{
    Clock::pin(fixed);
    qputenv(kNowVariable, fixed.toString(Qt::ISODateWithMs).toUtf8());
}

PinnedClock::~PinnedClock()
{
    Clock::pin(m_previous);
    if (m_hadEnv)
        qputenv(kNowVariable, m_previousEnv);
    else
        qunsetenv(kNowVariable);
}

} // namespace huitou
