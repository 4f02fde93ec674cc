// The same store on both backends (issue 15): every test runs once on a fresh
// SQLite file and once on a fresh database of the PostgreSQL server named by
// HUITOU_TEST_PG (installer/test.sh starts a throwaway cluster). Without
// HUITOU_TEST_PG the PostgreSQL rows are left out and the test says SKIPPED
// for them on its first line. Fixtures and the hand-worked figures:
// tests/data/backends/README.md.
#include "BackendStore.h"
#include "CsvBuilder.h"
#include "SmallShop.h"
#include "TestFiles.h"
#include "analytics/AnalyticsService.h"
#include "analytics/ReportJson.h"
#include "customers/Segment.h"
#include "importing/OrderImporter.h"
#include "importing/ReviewImporter.h"
#include "outreach/ContactExporter.h"
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/Migrations.h"
#include "storage/OutreachStore.h"
#include "storage/ProfileStore.h"
#include "storage/ReasonStore.h"
#include "storage/ReviewStore.h"
#include "storage/SegmentQuery.h"
#include "storage/StoreCopy.h"
#include "storage/StoreLocation.h"
#include "storage/TagStore.h"
#include "storage/Transaction.h"

#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <QFile>

#include <cstdio>
#include <functional>
#include <map>

using namespace huitou;
using test::idOf;
using test::importSmallShop;
using test::keysOf;

namespace {

using test::BackendStore;
using test::serverUrl;

// Two Taobao orders (2019+ layout, GB18030) of one buyer; the second changes
// on the second import (the buyer's refund), the first stays as it was.
QString taobaoOrders(const QString &refund)
{
    test::CsvBuilder b(test::testData(QStringLiteral("taobao/ExportOrderList_2019plus_61cols.csv")).trimmed());
    const auto row = [&b](const QString &no, const QString &paid, const QString &day, const QString &refundText,
                          const QString &mobile) {
        b.row({{QStringLiteral("订单编号"), QStringLiteral("\"=\"\"%1\"\"\"").arg(no)},
               {QStringLiteral("买家会员名"), test::CsvBuilder::quote(QStringLiteral("小王"))},
               {QStringLiteral("买家实际支付金额"), paid},
               {QStringLiteral("退款金额"), refundText},
               {QStringLiteral("订单状态"), test::CsvBuilder::quote(QStringLiteral("交易成功"))},
               {QStringLiteral("收货地址"), test::CsvBuilder::quote(QStringLiteral("浙江省 杭州市 西湖区 文一路1号"))},
               {QStringLiteral("订单创建时间"), day + QStringLiteral(" 10:00:00")},
               {QStringLiteral("订单付款时间"), day + QStringLiteral(" 10:05:00")},
               {QStringLiteral("联系手机"), mobile},
               {QStringLiteral("宝贝总数量"), QStringLiteral("1")}});
    };
    // Her later order has a landline: her contact mobile stays the earlier one.
    row(QStringLiteral("2001"), QStringLiteral("100.00"), QStringLiteral("2024-05-01"), QStringLiteral("0"),
        QStringLiteral("'+86 138-0000-0001"));
    row(QStringLiteral("2002"), QStringLiteral("80.00"), QStringLiteral("2024-06-01"), refund,
        QStringLiteral("0571-88886666"));
    return b.text();
}

QString reportJson(const QSqlDatabase &db)
{
    QString error;
    const auto report = AnalyticsService(db).report(QDate(2024, 6, 30), &error);
    if (!report)
        return QStringLiteral("error: ") + error;
    return reportToJson(*report);
}

bool execAll(const QSqlDatabase &db, const QStringList &statements, QString *error)
{
    for (const QString &statement : statements) {
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = statement + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

// The small shop as tests/data/segment/README.md describes it (figures as of
// 2024-06-30, profiles of B, C and E, manual tags style 蕾丝 on A and B and
// size M on A, the item lines A1, C2, G1), plus item sizes and a colour for
// the automatic tags (tests/data/backends/README.md).
bool loadSegmentShop(const QSqlDatabase &db, QString *error)
{
    const ImportResult r = importSmallShop(db);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    if (!AnalyticsService(db).recompute(QDate(2024, 6, 30), error))
        return false;
    ProfileStore profiles(db);
    CustomerProfile b;
    b.birthday = QStringLiteral("03-08");
    b.consent = QStringLiteral("consented");
    CustomerProfile c;
    c.birthday = QStringLiteral("1990-03-15");
    c.consent = QStringLiteral("refused");
    CustomerProfile e;
    e.birthday = QStringLiteral("1990-12-03");
    if (!profiles.save(idOf(db, QStringLiteral("B")), b, error)
        || !profiles.save(idOf(db, QStringLiteral("C")), c, error)
        || !profiles.save(idOf(db, QStringLiteral("E")), e, error))
        return false;
    TagStore tags(db);
    if (!tags.addTag({idOf(db, QStringLiteral("A")), idOf(db, QStringLiteral("B"))}, QStringLiteral("style"),
                     QStringLiteral("蕾丝"), error)
        || !tags.addTag({idOf(db, QStringLiteral("A"))}, QStringLiteral("size"), QStringLiteral("M"), error))
        return false;
    QStringList rows;
    for (const char *row :
         {"'A1', 1, '蕾丝连衣裙', 'LACE-01', 'M', '红色', 1", "'A2', 1, '针织衫', NULL, 'L', NULL, 3",
          "'B1', 1, '衬衫', NULL, 'S', NULL, 1", "'C1', 1, '短裙', NULL, 'M', NULL, 1",
          "'C2', 1, '蕾丝短裙', 'LACE-01', 'XL', NULL, 5", "'G1', 1, '棉麻衬衫', 'SHIRT-02', NULL, NULL, 1"})
        rows << QStringLiteral("INSERT INTO order_items (source, order_no, line_no, title, merchant_code, sku_size, "
                               "sku_color, quantity, fingerprint, first_import_id, last_import_id) SELECT 'generic', "
                               "%1, 0, MIN(id), MIN(id) FROM imports")
                    .arg(QString::fromUtf8(row));
    return execAll(db, rows, error);
}

// The funnel fixture of tests/data/outreach/funnel/README.md.
const QDate kSendDay(2024, 6, 30);

bool loadFunnelShop(const QSqlDatabase &db, QString *error)
{
    const ImportResult r = OrderImporter(std::make_unique<ImportStore>(db), ImportOptions())
                               .importFile(test::testDataPath(QStringLiteral("outreach/funnel/orders.csv")));
    if (!r.ok() || r.counts.rejected != 0) {
        *error = r.error.isEmpty() ? QStringLiteral("rejected rows") : r.error;
        return false;
    }
    if (!AnalyticsService(db).recompute(kSendDay, error))
        return false;
    ProfileStore profiles(db);
    CustomerProfile p = profiles.load(idOf(db, QStringLiteral("a_refused")));
    p.consent = QStringLiteral("refused");
    if (!profiles.save(idOf(db, QStringLiteral("a_refused")), p, error))
        return false;
    OutreachStore outreach(db);
    CampaignRecord c;
    c.name = QStringLiteral("earlier");
    c.sendDay = QDate(2024, 6, 27);
    c.channel = QStringLiteral("sms");
    c.fileFormat = QStringLiteral("xlsx");
    c.fileName = QStringLiteral("x.xlsx");
    c.staff = QStringLiteral("test");
    c.segment = c.exclusions = QStringLiteral("{}");
    if (outreach.insertCampaign(
            c, {{idOf(db, QStringLiteral("c_contacted")), false}, {idOf(db, QStringLiteral("c_control")), true}}, error)
        <= 0)
        return false;
    c.sendDay = QDate(2024, 6, 23);
    return outreach.insertCampaign(c, {{idOf(db, QStringLiteral("i_contacted_old")), false}}, error) > 0;
}

Segment segmentOf(const std::function<void(Segment &)> &change)
{
    Segment s;
    change(s);
    return s;
}

} // namespace

class TestStoreBackends : public QObject
{
    Q_OBJECT

    QString m_sqliteReport; // small_shop's report on SQLite, the reference

private slots:
    void initTestCase()
    {
        BackendStore reference(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(reference.open(&error), qPrintable(error));
        const ImportResult r = importSmallShop(reference.db());
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_sqliteReport = reportJson(reference.db());
        QVERIFY(m_sqliteReport.startsWith(QLatin1Char('{')));
    }

    void migratesOnce_data() { backends(); }
    void migratesOnce()
    {
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(store.db()), Migrations::latestVersion());
        // A second connection (another workstation) finds the schema current
        // and runs no step again: the seeded dictionaries are there once.
        QVERIFY2(Database::openAnother(store.db(), QStringLiteral("backend-second"), &error), qPrintable(error));
        QCOMPARE(Database::schemaVersion(Database::connection(QStringLiteral("backend-second"))),
                 Migrations::latestVersion());
        Database::close(QStringLiteral("backend-second"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM reasons")).toLongLong(), 22);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM tag_groups")).toLongLong(), 10);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM reason_categories")).toLongLong(), 5);
    }

    void importsAndReports_data() { backends(); }
    void importsAndReports()
    {
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        ImportResult r = importSmallShop(store.db());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.inserted, qint64(13)); // the 13 order rows of orders.csv
        // The hand-worked figures (tests/data/report/small_shop/README.md) and
        // the very report SQLite gives.
        const QString json = reportJson(store.db());
        QCOMPARE(json, m_sqliteReport);
        QVERIFY(json.contains(QLatin1String("\"customers\": 6")));
        QVERIFY(json.contains(QLatin1String("\"revenue\": 2000.00")));
        // Importing the same file again changes nothing.
        r = importSmallShop(store.db());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.inserted, qint64(0));
        QCOMPARE(r.counts.unchanged, qint64(13));
        QCOMPARE(reportJson(store.db()), m_sqliteReport);
    }

    void importsTaobao_data() { backends(); }
    void importsTaobao()
    {
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QString path = store.dir() + QStringLiteral("/ExportOrderList.csv");
        QVERIFY(test::writeText(path, taobaoOrders(QStringLiteral("0")), "GB18030"));
        ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), {}).importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("taobao-orders"));
        QCOMPARE(r.counts.inserted, qint64(2));
        QCOMPARE(store.scalar(QStringLiteral("SELECT SUM(paid_fen) FROM orders")).toLongLong(), 18000);
        // The refund of 2002 arrives: one row updated, its earlier state kept for a revert.
        QVERIFY(test::writeText(path, taobaoOrders(QStringLiteral("80.00")), "GB18030"));
        r = OrderImporter(std::make_unique<ImportStore>(store.db()), {}).importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.updated, qint64(1));
        QCOMPARE(r.counts.unchanged, qint64(1));
        QCOMPARE(store.scalar(QStringLiteral("SELECT SUM(refund_fen) FROM orders")).toLongLong(), 8000);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM import_revisions")).toLongLong(), 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toLongLong(), 1);
        // The contact mobile kept on her row, by the same rule on both backends.
        QCOMPARE(store.scalar(QStringLiteral("SELECT mobile FROM customers")).toString(),
                 QStringLiteral("13800000001"));
    }

    void copiesBothWays_data() { backends(); }
    void copiesBothWays()
    {
        // From the backend to the other one and back: every row and the report.
        QFETCH(QString, backend);
        if (serverUrl().isEmpty())
            return; // the SQLite-only run has no other backend (said in the SKIPPED line)
        BackendStore from(backend);
        BackendStore to(backend == QLatin1String("sqlite") ? QStringLiteral("postgresql") : QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(from.open(&error), qPrintable(error));
        QVERIFY2(to.open(&error), qPrintable(error));
        QVERIFY(importSmallShop(from.db()).ok());
        QSqlDatabase target = to.db();
        QVERIFY2(StoreCopy::copy(from.db(), target, &error), qPrintable(error));
        const auto a = StoreCopy::countRows(from.db(), &error);
        const auto b = StoreCopy::countRows(to.db(), &error);
        QCOMPARE(a.size(), b.size());
        for (int i = 0; i < a.size(); ++i) {
            QCOMPARE(b[i].table, a[i].table);
            QCOMPARE(b[i].rows, a[i].rows);
        }
        QCOMPARE(reportJson(to.db()), m_sqliteReport);
        // A second copy into a store that now holds a shop is refused.
        QVERIFY(!StoreCopy::copy(from.db(), target, &error));
        // New ids continue after the copied ones (the server's identity sequences).
        QVERIFY(importSmallShop(to.db()).ok());
        QCOMPARE(to.scalar(QStringLiteral("SELECT COUNT(DISTINCT id) FROM imports")).toLongLong(), 2);
    }

    void segmentsSelectAlike_data() { backends(); }
    void segmentsSelectAlike()
    {
        // SegmentQuery on each backend: the hand-worked selections of
        // tests/data/segment/README.md, by count, sorted ids, ids by id; and
        // the in-memory test of the figures (CLI --as-of another day) gives
        // the same customers as the SQL.
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(loadSegmentShop(store.db(), &error), qPrintable(error));
        const QSqlDatabase db = store.db();
        const TagRef lace{QStringLiteral("style"), QStringLiteral("蕾丝")};
        const std::vector<std::pair<Segment, QString>> cases = {
            {Segment(), QStringLiteral("A B C D E F G")},
            {segmentOf([](Segment &s) { s.hasPaidOrder = true; }), QStringLiteral("A B C E F G")},
            {segmentOf([](Segment &s) { s.hasPaidOrder = false; }), QStringLiteral("D")},
            {segmentOf([](Segment &s) { s.stages << Stage::Active; }), QStringLiteral("A E G")},
            {segmentOf([](Segment &s) { s.stages << Stage::Silent << Stage::Lost; }), QStringLiteral("B C F")},
            {segmentOf([](Segment &s) {
                 s.stages << Stage::Active;
                 s.types << CustomerType::New;
             }),
             QStringLiteral("E G")},
            {segmentOf([](Segment &s) { s.frequency.min = 2; }), QStringLiteral("A C")},
            {segmentOf([](Segment &s) { s.monetaryFen.min = 50000; }), QStringLiteral("F G")},
            {segmentOf([](Segment &s) { s.recency.max = 30; }), QStringLiteral("A E")},
            {segmentOf([](Segment &s) { s.lastPurchase.from = QDate(2024, 4, 1); }), QStringLiteral("A E G")},
            {segmentOf([](Segment &s) { s.firstPurchase.to = QDate(2023, 1, 31); }), QStringLiteral("A F")},
            {segmentOf([](Segment &s) { s.provinces << QStringLiteral("江苏"); }), QStringLiteral("B")},
            {segmentOf([](Segment &s) { s.birthdayMonth = 3; }), QStringLiteral("B C")},
            {segmentOf([](Segment &s) { s.consents << Consent::Consented; }), QStringLiteral("B")},
            {segmentOf([](Segment &s) { s.consents << Consent::Unknown; }), QStringLiteral("A D E F G")},
            {segmentOf([&](Segment &s) { s.tagsAny << lace; }), QStringLiteral("A B")},
            {segmentOf([&](Segment &s) {
                 s.tagsAll << lace << TagRef{QStringLiteral("size"), QStringLiteral("M")};
             }),
             QStringLiteral("A")},
            {segmentOf([&](Segment &s) {
                 s.stages << Stage::Active;
                 s.tagsNone << lace;
             }),
             QStringLiteral("E G")},
            // A tag to have drives the query (the stage condition unindexed).
            {segmentOf([&](Segment &s) {
                 s.stages << Stage::Active << Stage::Silent;
                 s.tiers << Tier::Regular;
                 s.tagsAny << lace;
             }),
             QStringLiteral("A B")},
            {segmentOf([](Segment &s) { s.productCode = QStringLiteral("LACE-01"); }), QStringLiteral("A")},
            {segmentOf([](Segment &s) { s.productTitle = QStringLiteral("衬衫"); }), QStringLiteral("B G")},
            {segmentOf([](Segment &s) { s.search = QStringLiteral("B1"); }), QStringLiteral("B")},
            // The nick matches whatever the case of ASCII letters (SQLite's LIKE, PostgreSQL's ILIKE).
            {segmentOf([](Segment &s) { s.search = QStringLiteral("a"); }), QStringLiteral("A")},
        };
        // Every customer's stored figures (nullptr: none), for the in-memory test.
        std::map<qint64, std::optional<CustomerFigures>> figures;
        QVERIFY2(SegmentQuery(db, Segment())
                     .forEach(
                         [&figures](const CustomerContact &c, const CustomerFigures *m) {
                             figures[c.id] = m ? std::optional<CustomerFigures>(*m) : std::nullopt;
                             return true;
                         },
                         &error),
                 qPrintable(error));
        QCOMPARE(figures.size(), size_t(7));
        for (const auto &[segment, expected] : cases) {
            const QString name = segment.toJsonText();
            const SegmentQuery query(db, segment);
            QCOMPARE(query.count(&error), qint64(expected.split(QLatin1Char(' ')).size()));
            QVERIFY2(error.isEmpty(), qPrintable(name + QStringLiteral(": ") + error));
            for (const CustomerSort &sort :
                 {CustomerSort{CustomerColumn::LastPurchase, false}, CustomerSort{CustomerColumn::Monetary, true},
                  CustomerSort{CustomerColumn::Nick, true}, CustomerSort{CustomerColumn::Province, false}})
                QCOMPARE(keysOf(db, query.ids(sort, &error)), expected);
            QCOMPARE(keysOf(db, query.idsById(&error)), expected);
            // In memory: the figure conditions on each customer's figures,
            // the others in SQL (as huitou-cli customers --as-of does).
            Segment others = segment.withoutFigures();
            others.hasPaidOrder.reset();
            std::vector<qint64> inMemory;
            for (qint64 id : SegmentQuery(db, others).idsById(&error)) {
                const auto &f = figures.at(id);
                if (SegmentQuery::matchesFigures(segment, f ? &*f : nullptr))
                    inMemory.push_back(id);
            }
            QVERIFY2(keysOf(db, inMemory) == expected, qPrintable(name + QStringLiteral(": ") + keysOf(db, inMemory)));
        }
    }

    void tagsAlike_data() { backends(); }
    void tagsAlike()
    {
        // TagStore on each backend: manual tags, the automatic size and
        // colour tags from the item lines, and a manual tag hiding its
        // group's automatic one (tests/data/backends/README.md).
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(loadSegmentShop(store.db(), &error), qPrintable(error));
        const QSqlDatabase db = store.db();
        TagStore tags(db);
        QVERIFY2(tags.refreshAllAutoTags(&error), qPrintable(error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE source = 'auto'")).toLongLong(),
                 4);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM auto_tag_dirty")).toLongLong(), 0);
        const auto tagsOf = [&](const QString &key) {
            QStringList out;
            for (const CustomerTag &t : tags.tagsOf(idOf(db, key)))
                out << t.group + QLatin1Char('=') + t.value + (t.automatic ? QStringLiteral("(auto)") : QString());
            out.sort();
            return out.join(QLatin1Char(' '));
        };
        QCOMPARE(tagsOf(QStringLiteral("A")), QStringLiteral("colour=红色(auto) size=M style=蕾丝"));
        QCOMPARE(tagsOf(QStringLiteral("B")), QStringLiteral("size=S(auto) style=蕾丝"));
        QCOMPARE(tagsOf(QStringLiteral("C")), QStringLiteral("size=M(auto)"));
        QCOMPARE(tags.valuesInUse(QStringLiteral("size")),
                 (QStringList{QStringLiteral("L"), QStringLiteral("M"), QStringLiteral("S")}));
        const auto withSize = [&](const QString &size) {
            Segment s;
            s.tagsAll << TagRef{QStringLiteral("size"), size};
            return keysOf(db, SegmentQuery(db, s).idsById(&error));
        };
        QCOMPARE(withSize(QStringLiteral("M")), QStringLiteral("A C"));
        QCOMPARE(withSize(QStringLiteral("L")), QString()); // A's manual M hides it
        QVERIFY2(tags.removeTag({idOf(db, QStringLiteral("A"))}, QStringLiteral("size"), QStringLiteral("M"), &error),
                 qPrintable(error));
        QCOMPARE(withSize(QStringLiteral("L")), QStringLiteral("A"));
        QCOMPARE(tagsOf(QStringLiteral("A")), QStringLiteral("colour=红色(auto) size=L(auto) style=蕾丝"));
        QVERIFY2(tags.setManualValues(idOf(db, QStringLiteral("C")), QStringLiteral("style"),
                                      {QStringLiteral("通勤"), QStringLiteral("蕾丝")}, &error),
                 qPrintable(error));
        QCOMPARE(tags.manualValues(idOf(db, QStringLiteral("C")), QStringLiteral("style")),
                 (QStringList{QStringLiteral("蕾丝"), QStringLiteral("通勤")}));
        // Each manual change is in the audit log: 2 + 1 added, 1 removed, 1 set.
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'tag'")).toLongLong(), 5);
    }

    void reviewsImportAlike_data() { backends(); }
    void reviewsImportAlike()
    {
        // ReviewStore through ReviewImporter on each backend: the reviews
        // fixture of tests/care/test_feedback.cpp (tests/data/feedback/README.md).
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        ImportOptions options;
        options.mapping = ColumnMapping::fromSpec(
            QStringLiteral("customer=customer,order=order,time=paid_at,amount=amount,status=status"), &error);
        const ImportResult orders = OrderImporter(std::make_unique<ImportStore>(store.db()), options)
                                        .importFile(test::testDataPath(QStringLiteral("care/shop/orders.csv")));
        QVERIFY2(orders.ok(), qPrintable(orders.error));
        const ReviewMapping mapping{QStringLiteral("订单编号"), QStringLiteral("评分"), QStringLiteral("评价内容"),
                                    QStringLiteral("评价时间")};
        const QString path = test::testDataPath(QStringLiteral("feedback/reviews.csv"));
        const QString staff = QStringLiteral("小王");
        const ReviewImportResult r = ReviewImporter(store.db(), mapping, staff, QDate(2026, 10, 20)).importFile(path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.read, 7);
        QCOMPARE(r.inserted, 5);
        QCOMPARE(r.unmatched, 1);
        QCOMPARE(r.suggested, 4);
        QCOMPARE(r.rejected.size(), 2);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM reviews")).toLongLong(), 5);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM reviews WHERE order_id IS NULL")).toLongLong(), 1);
        QStringList suggested;
        for (const ReasonEntry &e : ReasonStore(store.db()).unconfirmed())
            suggested << e.customerKey + QLatin1Char(':') + e.reasonCode;
        suggested.sort();
        QCOMPARE(suggested,
                 (QStringList{QStringLiteral("N2:size_small"), QStringLiteral("N2:slow_delivery"),
                              QStringLiteral("N6:fabric"), QStringLiteral("N6:too_thin")}));
        // Each suggestion names the review it came from.
        const qint64 reviewId =
            store.scalar(QStringLiteral("SELECT MIN(review_id) FROM reason_entries WHERE reason_code = 'fabric'"))
                .toLongLong();
        const auto review = ReviewStore(store.db()).review(reviewId);
        QVERIFY(review);
        QCOMPARE(review->first, 4);
        QCOMPARE(review->second, QStringLiteral("面料有点薄"));
        // Again: nothing new.
        const ReviewImportResult again =
            ReviewImporter(store.db(), mapping, staff, QDate(2026, 10, 20)).importFile(path);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.inserted, 0);
        QCOMPARE(again.unchanged, 5);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM reason_entries")).toLongLong(), 4);
    }

    void outreachAlike_data() { backends(); }
    void outreachAlike()
    {
        // OutreachStore through ContactExporter on each backend: the funnel
        // fixture (tests/data/outreach/funnel/README.md): 12 customers, 6
        // left after consent 1, open issue 1, contacted 1, no contact 2,
        // duplicate 1; the export records a campaign of the six; a second
        // export the same day finds them contacted.
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const QSqlDatabase db = store.db();
        QVERIFY2(loadFunnelShop(db, &error), qPrintable(error));
        ContactExportRequest r;
        r.audience = SegmentQuery(db, Segment()).idsById(&error);
        QCOMPARE(r.audience.size(), size_t(12));
        r.segmentDefinition = QStringLiteral("{}");
        r.staff = QStringLiteral("小王");
        r.today = kSendDay;
        r.controlShare = 0.0;
        r.preset = ContactPreset::Sms;
        r.format = ContactFileFormat::CsvUtf8Bom;
        r.messageTemplate = QStringLiteral("{name}您好，{last_item}");
        r.headerLanguage = QStringLiteral("zh");
        const auto preview = ContactExporter(db).preview(r, &error);
        QVERIFY2(preview, qPrintable(error));
        QCOMPARE(preview->funnel.audience, 12);
        QCOMPARE(preview->funnel.refusedConsent, 1);
        QCOMPARE(preview->funnel.openIssue, 1);
        QCOMPARE(preview->funnel.contactedRecently, 1);
        QCOMPARE(preview->funnel.noContact, 2);
        QCOMPARE(preview->funnel.duplicate, 1);
        QCOMPARE(preview->funnel.remaining(), 6);
        r.outPath = store.dir() + QStringLiteral("/sms.csv");
        const auto run = ContactExporter(db).run(r, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->exported, 6);
        QFile f(r.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(f.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines[1].startsWith(QStringLiteral("13800000004,张四,c_control,张四您好，半身裙D,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[4].startsWith(QStringLiteral("13700000010,赵十,g_fallback,赵十您好，毛衣K")),
                 qPrintable(lines[4]));
        OutreachStore outreach(db);
        const auto campaign = outreach.campaign(run->campaignId, &error);
        QVERIFY2(campaign, qPrintable(error));
        QCOMPARE(campaign->treatmentMembers, 6);
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_members WHERE campaign_id = %1")
                                 .arg(run->campaignId))
                     .toLongLong(),
                 6);
        const auto again = ContactExporter(db).preview(r, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->funnel.contactedRecently, 7);
        QCOMPARE(again->funnel.remaining(), 1);
        // Saved segments.
        QVERIFY2(outreach.saveSegment(
                     {QStringLiteral("活跃"), QStringLiteral("{\"stages\":[\"active\"]}"), QStringLiteral("小王"), {}},
                     &error),
                 qPrintable(error));
        QVERIFY2(outreach.saveSegment(
                     {QStringLiteral("活跃"), QStringLiteral("{\"stages\":[\"lost\"]}"), QStringLiteral("小李"), {}},
                     &error),
                 qPrintable(error));
        const auto saved = outreach.savedSegment(QStringLiteral("活跃"));
        QVERIFY(saved);
        QCOMPARE(saved->staff, QStringLiteral("小李"));
        QCOMPARE(outreach.savedSegments(&error).size(), 1);
    }

    void concurrentProfileEdits_data() { backends(); }
    void concurrentProfileEdits()
    {
        // Two workstations on one store edit the same customer's profile. The
        // second save was made over the version both saw, after the first one
        // saved: it is refused, says who changed what and when, and the first
        // save stays; re-applied over the newer version it lands. Both are in
        // the audit trail.
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(importSmallShop(store.db()).ok());
        QVERIFY2(Database::openAnother(store.db(), QStringLiteral("backend-other"), &error), qPrintable(error));
        const auto closeOther = qScopeGuard([] { Database::close(QStringLiteral("backend-other")); });
        const qint64 customer = store.scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toLongLong();
        ProfileStore mine(store.db());
        ProfileStore theirs(Database::connection(QStringLiteral("backend-other")));
        const CustomerProfile seen = mine.load(customer);
        QCOMPARE(seen.version, qint64(0));

        CustomerProfile edit = theirs.load(customer);
        edit.birthday = QStringLiteral("03-08");
        CustomerProfile current;
        QCOMPARE(theirs.saveIfCurrent(customer, edit, edit.version, &current, &error, QStringLiteral("小李")),
                 ProfileStore::Saved::Yes);

        CustomerProfile myEdit = seen;
        myEdit.birthday = QStringLiteral("05-01");
        myEdit.consent = QStringLiteral("consented");
        QCOMPARE(mine.saveIfCurrent(customer, myEdit, seen.version, &current, &error, QStringLiteral("小王")),
                 ProfileStore::Saved::Conflict);
        QCOMPARE(current.birthday, QStringLiteral("03-08"));
        QCOMPARE(current.changedBy, QStringLiteral("小李"));
        QCOMPARE(current.version, qint64(1));
        QVERIFY(!current.changedAt.isEmpty());
        // Nothing of the refused save was written, not even its consent change.
        QCOMPARE(mine.load(customer).birthday, QStringLiteral("03-08"));
        QCOMPARE(mine.load(customer).consent, QStringLiteral("unknown"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM consent_changes")).toLongLong(), 0);

        // Re-applied over the version now stored.
        QCOMPARE(mine.saveIfCurrent(customer, myEdit, current.version, &current, &error, QStringLiteral("小王")),
                 ProfileStore::Saved::Yes);
        const CustomerProfile after = theirs.load(customer);
        QCOMPARE(after.birthday, QStringLiteral("05-01"));
        QCOMPARE(after.consent, QStringLiteral("consented"));
        QCOMPARE(after.changedBy, QStringLiteral("小王"));
        QVERIFY(after.version > 1);
        QCOMPARE(
            store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'birthday_set'")).toLongLong(),
            2);
        // A plain save (undo, the CLI) still counts as a new version.
        const qint64 before = after.version;
        QVERIFY2(theirs.save(customer, edit, &error, QStringLiteral("小李")), qPrintable(error));
        QVERIFY(theirs.load(customer).version > before);
    }

    void changesAreNoticed_data() { backends(); }
    void changesAreNoticed()
    {
        // Two workstations: what one commits, the other hears of (the
        // server's notification, or the SQLite counters polled), by kind;
        // a rolled-back write and the watcher's own connection say nothing.
        QFETCH(QString, backend);
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(importSmallShop(store.db()).ok());
        QVERIFY2(Database::openAnother(store.db(), QStringLiteral("backend-writer"), &error), qPrintable(error));
        const auto closeWriter = qScopeGuard([] { Database::close(QStringLiteral("backend-writer")); });
        const QSqlDatabase writer = Database::connection(QStringLiteral("backend-writer"));
        ChangeWatcher watcher(store.db(), 50);
        QSignalSpy spy(&watcher, &ChangeWatcher::changed);
        const qint64 customer = store.scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toLongLong();

        CustomerProfile p;
        p.birthday = QStringLiteral("03-08");
        QVERIFY2(ProfileStore(writer).save(customer, p, &error, QStringLiteral("小李")), qPrintable(error));
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt(), int(ChangeWatcher::Customers));

        // A complaint is care; an import is an import.
        ReasonEntry e;
        e.customerId = customer;
        e.kind = QStringLiteral("complaint");
        e.reasonCode = QStringLiteral("size_small");
        e.loggedDay = QDate(2024, 6, 30);
        QVERIFY2(ReasonStore(writer).add(e, QStringLiteral("小李"), &error) > 0, qPrintable(error));
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt() & ChangeWatcher::Care, int(ChangeWatcher::Care));
        QVERIFY(importSmallShop(writer).ok());
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.takeFirst().at(0).toInt() & ChangeWatcher::Imports, int(ChangeWatcher::Imports));

        // Rolled back: nothing to hear.
        {
            Transaction tx(writer);
            QVERIFY(ProfileStore(writer).save(customer, CustomerProfile(), &error, QStringLiteral("小李")));
        }
        QTest::qWait(300);
        watcher.poll();
        QCOMPARE(spy.size(), 0);
    }

    // `store create` says whether the store existed (issue 15 item 5: on a
    // server it said "Created" every time). Database::exists looks without
    // creating: an empty server database holds no store until it is opened
    // (migrated), a missing file none; asking twice changes nothing.
    void existsWithoutCreating_data() { backends(); }
    void existsWithoutCreating()
    {
        QFETCH(QString, backend);
        BackendStore store(backend);
        QVERIFY(!Database::exists(store.location()));
        QVERIFY(!Database::exists(store.location()));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY(Database::exists(store.location()));
    }

    // The server goes away in the middle of an import (the connection is
    // ended from outside while rows are still arriving): the import fails
    // with the "connection lost" message, the server rolled everything back
    // (no import, no order, no customer), and once connected again the same
    // file imports completely. PostgreSQL only: SQLite has no connection to lose.
    void lostConnectionRollsTheImportBack_data()
    {
        // Always one row: a data function without rows is a fatal error in Qt Test.
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
    void lostConnectionRollsTheImportBack()
    {
        QFETCH(QString, backend);
        if (serverUrl().isEmpty())
            return; // no server to lose (said in the SKIPPED line)
        BackendStore store(backend);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        const qint64 pid = store.scalar(QStringLiteral("SELECT pg_backend_pid()")).toLongLong();
        QVERIFY(pid > 0);
        ImportOptions options;
        options.mapping = ColumnMapping::fromSpec(QStringLiteral("customer=customer,order=order,time=paid_at,"
                                                                 "amount=amount,refund=refund,status=status,"
                                                                 "quantity=quantity,address=address"),
                                                  &error);
        options.beforeRecord = [pid](qint64 record) {
            if (record == 5)
                BackendStore::adminExec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
            return true;
        };
        const QString file = test::testDataPath(QStringLiteral("report/small_shop/orders.csv"));
        ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), options).importFile(file);
        QVERIFY(!r.ok());
        QCOMPARE(r.importId, 0);
        QVERIFY2(r.error.contains(QLatin1String("connection to the shop server was lost")), qPrintable(r.error));

        // Another connection (the app reconnecting) finds nothing written, and the file imports whole.
        QVERIFY2(Database::openAnother(store.db(), QStringLiteral("backend-again"), &error), qPrintable(error));
        {
            const QSqlDatabase again = Database::connection(QStringLiteral("backend-again"));
            auto count = [&again](const char *table) {
                QSqlQuery q(again);
                return q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next()
                    ? q.value(0).toLongLong()
                    : -1;
            };
            QCOMPARE(count("imports"), 0);
            QCOMPARE(count("orders"), 0);
            QCOMPARE(count("customers"), 0);
            options.beforeRecord = {};
            r = OrderImporter(std::make_unique<ImportStore>(again), options).importFile(file);
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.counts.inserted, qint64(13));
            QCOMPARE(count("orders"), 13);
            QCOMPARE(reportJson(again), m_sqliteReport);
        }
        Database::close(QStringLiteral("backend-again"));
    }

private:
    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        if (!serverUrl().isEmpty())
            QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (serverUrl().isEmpty())
        std::printf("SKIPPED: the PostgreSQL half of test_store_backends (HUITOU_TEST_PG is not set; "
                    "installer/test.sh starts a throwaway cluster)\n");
    TestStoreBackends test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_store_backends.moc"
