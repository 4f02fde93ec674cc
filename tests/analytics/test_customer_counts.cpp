// Issue 9, item 9: the status bar counted every buyer (2,999), the reports
// only those with a paid order (2,898). The difference is named and
// countable, and the list can leave it out. Worked by hand on small_shop
// (tests/data/report/small_shop/README.md, "Customers without a paid order").
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "importing/OrderImporter.h"
#include "storage/CustomerStore.h"
#include "storage/ImportStore.h"
#include "storage/SegmentQuery.h"

#include <QtTest>

using namespace huitou;

class TestCustomerCounts : public QObject
{
    Q_OBJECT
    test::TestStore m_store;

    qint64 idOf(const QString &key) const
    {
        return m_store.scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = '%1'").arg(key))
            .toLongLong();
    }

private slots:
    void initTestCase()
    {
        QString error;
        ImportOptions options;
        options.mapping = ColumnMapping::fromSpec(QStringLiteral("customer=customer,order=order,time=paid_at,"
                                                                 "amount=amount,refund=refund,status=status,"
                                                                 "quantity=quantity,address=address"),
                                                  &error);
        const ImportResult r = OrderImporter(std::make_unique<ImportStore>(m_store.db()), options)
                                   .importFile(test::testDataPath(QStringLiteral("report/small_shop/orders.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    void countsAddUp_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<int>("withFigures");
        QTest::addColumn<QStringList>("without");
        // D has only a cancelled order; E2 (after the day) does not matter.
        QTest::newRow("2024-06-30") << QDate(2024, 6, 30) << 6 << QStringList{QStringLiteral("D")};
        // By the end of 2023 only A, C and F had paid; B, E, G bought later.
        QTest::newRow("2023-12-31") << QDate(2023, 12, 31) << 3
                                    << QStringList{QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("E"),
                                                   QStringLiteral("G")};
    }

    void countsAddUp()
    {
        QFETCH(QDate, asOf);
        QFETCH(int, withFigures);
        QFETCH(QStringList, without);
        QString error;
        QVERIFY2(AnalyticsService(m_store.db()).recompute(asOf, &error), qPrintable(error));
        const auto report = AnalyticsService(m_store.db()).report(asOf, &error);
        QVERIFY(report);
        const CustomerStore store(m_store.db());
        QCOMPARE(store.count(), 7);
        QCOMPARE(report->customers, withFigures);
        QCOMPARE(store.countWithoutPaidOrder(), qint64(without.size()));
        QCOMPARE(store.count(), report->customers + store.countWithoutPaidOrder());

        // The list leaves them out when asked, in every sort.
        for (const CustomerColumn sort :
             {CustomerColumn::LastPurchase, CustomerColumn::Nick, CustomerColumn::Monetary}) {
            for (const bool ascending : {false, true}) {
                Segment paid;
                paid.hasPaidOrder = true;
                const CustomerSort order{sort, ascending};
                const std::vector<qint64> ids = SegmentQuery(m_store.db(), paid).ids(order, &error);
                QCOMPARE(qint64(ids.size()), qint64(withFigures));
                for (const QString &key : without)
                    QVERIFY(std::find(ids.begin(), ids.end(), idOf(key)) == ids.end());
                QCOMPARE(qint64(SegmentQuery(m_store.db(), Segment()).ids(order, &error).size()), store.count());
            }
        }
        // A search still finds a never-paid buyer when the list shows them.
        Segment search;
        search.search = QStringLiteral("D");
        search.hasPaidOrder = true;
        const std::vector<qint64> paidOnly = SegmentQuery(m_store.db(), search).ids(CustomerSort(), &error);
        QVERIFY(std::find(paidOnly.begin(), paidOnly.end(), idOf(QStringLiteral("D"))) == paidOnly.end());
        search.hasPaidOrder.reset();
        const std::vector<qint64> all = SegmentQuery(m_store.db(), search).ids(CustomerSort(), &error);
        QVERIFY(std::find(all.begin(), all.end(), idOf(QStringLiteral("D"))) != all.end());
    }

    // Another day than the stored one: the figures read off the purchase
    // days alone (two columns of the facts index) are those the whole
    // classification gives, on every day the fixture spans.
    void dayFiguresEqualTheClassification()
    {
        for (QDate day(2022, 4, 30); day <= QDate(2024, 7, 31); day = day.addDays(17)) {
            QString error;
            const auto report = AnalyticsService(m_store.db()).classification(day, &error);
            QVERIFY2(report, qPrintable(error));
            std::vector<CustomerFigures> days;
            QVERIFY2(AnalyticsService(m_store.db())
                         .forEachDayFigures(
                             day, [&days](const CustomerFigures &f) { days.push_back(f); }, &error),
                     qPrintable(error));
            QCOMPARE(days.size(), report->perCustomer.size());
            for (size_t i = 0; i < days.size(); ++i) {
                const CustomerFigures &a = days[i], &b = report->perCustomer[i];
                QCOMPARE(a.customerId, b.customerId);
                QCOMPARE(a.frequency, b.frequency);
                QCOMPARE(a.firstDay, b.firstDay);
                QCOMPARE(a.lastDay, b.lastDay);
                QCOMPARE(a.recency, b.recency);
                QCOMPARE(a.stage, b.stage);
                QCOMPARE(a.returning, b.returning);
            }
        }
    }

    // The stage × type counts at two days, worked by hand in the README
    // ("Stage and type on another day"), counted the way customers --count
    // counts at a day other than the stored one.
    void stageTypeCountsOnAnotherDay_data()
    {
        QTest::addColumn<QDate>("asOf");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QStringList>("who");
        const QDate june(2024, 6, 30), december(2023, 12, 31);
        const auto row = [](const char *name, const QDate &day, const char *stage, const char *type, const char *who) {
            QTest::newRow(name) << day << QString::fromLatin1(stage) << QString::fromLatin1(type)
                                << QString::fromLatin1(who).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        };
        row("06-30 active", june, "active", "", "A E G");
        row("06-30 silent returning", june, "silent", "returning", "C");
        row("06-30 new", june, "", "new", "B E F G");
        row("12-31 sleeping returning", december, "sleeping", "returning", "A");
        row("12-31 silent new", december, "silent", "new", "C");
        row("12-31 lost", december, "lost", "", "F");
        row("12-31 active", december, "active", "", "");
    }

    void stageTypeCountsOnAnotherDay()
    {
        QFETCH(QDate, asOf);
        QFETCH(QString, stage);
        QFETCH(QString, type);
        QFETCH(QStringList, who);
        QString error;
        Segment s;
        if (!stage.isEmpty())
            s.stages = {*parseStage(stage)};
        if (!type.isEmpty())
            s.types = {*parseCustomerType(type)};
        const std::optional<Segment> segment = s;
        QVERIFY(AnalyticsService::dayFiguresSuffice(*segment));
        QStringList found;
        QVERIFY2(AnalyticsService(m_store.db())
                     .forEachDayFigures(
                         asOf,
                         [&](const CustomerFigures &f) {
                             if (SegmentQuery::matchesFigures(*segment, &f))
                                 found << m_store
                                              .scalar(QStringLiteral("SELECT customer_key FROM customers WHERE id = %1")
                                                          .arg(f.customerId))
                                              .toString();
                         },
                         &error),
                 qPrintable(error));
        found.sort();
        QCOMPARE(found, who);
        // The walk over the whole classification counts the same.
        const auto report = AnalyticsService(m_store.db()).classification(asOf, &error);
        QVERIFY2(report, qPrintable(error));
        const auto walked = std::count_if(report->perCustomer.cbegin(), report->perCustomer.cend(),
                                          [&](const CustomerFigures &f) {
                                              return SegmentQuery::matchesFigures(*segment, &f);
                                          });
        QCOMPARE(qsizetype(walked), who.size());
    }

    void dayFiguresDoNotRankCustomers()
    {
        Segment s;
        s.stages = {Stage::Lost};
        s.frequency.min = 2;
        s.recency.max = 400;
        s.firstPurchase.from = QDate(2023, 1, 1);
        QVERIFY(AnalyticsService::dayFiguresSuffice(s));
        Segment tier = s;
        tier.tiers = {Tier::Vip};
        QVERIFY(!AnalyticsService::dayFiguresSuffice(tier));
        Segment rfm = s;
        rfm.rfmSegments = {RfmSegment::ImportantValue};
        QVERIFY(!AnalyticsService::dayFiguresSuffice(rfm));
        Segment money = s;
        money.monetaryFen.min = 100;
        QVERIFY(!AnalyticsService::dayFiguresSuffice(money));
    }

    void paidDaysSpanTheValidOrders()
    {
        const CustomerStore store(m_store.db());
        QCOMPARE(store.firstPaidDay(), QDate(2022, 5, 1)); // F1
        QCOMPARE(store.latestPaidDay(), QDate(2024, 7, 2)); // E2; D1 (2024-05-01) is cancelled
    }
};

QTEST_GUILESS_MAIN(TestCustomerCounts)
#include "test_customer_counts.moc"
