// The report against hand-worked fixtures (tests/data/report/*/README.md
// holds the reasoning beside each expected.json).
#include "JsonCompare.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "analytics/ReportJson.h"
#include "importing/OrderImporter.h"
#include "storage/ImportStore.h"
#include "storage/SegmentQuery.h"

#include <QSqlQuery>

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace huitou;

namespace {

ColumnMapping smallShopMapping(bool withAddress = true, bool withQuantity = true)
{
    ColumnMapping m;
    m.customer = QStringLiteral("customer");
    m.order = QStringLiteral("order");
    m.time = QStringLiteral("paid_at");
    m.amount = QStringLiteral("amount");
    m.refund = QStringLiteral("refund");
    m.status = QStringLiteral("status");
    if (withQuantity)
        m.quantity = QStringLiteral("quantity");
    if (withAddress)
        m.address = QStringLiteral("address");
    return m;
}

void importSmallShop(const test::TestStore &store, const ColumnMapping &mapping = smallShopMapping())
{
    ImportOptions options;
    options.mapping = mapping;
    const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), options)
                               .importFile(test::testDataPath(QStringLiteral("report/small_shop/orders.csv")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.counts.rejected, 0);
}

ShopReport reportFor(const test::TestStore &store, const QDate &asOf)
{
    QString error;
    const auto report = AnalyticsService(store.db()).report(asOf, &error);
    if (!report)
        qFatal("report failed: %s", qPrintable(error));
    return *report;
}

QJsonObject jsonOf(const ShopReport &r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(reportToJson(r).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("report JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

const CustomerFigures *figuresOf(const test::TestStore &store, const ShopReport &r, const QString &key)
{
    const qint64 id =
        store.scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = '%1'").arg(key)).toLongLong();
    for (const CustomerFigures &f : r.perCustomer)
        if (f.customerId == id)
            return &f;
    return nullptr;
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT
private slots:
    void smallShopMatchesHandWorkedAnswers()
    {
        test::TestStore store;
        importSmallShop(store);
        const QJsonObject actual = jsonOf(reportFor(store, QDate(2024, 6, 30)));
        const QJsonObject expected = QJsonDocument::fromJson(
                                         test::testData(QStringLiteral("report/small_shop/expected.json")).toUtf8())
                                         .object();
        QVERIFY(!expected.isEmpty());
        const QString difference = test::jsonDifference(expected, actual);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void moneyIsPrintedWithTwoDecimals()
    {
        test::TestStore store;
        importSmallShop(store);
        const QString json = reportToJson(reportFor(store, QDate(2024, 6, 30)));
        QVERIFY(json.contains(QStringLiteral("\"revenue\": 2000.00")));
        QVERIFY(json.contains(QStringLiteral("\"aov\": 87.50")));
        QVERIFY(json.contains(QStringLiteral("\"monetary\": 333.33")));
        QVERIFY(json.contains(QStringLiteral("\"aov\": null")));
    }

    void perCustomerScores()
    {
        test::TestStore store;
        importSmallShop(store);
        const ShopReport r = reportFor(store, QDate(2024, 6, 30));
        struct Expected
        {
            const char *key;
            int f, recency, rScore, fScore, mScore;
            Stage stage;
            Tier tier;
            RfmSegment segment;
        };
        const Expected rows[] = {
            {"A", 3, 10, 5, 3, 4, Stage::Active, Tier::Regular, RfmSegment::ImportantValue},
            {"B", 1, 122, 3, 1, 2, Stage::Silent, Tier::Regular, RfmSegment::GeneralDevelop},
            {"C", 2, 177, 2, 2, 1, Stage::Silent, Tier::Regular, RfmSegment::GeneralValue},
            {"E", 1, 29, 5, 1, 3, Stage::Active, Tier::Regular, RfmSegment::GeneralDevelop},
            {"F", 1, 791, 1, 1, 5, Stage::Lost, Tier::SupremeVip, RfmSegment::ImportantWinback},
            {"G", 1, 81, 4, 1, 5, Stage::Active, Tier::SupremeVip, RfmSegment::ImportantDevelop},
        };
        QCOMPARE(r.perCustomer.size(), size_t(6));
        QVERIFY(!figuresOf(store, r, QStringLiteral("D"))); // only invalid orders
        for (const Expected &e : rows) {
            const CustomerFigures *f = figuresOf(store, r, QString::fromLatin1(e.key));
            QVERIFY2(f, e.key);
            QCOMPARE(f->frequency, e.f);
            QCOMPARE(f->recency, e.recency);
            QCOMPARE(f->rScore, e.rScore);
            QCOMPARE(f->fScore, e.fScore);
            QCOMPARE(f->mScore, e.mScore);
            QCOMPARE(int(f->stage), int(e.stage));
            QCOMPARE(int(f->tier), int(e.tier));
            QCOMPARE(int(f->segment), int(e.segment));
            // P(alive) only where it means something: returning customers.
            QCOMPARE(f->pAlive.has_value() || !r.bgNbd, f->returning || !r.bgNbd);
        }
    }

    void orderAtTheLastSecondOfTheAsOfDayCounts()
    {
        test::TestStore store;
        importSmallShop(store);
        const ShopReport r = reportFor(store, QDate(2024, 6, 20));
        const CustomerFigures *a = figuresOf(store, r, QStringLiteral("A"));
        QVERIFY(a);
        QCOMPARE(a->recency, 0);
        QCOMPARE(a->frequency, 3);
        // The day before, A has two purchase days and R counted from March 2023.
        const ShopReport before = reportFor(store, QDate(2024, 6, 19));
        QCOMPARE(figuresOf(store, before, QStringLiteral("A"))->frequency, 2);
        QVERIFY(figuresOf(store, before, QStringLiteral("E")));
    }

    void emptyStoreGivesNulls()
    {
        test::TestStore store;
        const QJsonObject j = jsonOf(reportFor(store, QDate(2024, 6, 30)));
        QCOMPARE(j.value(QStringLiteral("customers")).toInt(), 0);
        QVERIFY(j.value(QStringLiteral("repeat_purchase_rate")).isNull());
        QVERIFY(j.value(QStringLiteral("rfm_means")).toObject().value(QStringLiteral("monetary")).isNull());
        QVERIFY(j.value(QStringLiteral("tier_thresholds")).toObject().value(QStringLiteral("senior")).isNull());
        QVERIFY(j.value(QStringLiteral("repurchase_interval")).toObject().value(QStringLiteral("median")).isNull());
        QCOMPARE(j.value(QStringLiteral("stage_repurchase")).toArray().size(), 12);
        QVERIFY(j.value(QStringLiteral("stage_repurchase"))
                    .toArray()[0]
                    .toObject()
                    .value(QStringLiteral("active"))
                    .isNull());
        QCOMPARE(j.value(QStringLiteral("regions")).toArray().size(), 0);
        QCOMPARE(j.value(QStringLiteral("second_purchase_rate")).toArray().size(), 0);
    }

    void withoutAddressOrQuantity()
    {
        test::TestStore store;
        importSmallShop(store, smallShopMapping(false, false));
        const QJsonObject j = jsonOf(reportFor(store, QDate(2024, 6, 30)));
        QCOMPARE(j.value(QStringLiteral("regions")).toArray().size(), 0);
        QVERIFY(j.value(QStringLiteral("aov_by_frequency"))
                    .toObject()
                    .value(QStringLiteral("1"))
                    .toObject()
                    .value(QStringLiteral("items_per_order"))
                    .isNull());
    }

    void lastTwelveMonthsWhenAsOfIsMidMonth()
    {
        test::TestStore store;
        importSmallShop(store);
        const QJsonObject j = jsonOf(reportFor(store, QDate(2024, 6, 15)));
        const QJsonArray months = j.value(QStringLiteral("stage_repurchase")).toArray();
        QCOMPARE(months.size(), 12);
        QCOMPARE(months.first().toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2023-06"));
        QCOMPARE(months.last().toObject().value(QStringLiteral("month")).toString(), QStringLiteral("2024-05"));
        // Cohort tables still include the partial month that holds D.
        const QJsonArray cohorts = j.value(QStringLiteral("cohort_retention")).toArray();
        QCOMPARE(cohorts.last().toObject().value(QStringLiteral("cohort")).toString(), QStringLiteral("2024-06"));
    }

    // The month in progress is not one of the last 12 months; its figures so
    // far are kept beside them. Small shop, 1-25 June 2024: E's first order
    // (E1, 300.00, 06-01, new) and A's A4 (120.00, 06-20; A bought in 2023,
    // so returning). On 06-15 only E1 counts.
    void monthToDateBesideTheLastTwelveMonths()
    {
        test::TestStore store;
        importSmallShop(store);
        const ShopReport june25 = reportFor(store, QDate(2024, 6, 25));
        QVERIFY(june25.monthToDate.has_value());
        QCOMPARE(months::text(june25.monthToDate->month), QStringLiteral("2024-06"));
        QCOMPARE(june25.monthToDate->buyers, 2);
        QCOMPARE(june25.monthToDate->returningBuyers, 1);
        QCOMPARE(june25.monthToDate->revenueFen, 42000);
        QCOMPARE(june25.monthToDate->returningRevenueFen, 12000);
        QCOMPARE(*june25.monthToDate->returning, 0.5);
        const ShopReport june15 = reportFor(store, QDate(2024, 6, 15));
        QCOMPARE(june15.monthToDate->buyers, 1);
        QCOMPARE(june15.monthToDate->returningBuyers, 0);
        QCOMPARE(june15.monthToDate->revenueFen, 30000);
        // At a month's last day that month is complete: the last of the twelve.
        const ShopReport june30 = reportFor(store, QDate(2024, 6, 30));
        QVERIFY(!june30.monthToDate.has_value());
        QCOMPARE(june30.returningShare.back().buyers, 2);
    }

    void settingsAreValidatedAndApplied()
    {
        test::TestStore store;
        importSmallShop(store);
        AnalyticsSettings s = AnalyticsSettings::load(store.db());
        s.activeDays = 200;
        s.silentDays = 100;
        QString error;
        QVERIFY(!s.save(store.db(), &error)); // A < S < L is required
        QVERIFY(!error.isEmpty());
        s.activeDays = 30;
        s.silentDays = 100;
        s.sleepingDays = 150;
        QVERIFY2(s.save(store.db(), &error), qPrintable(error));
        const ShopReport r = reportFor(store, QDate(2024, 6, 30));
        // R: A 10, E 29 active; G 81 silent; B 122, C 177 → B sleeping, C lost; F lost.
        QCOMPARE(r.lifecycle[0][0] + r.lifecycle[0][1], 2);
        QCOMPARE(r.lifecycle[1][0], 1);
        QCOMPARE(r.lifecycle[2][0], 1);
        QCOMPARE(r.lifecycle[3][0] + r.lifecycle[3][1], 2);
        QCOMPARE(r.stageThresholds[1], 100);
    }

    void fixedAndFrequencyTiers()
    {
        test::TestStore store;
        importSmallShop(store);
        AnalyticsSettings s;
        s.tierMode = AnalyticsSettings::TierMode::Fixed;
        s.fixedSenior = 20000; // 200.00
        s.fixedVip = 35000;
        s.fixedSupreme = 50000;
        QString error;
        QVERIFY(s.save(store.db(), &error));
        ShopReport r = reportFor(store, QDate(2024, 6, 30));
        // M: 500 500 → supreme; 350 → VIP; 300, 200 → senior; 150 → regular.
        QCOMPARE(r.tiers, (std::array<int, 4>{1, 2, 1, 2}));
        s = AnalyticsSettings();
        s.tierBasis = AnalyticsSettings::TierBasis::Frequency;
        QVERIFY(s.save(store.db(), &error));
        r = reportFor(store, QDate(2024, 6, 30));
        // F descending [3, 2, 1, 1, 1, 1]: t4 = t3 = 3 (position 1), t2 = 2 (position 2).
        QCOMPARE(r.tiers, (std::array<int, 4>{4, 1, 0, 1}));
        QVERIFY(reportToJson(r).contains(QStringLiteral("\"senior\": 2,")));
    }

    void customerListOrderMatchesTheGeneralQuery_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("ascending");
        QTest::addColumn<QString>("stage");
        QTest::newRow("last purchase desc") << int(CustomerColumn::LastPurchase) << false << QString();
        QTest::newRow("last purchase asc") << int(CustomerColumn::LastPurchase) << true << QString();
        QTest::newRow("monetary desc") << int(CustomerColumn::Monetary) << false << QString();
        QTest::newRow("active by recency") << int(CustomerColumn::Recency) << true << QStringLiteral("active");
    }
    void customerListOrderMatchesTheGeneralQuery()
    {
        QFETCH(int, column);
        QFETCH(bool, ascending);
        QFETCH(QString, stage);
        test::TestStore store;
        importSmallShop(store);
        QString error;
        QVERIFY(AnalyticsService(store.db()).recompute(QDate(2024, 6, 30), &error));
        Segment segment;
        if (!stage.isEmpty())
            segment.stages << *parseStage(stage);
        const std::vector<qint64> fast =
            SegmentQuery(store.db(), segment).ids(CustomerSort{CustomerColumn(column), ascending}, &error);
        // The reference: one query over every customer, NULL figures included.
        const QString expr = column == int(CustomerColumn::LastPurchase) ? QStringLiteral("m.last_day")
            : column == int(CustomerColumn::Monetary)                    ? QStringLiteral("m.monetary_fen")
                                                                         : QStringLiteral("m.recency");
        const QString dir = ascending ? QStringLiteral("ASC") : QStringLiteral("DESC");
        QSqlQuery q(store.db());
        QVERIFY(q.exec(
            QStringLiteral("SELECT c.id FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id %1 "
                           "ORDER BY %2 %3, c.id %3")
                .arg(stage.isEmpty() ? QString() : QStringLiteral("WHERE m.stage = '%1'").arg(stage), expr, dir)));
        std::vector<qint64> reference;
        while (q.next())
            reference.push_back(q.value(0).toLongLong());
        QCOMPARE(fast, reference);
        QCOMPARE(fast.size(), size_t(stage.isEmpty() ? 7 : 3)); // D (invalid orders only) has no figures
    }

    void storedMetricsFilterLikeTheGrid()
    {
        test::TestStore store;
        importSmallShop(store);
        QString error;
        AnalyticsService service(store.db());
        QVERIFY2(service.recompute(QDate(2024, 6, 30), &error), qPrintable(error));
        const auto count = [&](Segment s) { return SegmentQuery(store.db(), s).count(&error); };
        Segment active;
        active.stages << Stage::Active;
        QCOMPARE(count(active), 3);
        Segment activeNew = active;
        activeNew.types << CustomerType::New;
        QCOMPARE(count(activeNew), 2);
        Segment supreme;
        supreme.tiers << Tier::SupremeVip;
        QCOMPARE(count(supreme), 2);
        Segment develop;
        develop.rfmSegments << RfmSegment::GeneralDevelop;
        QCOMPARE(count(develop), 2);
        QVERIFY(service.ensureCurrent(QDate(2024, 6, 30), &error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'metrics_as_of'")).toString(),
                 QStringLiteral("2024-06-30"));
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "test_report.moc"
