// Segment (core/customers) and SegmentQuery (core/storage): the JSON form of
// a segment and which customers every condition selects, on the small shop
// (tests/data/segment/README.md has the hand-worked table).
#include "SmallShop.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "customers/Segment.h"
#include "importing/OrderImporter.h"
#include "storage/ImportStore.h"
#include "storage/ProfileStore.h"
#include "storage/SegmentQuery.h"
#include "storage/TagStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <map>

using namespace huitou;
using test::idOf;
using test::importSmallShop;
using test::keysOf;

Q_DECLARE_METATYPE(huitou::Segment)

namespace {

} // namespace

class TestSegment : public QObject
{
    Q_OBJECT
    test::TestStore m_store;

private slots:
    void initTestCase()
    {
        const ImportResult r = importSmallShop(m_store.db());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QString error;
        QVERIFY2(AnalyticsService(m_store.db()).recompute(QDate(2024, 6, 30), &error), qPrintable(error));
        const QSqlDatabase db = m_store.db();
        ProfileStore profiles(db);
        CustomerProfile b;
        b.birthday = QStringLiteral("03-08");
        b.consent = QStringLiteral("consented");
        QVERIFY(profiles.save(idOf(db, QStringLiteral("B")), b, &error));
        CustomerProfile c;
        c.birthday = QStringLiteral("1990-03-15");
        c.consent = QStringLiteral("refused");
        QVERIFY(profiles.save(idOf(db, QStringLiteral("C")), c, &error));
        CustomerProfile e;
        e.birthday = QStringLiteral("1990-12-03");
        QVERIFY(profiles.save(idOf(db, QStringLiteral("E")), e, &error));
        TagStore tags(db);
        QVERIFY(tags.addTag({idOf(db, QStringLiteral("A")), idOf(db, QStringLiteral("B"))}, QStringLiteral("style"),
                            QStringLiteral("蕾丝"), &error));
        QVERIFY(tags.addTag({idOf(db, QStringLiteral("A"))}, QStringLiteral("size"), QStringLiteral("M"), &error));
        QSqlQuery q(db);
        for (const char *row :
             {"('generic', 'A1', 1, '蕾丝连衣裙', 'LACE-01')", "('generic', 'C2', 1, '蕾丝短裙', 'LACE-01')",
              "('generic', 'G1', 1, '棉麻衬衫', 'SHIRT-02')"}) {
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO order_items (source, order_no, line_no, title, merchant_code, "
                                           "fingerprint, first_import_id, last_import_id) SELECT v.column1, v.column2, "
                                           "v.column3, v.column4, v.column5, 0, 1, 1 FROM (VALUES %1) v")
                                .arg(QString::fromUtf8(row))),
                     qPrintable(q.lastError().text()));
        }
        QCOMPARE(m_store
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM order_items i JOIN orders o ON o.source = i.source "
                                            "AND o.order_no = i.order_no"))
                     .toInt(),
                 3);
    }

    void selects_data()
    {
        QTest::addColumn<Segment>("segment");
        QTest::addColumn<QString>("expected");
        const auto with = [](auto change) {
            Segment s;
            change(s);
            return s;
        };
        QTest::newRow("none") << Segment() << "A B C D E F G";
        QTest::newRow("paid") << with([](Segment &s) { s.hasPaidOrder = true; }) << "A B C E F G";
        QTest::newRow("not paid") << with([](Segment &s) { s.hasPaidOrder = false; }) << "D";
        QTest::newRow("active") << with([](Segment &s) { s.stages << Stage::Active; }) << "A E G";
        QTest::newRow("silent or lost") << with([](Segment &s) { s.stages << Stage::Silent << Stage::Lost; })
                                        << "B C F";
        QTest::newRow("active new") << with([](Segment &s) {
            s.stages << Stage::Active;
            s.types << CustomerType::New;
        }) << "E G";
        QTest::newRow("F >= 2") << with([](Segment &s) { s.frequency.min = 2; }) << "A C";
        QTest::newRow("M >= 500") << with([](Segment &s) { s.monetaryFen.min = 50000; }) << "F G";
        QTest::newRow("R <= 30") << with([](Segment &s) { s.recency.max = 30; }) << "A E";
        QTest::newRow("last from April") << with([](Segment &s) { s.lastPurchase.from = QDate(2024, 4, 1); })
                                         << "A E G";
        QTest::newRow("first to January 2023")
            << with([](Segment &s) { s.firstPurchase.to = QDate(2023, 1, 31); }) << "A F";
        QTest::newRow("province") << with([](Segment &s) { s.provinces << QStringLiteral("江苏"); }) << "B";
        QTest::newRow("birthday March") << with([](Segment &s) { s.birthdayMonth = 3; }) << "B C";
        QTest::newRow("consented") << with([](Segment &s) { s.consents << Consent::Consented; }) << "B";
        QTest::newRow("consent unknown") << with([](Segment &s) { s.consents << Consent::Unknown; }) << "A D E F G";
        QTest::newRow("tag any") << with([](Segment &s) {
            s.tagsAny << TagRef{QStringLiteral("style"), QStringLiteral("蕾丝")};
        }) << "A B";
        QTest::newRow("tag all") << with([](Segment &s) {
            s.tagsAll << TagRef{QStringLiteral("style"), QStringLiteral("蕾丝")}
                      << TagRef{QStringLiteral("size"), QStringLiteral("M")};
        }) << "A";
        QTest::newRow("active without tag") << with([](Segment &s) {
            s.stages << Stage::Active;
            s.tagsNone << TagRef{QStringLiteral("style"), QStringLiteral("蕾丝")};
        }) << "E G";
        QTest::newRow("product code") << with([](Segment &s) { s.productCode = QStringLiteral("LACE-01"); }) << "A";
        QTest::newRow("product title") << with([](Segment &s) { s.productTitle = QStringLiteral("衬衫"); }) << "G";
        QTest::newRow("order number") << with([](Segment &s) { s.search = QStringLiteral("B1"); }) << "B";
    }
    void selects()
    {
        QFETCH(Segment, segment);
        QFETCH(QString, expected);
        QString error;
        const SegmentQuery query(m_store.db(), segment);
        // Every way of reading the segment gives the same customers.
        for (const CustomerSort &sort :
             {CustomerSort{CustomerColumn::LastPurchase, false}, CustomerSort{CustomerColumn::Monetary, true},
              CustomerSort{CustomerColumn::Nick, true}, CustomerSort{CustomerColumn::Province, false}}) {
            const std::vector<qint64> ids = query.ids(sort, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(keysOf(m_store.db(), ids), expected);
        }
        QCOMPARE(query.count(&error), qint64(expected.split(QLatin1Char(' ')).size()));
        std::vector<qint64> visited;
        QStringList order;
        QVERIFY(query.forEach(
            [&](const CustomerContact &c, const CustomerFigures *m) {
                visited.push_back(c.id);
                order << c.key;
                if (m)
                    (void)m->frequency;
                return true;
            },
            &error));
        QCOMPARE(keysOf(m_store.db(), visited), expected);
        QCOMPARE(order.join(QLatin1Char(' ')), expected); // customer-key order
        // Pages of the sorted ids put together are the whole list.
        const CustomerSort sort{CustomerColumn::LastPurchase, false};
        std::vector<qint64> paged;
        for (qint64 offset = 0; offset < 10; offset += 2) {
            const std::vector<qint64> page = query.ids(sort, offset, 2, &error);
            paged.insert(paged.end(), page.begin(), page.end());
        }
        QCOMPARE(paged, query.ids(sort, &error));
        // The segment survives its JSON form.
        const auto back = Segment::fromJsonText(segment.toJsonText(), &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QVERIFY(*back == segment);
    }

    void inMemoryAgreesWithSqlOnAnotherDay()
    {
        // huitou-cli customers --as-of another day than the stored one
        // computes the figures in memory and tests them with
        // SegmentQuery::matchesFigures (the other conditions in SQL). Stored
        // for that day, the SQL alone must select the very same customers.
        const QSqlDatabase db = m_store.db();
        const QDate day(2024, 3, 31);
        QString error;
        const auto report = AnalyticsService(db).report(day, &error);
        QVERIFY2(report, qPrintable(error));
        std::map<qint64, CustomerFigures> computed;
        for (const CustomerFigures &f : report->perCustomer)
            computed[f.customerId] = f;
        QVERIFY2(AnalyticsService(db).recompute(day, &error), qPrintable(error));
        const auto with = [](auto change) {
            Segment s;
            change(s);
            return s;
        };
        const TagRef lace{QStringLiteral("style"), QStringLiteral("蕾丝")};
        const QList<Segment> segments{
            Segment(),
            with([](Segment &s) { s.hasPaidOrder = true; }),
            with([](Segment &s) { s.hasPaidOrder = false; }),
            with([](Segment &s) { s.stages << Stage::Active; }),
            with([](Segment &s) { s.stages << Stage::Silent << Stage::Lost; }),
            with([](Segment &s) { s.types << CustomerType::Returning; }),
            with([](Segment &s) { s.tiers << Tier::SupremeVip; }),
            with([](Segment &s) { s.rfmSegments << RfmSegment::GeneralDevelop << RfmSegment::ImportantValue; }),
            with([](Segment &s) { s.frequency.min = 2; }),
            with([](Segment &s) {
                s.monetaryFen = Range{15000, 35000};
            }),
            with([](Segment &s) { s.recency.max = 60; }),
            with([](Segment &s) { s.lastPurchase.from = QDate(2024, 1, 1); }),
            with([](Segment &s) { s.firstPurchase.to = QDate(2023, 1, 31); }),
            with([&](Segment &s) {
                s.stages << Stage::Active << Stage::Silent;
                s.tagsAny << lace;
            }),
            with([](Segment &s) {
                s.consents << Consent::Unknown;
                s.recency.min = 30;
            }),
        };
        for (const Segment &segment : segments) {
            const std::vector<qint64> sql = SegmentQuery(db, segment).idsById(&error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Segment others = segment.withoutFigures();
            others.hasPaidOrder.reset();
            std::vector<qint64> inMemory;
            for (qint64 id : SegmentQuery(db, others).idsById(&error)) {
                const auto f = computed.find(id);
                if (SegmentQuery::matchesFigures(segment, f == computed.end() ? nullptr : &f->second))
                    inMemory.push_back(id);
            }
            QVERIFY2(keysOf(db, inMemory) == keysOf(db, sql),
                     qPrintable(segment.toJsonText() + QStringLiteral(": in memory ") + keysOf(db, inMemory)
                                + QStringLiteral(", SQL ") + keysOf(db, sql)));
        }
        // The stored figures as the other tests expect them.
        QVERIFY2(AnalyticsService(db).recompute(QDate(2024, 6, 30), &error), qPrintable(error));
    }

    void jsonIsStable()
    {
        Segment s;
        s.stages << Stage::Sleeping << Stage::Lost;
        s.tiers << Tier::SupremeVip;
        s.monetaryFen.min = 10000;
        s.lastPurchase.to = QDate(2024, 1, 31);
        s.tagsAny << TagRef{QStringLiteral("style"), QStringLiteral("蕾丝")};
        s.consents << Consent::Consented;
        s.hasPaidOrder = true;
        s.birthdayMonth = 5;
        QCOMPARE(s.toJsonText(),
                 QStringLiteral("{\"birthday_month\":5,\"consents\":[\"consented\"],\"has_paid_order\":true,"
                                "\"last_purchase\":{\"to\":\"2024-01-31\"},\"monetary_fen\":{\"min\":10000},"
                                "\"stages\":[\"sleeping\",\"lost\"],\"tags_any\":[{\"group\":\"style\",\"value\":"
                                "\"蕾丝\"}],\"tiers\":[\"supreme_vip\"]}"));
        QCOMPARE(Segment().toJsonText(), QStringLiteral("{}"));
    }

    void clearedConditionsLeaveAnEmptySegment()
    {
        // A cleared list keeps its buffer; an untouched one has none. Both mean "no condition".
        Segment s;
        s.stages << Stage::Active;
        s.tiers << Tier::SupremeVip;
        s.consents << Consent::Refused;
        s.consents.clear();
        QVERIFY(!s.isEmpty());
        QVERIFY(s.withoutFigures().isEmpty());
        s.stages.clear();
        s.tiers.clear();
        QVERIFY(s == Segment());
        QVERIFY(Segment() == s);
    }

    void jsonRejectsWhatItDoesNotKnow()
    {
        QString error;
        QVERIFY(!Segment::fromJsonText(QStringLiteral("{\"stage\":[\"active\"]}"), &error));
        QVERIFY(error.contains(QStringLiteral("stage")));
        QVERIFY(!Segment::fromJsonText(QStringLiteral("{\"stages\":[\"asleep\"]}"), &error));
        QVERIFY(error.contains(QStringLiteral("asleep")));
        QVERIFY(!Segment::fromJsonText(QStringLiteral("{\"as_of\":\"30.06.2024\"}"), &error));
        QVERIFY(!Segment::fromJsonText(QStringLiteral("[1]"), &error));
    }

    void figuresOfAnotherDayAreRefused()
    {
        Segment s;
        s.stages << Stage::Active;
        s.asOf = QDate(2024, 7, 1);
        QString error;
        QCOMPARE(SegmentQuery(m_store.db(), s).count(&error), qint64(-1));
        QVERIFY(error.contains(QStringLiteral("2024-06-30")));
        s.asOf = QDate(2024, 6, 30);
        error.clear();
        QCOMPARE(SegmentQuery(m_store.db(), s).count(&error), qint64(3));
    }
};

QTEST_GUILESS_MAIN(TestSegment)
#include "test_segment.moc"
