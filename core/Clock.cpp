#include "Clock.h"

#include <QMutex>

namespace huitou {

namespace {

const char *const kNowVariable = "HUITOU_NOW";

QDateTime &pinned()
{
    static QDateTime value = QDateTime::fromString(qEnvironmentVariable(kNowVariable), Qt::ISODate);
    return value;
}

// The zone is read by import worker threads while another thread may open a
// connection (which applies the store's zone): guarded.
QMutex &zoneMutex()
{
    static QMutex mutex;
    return mutex;
}

QTimeZone &zoneValue()
{
    static QTimeZone value = Clock::defaultShopZone();
    return value;
}

QTimeZone zone()
{
    const QMutexLocker lock(&zoneMutex());
    return zoneValue();
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
    const QTimeZone next = shopZone.isValid() ? shopZone : defaultShopZone();
    const QMutexLocker lock(&zoneMutex());
    if (zoneValue() != next)
        zoneValue() = next;
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
