// The shop clock: today() is the shop's date (its time zone, kept in the
// store), and PinnedClock pins it for a test and for the processes it starts.
#include "Clock.h"
#include "TestStore.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QtTest>

using namespace huitou;

class TestClock : public QObject
{
    Q_OBJECT
private slots:
    void todayIsTheShopsDate()
    {
        // 17:00 UTC on 15 November is already the 16th in Shanghai (+8) and
        // still the 15th in Los Angeles (-8).
        const PinnedClock pinned(QDateTime(QDate(2026, 11, 15), QTime(17, 0), Qt::UTC));
        Clock::setShopZone(QTimeZone("Asia/Shanghai"));
        QCOMPARE(Clock::today(), QDate(2026, 11, 16));
        Clock::setShopZone(QTimeZone("America/Los_Angeles"));
        QCOMPARE(Clock::today(), QDate(2026, 11, 15));
        Clock::setShopZone(Clock::defaultShopZone());
    }

    void pinningIsUndoneAndReachesChildProcesses()
    {
        const QDateTime fixed(QDate(2025, 1, 1), QTime(8, 0), QTimeZone("Asia/Shanghai"));
        {
            const PinnedClock pinned(fixed);
            QCOMPARE(Clock::now(), fixed);
            QCOMPARE(QDateTime::fromString(qEnvironmentVariable("HUITOU_NOW"), Qt::ISODate), fixed);
        }
        QVERIFY(!qEnvironmentVariableIsSet("HUITOU_NOW"));
        QVERIFY(qAbs(Clock::now().secsTo(QDateTime::currentDateTime())) < 60 * 60); // the system clock again
    }

    void theZoneIsKeptInTheStore()
    {
        // This test runs in UTC (tests/CMakeLists.txt), as CI machines do: a
        // store without a zone is the shop's default zone, never the
        // machine's (the app counted "today" as the UTC day until 08:00).
        QVERIFY(QTimeZone::systemTimeZoneId() != QByteArray("Asia/Shanghai"));
        test::TestStore store;
        SettingsStore settings(store.db());
        QCOMPARE(settings.shopTimeZone().id(), QByteArray("Asia/Shanghai")); // the default
        {
            QString error;
            Clock::setShopZone(QTimeZone("Europe/Berlin"));
            QVERIFY2(Database::open(StoreLocation::file(store.path()), QStringLiteral("clock-default"), &error),
                     qPrintable(error));
            QCOMPARE(Clock::shopZone().id(), QByteArray("Asia/Shanghai"));
            Database::close(QStringLiteral("clock-default"));
        }
        QString error;
        QVERIFY(settings.setShopTimeZone(QTimeZone("Europe/Berlin"), &error));
        Clock::setShopZone(Clock::defaultShopZone());
        // Opening the store applies its zone.
        QVERIFY2(Database::open(StoreLocation::file(store.path()), QStringLiteral("clock-test"), &error),
                 qPrintable(error));
        QCOMPARE(Clock::shopZone().id(), QByteArray("Europe/Berlin"));
        Database::close(QStringLiteral("clock-test"));
        Clock::setShopZone(Clock::defaultShopZone());
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "test_clock.moc"
