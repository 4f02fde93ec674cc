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

    void paidDaysSpanTheValidOrders()
    {
        const CustomerStore store(m_store.db());
        QCOMPARE(store.firstPaidDay(), QDate(2022, 5, 1)); // F1
        QCOMPARE(store.latestPaidDay(), QDate(2024, 7, 2)); // E2; D1 (2024-05-01) is cancelled
    }
};

QTEST_GUILESS_MAIN(TestCustomerCounts)
#include "test_customer_counts.moc"
