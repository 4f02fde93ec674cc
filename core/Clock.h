#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace huitou {

// The shop clock. "Today" decides every lifecycle stage, due day and
// birthday, so it is the shop's day, not the workstation's: now() in the
// shop's time zone (kept in the store's settings as shop_time_zone, default
// Asia/Shanghai; Database::open applies it). Tests pin it with PinnedClock.
class Clock
{
public:
    static QDateTime now();
    // The shop's date now.
    static QDate today();
    static QTimeZone shopZone();
    static void setShopZone(const QTimeZone &zone);
    static QTimeZone defaultShopZone() { return QTimeZone("Asia/Shanghai"); }
    // Pins the clock; an invalid QDateTime restores the system clock. The
    // environment variable HUITOU_NOW (ISO date-time) pins it at start-up,
    // so a pinned test pins the huitou-cli it starts too.
    static void pin(const QDateTime &fixed);
};

// Pins the clock (and HUITOU_NOW for child processes) for its lifetime.
class PinnedClock
{
public:
    explicit PinnedClock(const QDateTime &fixed);
    ~PinnedClock();
    PinnedClock(const PinnedClock &) = delete;
    PinnedClock &operator=(const PinnedClock &) = delete;

private:
    QDateTime m_previous;
    QByteArray m_previousEnv;
    bool m_hadEnv;
};

} // namespace huitou
