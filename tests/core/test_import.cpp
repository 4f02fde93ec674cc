#include "BackendStore.h"
#include "CsvBuilder.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "importing/OrderImporter.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/MappingStore.h"
#include "storage/TagStore.h"

#include <QSqlQuery>
#include <QtTest>

using namespace huitou;
using huitou::test::CsvBuilder;

namespace {

QString header(const QString &file)
{
    return test::testData(QStringLiteral("taobao/") + file).trimmed();
}

QString id(const QString &orderNo)
{
    return QStringLiteral("\"=\"\"%1\"\"\"").arg(orderNo);
}

QString q(const QString &s)
{
    return CsvBuilder::quote(s);
}

// Three orders of two customers; the first spans two physical lines.
QString weekOne(const QString &headerLine)
{
    CsvBuilder b(headerLine);
    b.row({{QStringLiteral("订单编号"), id(QStringLiteral("1001"))},
           {QStringLiteral("买家会员名"), q(QStringLiteral("小王"))},
           {QStringLiteral("买家实际支付金额"), QStringLiteral("201.12")},
           {QStringLiteral("订单状态"), q(QStringLiteral("交易成功"))},
           {QStringLiteral("买家留言"), q(QStringLiteral("多行\n留言, 含逗号"))},
           {QStringLiteral("收货人姓名"), q(QStringLiteral("王小丽"))},
           {QStringLiteral("收货地址"), q(QStringLiteral("浙江省 杭州市 西湖区 文一路1号(310000)"))},
           {QStringLiteral("联系手机"), QStringLiteral("'13812345678")},
           {QStringLiteral("订单创建时间"), QStringLiteral("2024-03-01 10:00:00")},
           {QStringLiteral("订单付款时间"), QStringLiteral("2024/3/1 10:05")},
           {QStringLiteral("宝贝总数量"), QStringLiteral("2")}});
    b.row({{QStringLiteral("订单编号"), id(QStringLiteral("1002"))},
           {QStringLiteral("买家会员名"), q(QStringLiteral("小王"))},
           {QStringLiteral("买家实际支付金额"), QStringLiteral("0元")},
           {QStringLiteral("订单状态"), q(QStringLiteral("交易关闭"))},
           {QStringLiteral("订单创建时间"), QStringLiteral("2024-03-02 09:00:00")},
           {QStringLiteral("订单付款时间"), QString()}});
    b.row({{QStringLiteral("订单编号"), id(QStringLiteral("1003"))},
           {QStringLiteral("买家会员名"), q(QStringLiteral("lily"))},
           {QStringLiteral("买家实际支付金额"), QStringLiteral("99.00元")},
           {QStringLiteral("订单状态"), q(QStringLiteral("卖家已发货，等待买家确认"))},
           {QStringLiteral("收货地址"), q(QStringLiteral("上海 上海市 浦东新区 世纪大道100号"))},
           {QStringLiteral("联系手机"), QStringLiteral("139****0000")},
           {QStringLiteral("订单创建时间"), QStringLiteral("2024-03-05 20:00:00")},
           {QStringLiteral("订单付款时间"), QStringLiteral("2024-03-05 20:01:00")},
           {QStringLiteral("宝贝总数量"), QStringLiteral("1")}});
    return b.text();
}

template <class Store>
QString writeFile(const Store &store, const QString &name, const QString &text, const QByteArray &encoding = "GB18030")
{
    const QString path = store.dir() + QLatin1Char('/') + name;
    if (!test::writeText(path, text, encoding))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template <class Store>
ImportResult importFile(const Store &store, const QString &path, ImportOptions options = {})
{
    return OrderImporter(std::make_unique<ImportStore>(store.db()), std::move(options)).importFile(path);
}

template <class Store>
QVariant orderValue(const Store &store, const QString &orderNo, const QString &column)
{
    return store.scalar(QStringLiteral("SELECT %1 FROM orders WHERE order_no = '%2'").arg(column, orderNo));
}

template <class Store>
QVariant customerValue(const Store &store, const QString &key, const QString &column)
{
    return store.scalar(QStringLiteral("SELECT %1 FROM customer_contacts WHERE customer_key = '%2'").arg(column, key));
}

// The first column of every row of SQL, joined by commas (group_concat is SQLite's only).
template <class Store>
QString joinedColumn(const Store &store, const QString &sql)
{
    QSqlQuery query(store.db());
    QStringList values;
    if (query.exec(sql))
        while (query.next())
            values << query.value(0).toString();
    return values.join(QLatin1Char(','));
}

} // namespace

// Every test below but the header generations runs on both backends: a store
// on SQLite, and one on the PostgreSQL test server (HUITOU_TEST_PG), where
// the rows go through COPY and one set-based upsert (issue 15).
#define OPEN_BACKEND_STORE(store) \
    QFETCH(QString, backend); \
    test::BackendStore store(backend); \
    { \
        QString openError; \
        QVERIFY2(store.open(&openError), qPrintable(openError)); \
    }

class TestImport : public QObject
{
    Q_OBJECT
private slots:
    void everyOrderHeaderGeneration_data()
    {
        QTest::addColumn<QString>("headerFile");
        QTest::newRow("2016, 41 columns") << QStringLiteral("ExportOrderList_2016_41cols.csv");
        QTest::newRow("2017-07, 46 columns") << QStringLiteral("ExportOrderList_2017-07_46cols.csv");
        QTest::newRow("2018-09, 56 columns") << QStringLiteral("ExportOrderList_2018-09_56cols.csv");
        QTest::newRow("2019+, 61 columns") << QStringLiteral("ExportOrderList_2019plus_61cols.csv");
    }
    void everyOrderHeaderGeneration()
    {
        QFETCH(QString, headerFile);
        test::TestStore store;
        const QString path = writeFile(store, QStringLiteral("ExportOrderList.csv"), weekOne(header(headerFile)));
        const ImportResult r = importFile(store, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("taobao-orders"));
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.counts.rowsRead, 3);
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(r.counts.rejected, 0);

        QCOMPARE(orderValue(store, QStringLiteral("1001"), QStringLiteral("paid_fen")).toLongLong(), 20112);
        QCOMPARE(orderValue(store, QStringLiteral("1001"), QStringLiteral("paid_at")).toString(),
                 QStringLiteral("2024-03-01 10:05:00"));
        QCOMPARE(orderValue(store, QStringLiteral("1001"), QStringLiteral("paid_day")).toString(),
                 QStringLiteral("2024-03-01"));
        QCOMPARE(orderValue(store, QStringLiteral("1001"), QStringLiteral("item_count")).toInt(), 2);
        QCOMPARE(orderValue(store, QStringLiteral("1001"), QStringLiteral("is_valid")).toInt(), 1);
        QCOMPARE(orderValue(store, QStringLiteral("1002"), QStringLiteral("is_valid")).toInt(), 0);
        QVERIFY(orderValue(store, QStringLiteral("1002"), QStringLiteral("paid_at")).isNull());
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("paid_fen")).toLongLong(), 9900);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("is_valid")).toInt(), 1);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("refund_fen")).toLongLong(), 0);

        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 2);
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("phone")).toString(),
                 QStringLiteral("13812345678"));
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("province")).toString(),
                 QStringLiteral("浙江"));
        // A masked phone is kept for display and never used as a contact number.
        QVERIFY(customerValue(store, QStringLiteral("lily"), QStringLiteral("phone")).isNull());
        QCOMPARE(customerValue(store, QStringLiteral("lily"), QStringLiteral("phone_display")).toString(),
                 QStringLiteral("139****0000"));
        QCOMPARE(customerValue(store, QStringLiteral("lily"), QStringLiteral("province")).toString(),
                 QStringLiteral("上海"));
    }

    void reimportChangesNothing_data() { test::addBackendRows(); }
    void reimportChangesNothing()
    {
        OPEN_BACKEND_STORE(store);
        const QString path = writeFile(store, QStringLiteral("orders.csv"),
                                       weekOne(header(QStringLiteral("ExportOrderList_2019plus_61cols.csv"))));
        QVERIFY(importFile(store, path).ok());
        const ImportResult again = importFile(store, path);
        QVERIFY(again.ok());
        QCOMPARE(again.counts.inserted, 0);
        QCOMPARE(again.counts.updated, 0);
        QCOMPARE(again.counts.unchanged, 3);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 2);
        QCOMPARE(store.scalar(QStringLiteral("SELECT sha256 FROM imports WHERE id = 1")),
                 store.scalar(QStringLiteral("SELECT sha256 FROM imports WHERE id = 2")));
        QCOMPARE(store.scalar(QStringLiteral("SELECT length(sha256) FROM imports WHERE id = 1")).toInt(), 64);
    }

    void overlappingLaterExportUpdatesAndReverts_data() { test::addBackendRows(); }
    void overlappingLaterExportUpdatesAndReverts()
    {
        OPEN_BACKEND_STORE(store);
        const QString h = header(QStringLiteral("ExportOrderList_2019plus_61cols.csv"));
        const QString week1 = writeFile(store, QStringLiteral("week1.csv"), weekOne(h));
        QVERIFY(importFile(store, week1).ok());

        // The next export overlaps: 1001 unchanged, 1003 refunded in full, 1004 new.
        QString week2Text = weekOne(h);
        week2Text.remove(week2Text.indexOf(QStringLiteral("\"=\"\"1002")), 0); // keep all rows
        CsvBuilder b(h);
        const QStringList lines = weekOne(h).split(QStringLiteral("\r\n"));
        b.rawLine(lines[1]); // 1001, two physical lines joined by the builder as one record
        b.row({{QStringLiteral("订单编号"), id(QStringLiteral("1003"))},
               {QStringLiteral("买家会员名"), q(QStringLiteral("lily"))},
               {QStringLiteral("买家实际支付金额"), QStringLiteral("99.00元")},
               {QStringLiteral("退款金额"), QStringLiteral("99.00")},
               {QStringLiteral("订单状态"), q(QStringLiteral("交易成功"))},
               {QStringLiteral("收货地址"), q(QStringLiteral("上海 上海市 浦东新区 世纪大道100号"))},
               {QStringLiteral("联系手机"), QStringLiteral("139****0000")},
               {QStringLiteral("订单创建时间"), QStringLiteral("2024-03-05 20:00:00")},
               {QStringLiteral("订单付款时间"), QStringLiteral("2024-03-05 20:01:00")},
               {QStringLiteral("宝贝总数量"), QStringLiteral("1")}});
        b.row({{QStringLiteral("订单编号"), id(QStringLiteral("1004"))},
               {QStringLiteral("买家会员名"), q(QStringLiteral("小王"))},
               {QStringLiteral("买家实际支付金额"), QStringLiteral("59.90")},
               {QStringLiteral("订单状态"), q(QStringLiteral("买家已付款，等待卖家发货"))},
               {QStringLiteral("收货地址"), q(QStringLiteral("江苏省 南京市 鼓楼区 中山路2号"))},
               {QStringLiteral("联系手机"), QStringLiteral("'13900000000")},
               {QStringLiteral("订单创建时间"), QStringLiteral("2024-04-01 08:00:00")},
               {QStringLiteral("订单付款时间"), QStringLiteral("2024-04-01 08:00:30")}});
        const QString week2 = writeFile(store, QStringLiteral("week2.csv"), b.text());
        const ImportResult r = importFile(store, week2);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(r.counts.unchanged, 1);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 4);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("status")).toString(),
                 QStringLiteral("交易成功"));
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("refund_fen")).toLongLong(), 9900);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("is_valid")).toInt(), 0);
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("phone")).toString(),
                 QStringLiteral("13900000000"));
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("province")).toString(),
                 QStringLiteral("江苏"));

        ImportHistory history(store.db());
        // Week 1 cannot go while week 2 changed one of its rows.
        QVERIFY(!history.whyNotRevertible(1).isEmpty());
        QString error;
        QVERIFY(!history.revert(1, &error));
        QVERIFY(history.revert(r.importId, &error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("status")).toString(),
                 QStringLiteral("卖家已发货，等待买家确认"));
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("refund_fen")).toLongLong(), 0);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("is_valid")).toInt(), 1);
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("phone")).toString(),
                 QStringLiteral("13812345678"));
        QCOMPARE(customerValue(store, QStringLiteral("小王"), QStringLiteral("province")).toString(),
                 QStringLiteral("浙江"));
        QVERIFY(!history.whyNotRevertible(r.importId).isEmpty()); // already reverted

        // Now week 1 goes too, and with it every customer it created.
        QVERIFY2(history.revert(1, &error), qPrintable(error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 0);
        QCOMPARE(history.list().size(), 2);
    }

    void badRowsAreReportedByLineAndGoodRowsLand_data() { test::addBackendRows(); }
    void badRowsAreReportedByLineAndGoodRowsLand()
    {
        OPEN_BACKEND_STORE(store);
        CsvBuilder b(header(QStringLiteral("ExportOrderList_2019plus_61cols.csv")));
        auto good = [&](const QString &no, const QString &message = {}) {
            b.row({{QStringLiteral("订单编号"), id(no)},
                   {QStringLiteral("买家会员名"), q(QStringLiteral("buyer") + no)},
                   {QStringLiteral("买家实际支付金额"), QStringLiteral("10.00")},
                   {QStringLiteral("买家留言"), q(message)},
                   {QStringLiteral("订单状态"), q(QStringLiteral("交易成功"))},
                   {QStringLiteral("订单付款时间"), QStringLiteral("2024-01-02 03:04:05")}});
        };
        good(QStringLiteral("1")); // line 2, record 1
        good(QStringLiteral("2"), QStringLiteral("two\nlines")); // lines 3-4, record 2
        b.row({{QStringLiteral("订单编号"), id(QStringLiteral("3"))},
               {QStringLiteral("买家实际支付金额"), QStringLiteral("10.00")},
               {QStringLiteral("订单付款时间"), QStringLiteral("2024-01-02 03:04:05")}}); // line 5: no nick
        b.row({{QStringLiteral("订单编号"), id(QStringLiteral("4"))},
               {QStringLiteral("买家会员名"), q(QStringLiteral("x"))},
               {QStringLiteral("买家实际支付金额"), QStringLiteral("10.00")},
               {QStringLiteral("订单付款时间"), QStringLiteral("2023-02-29 10:00:00")}}); // line 6: impossible date
        b.row({{QStringLiteral("订单编号"), id(QStringLiteral("5"))},
               {QStringLiteral("买家会员名"), q(QStringLiteral("x"))},
               {QStringLiteral("买家实际支付金额"), q(QStringLiteral("1,280.00"))},
               {QStringLiteral("订单付款时间"), QStringLiteral("2024-01-02 03:04:05")}}); // line 7: thousands separator
        b.rawLine(QStringLiteral("\"=\"\"6\"\"\",short,row")); // line 8: field count
        good(QStringLiteral("7")); // line 9
        const QString path = writeFile(store, QStringLiteral("bad.csv"), b.text());
        const ImportResult r = importFile(store, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(r.counts.rejected, 4);
        QCOMPARE(r.rejects.size(), 4);
        const QList<qint64> lines{r.rejects[0].line, r.rejects[1].line, r.rejects[2].line, r.rejects[3].line};
        QCOMPARE(lines, (QList<qint64>{5, 6, 7, 8}));
        QCOMPARE(r.rejects[0].record, 3);
        QCOMPARE(r.rejects[3].record, 6);
        QVERIFY(r.rejects[0].reason.contains(QStringLiteral("买家会员名")));
        QVERIFY(r.rejects[1].reason.contains(QStringLiteral("订单付款时间")));
        QVERIFY(r.rejects[2].reason.contains(QStringLiteral("买家实际支付金额")));
        QVERIFY(r.rejects[3].reason.contains(QStringLiteral("61")));
        ImportHistory history(store.db());
        QCOMPARE(history.rejects(r.importId).size(), 4);
        QCOMPARE(history.rejects(r.importId).at(2).line, 7);
    }

    void missingRequiredColumnRefusesTheFile_data() { test::addBackendRows(); }
    void missingRequiredColumnRefusesTheFile()
    {
        OPEN_BACKEND_STORE(store);
        const QString path = writeFile(store, QStringLiteral("x.csv"),
                                       QStringLiteral(
                                           "订单编号,买家会员名,买家实际支付金额,订单状态\n1,a,1,交易成功\n"));
        const ImportResult r = importFile(store, path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("订单付款时间")), qPrintable(r.error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 0);
    }

    void failureMidImportLeavesStoreUnchanged_data() { test::addBackendRows(); }
    void failureMidImportLeavesStoreUnchanged()
    {
        OPEN_BACKEND_STORE(store);
        const QString h = header(QStringLiteral("ExportOrderList_2019plus_61cols.csv"));
        QVERIFY(importFile(store, writeFile(store, QStringLiteral("a.csv"), weekOne(h))).ok());
        QString changed = weekOne(h);
        changed.replace(QStringLiteral("卖家已发货，等待买家确认"), QStringLiteral("交易成功"));
        changed.replace(QStringLiteral("\"=\"\"1002\"\"\""), QStringLiteral("\"=\"\"2002\"\"\""));
        ImportOptions options;
        options.beforeRecord = [](qint64 record) { return record < 3; };
        const ImportResult r = importFile(store, writeFile(store, QStringLiteral("b.csv"), changed), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.importId, 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 1);
        QCOMPARE(orderValue(store, QStringLiteral("1003"), QStringLiteral("status")).toString(),
                 QStringLiteral("卖家已发货，等待买家确认"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders WHERE order_no = '2002'")).toInt(), 0);
    }

    void cancelLeavesStoreUnchanged_data() { test::addBackendRows(); }
    void cancelLeavesStoreUnchanged()
    {
        OPEN_BACKEND_STORE(store);
        std::atomic_bool cancel{false};
        ImportOptions options;
        options.cancel = &cancel;
        options.beforeRecord = [&cancel](qint64 record) {
            if (record == 2)
                cancel = true; // the user presses Cancel mid-import
            return true;
        };
        const QString path = writeFile(store, QStringLiteral("a.csv"),
                                       weekOne(header(QStringLiteral("ExportOrderList_2016_41cols.csv"))));
        const ImportResult r = importFile(store, path, options);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok());
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 0);
    }

    void itemReportJoinsAndParsesSku_data() { test::addBackendRows(); }
    void itemReportJoinsAndParsesSku()
    {
        OPEN_BACKEND_STORE(store);
        QVERIFY(importFile(store,
                           writeFile(store, QStringLiteral("o.csv"),
                                     weekOne(header(QStringLiteral("ExportOrderList_2019plus_61cols.csv")))))
                    .ok());
        CsvBuilder b(header(QStringLiteral("ExportOrderDetailList_2017_10cols.csv")));
        auto line = [&](const QString &no, const QString &qty, const QString &sku) {
            b.row({{QStringLiteral("订单编号"), id(no)},
                   {QStringLiteral("标题"), q(QStringLiteral("法式蕾丝连衣裙"))},
                   {QStringLiteral("价格"), QStringLiteral("100.56")},
                   {QStringLiteral("购买数量"), qty},
                   {QStringLiteral("商品属性"), q(sku)},
                   {QStringLiteral("订单状态"), q(QStringLiteral("交易成功"))}},
                  QStringLiteral(",")); // real item rows end with a comma
        };
        line(QStringLiteral("1001"), QStringLiteral("1"), QStringLiteral("颜色分类：杏色;尺码：M"));
        line(QStringLiteral("1001"), QStringLiteral("1"), QStringLiteral("颜色分类:黑色;尺码:L"));
        line(QStringLiteral("1003"), QStringLiteral("两件"), QStringLiteral("颜色分类：白色;尺码：S"));
        line(QStringLiteral("1003"), QStringLiteral("2"), QStringLiteral("颜色分类：白色;尺码：均码"));
        const QString path = writeFile(store, QStringLiteral("items.csv"), b.text());
        const ImportResult r = importFile(store, path);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("taobao-items"));
        QCOMPARE(r.counts.inserted, 3);
        QCOMPARE(r.counts.rejected, 1);
        QCOMPARE(r.rejects[0].line, 4);
        QVERIFY(r.rejects[0].reason.contains(QStringLiteral("购买数量")));
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT sku_color || '/' || sku_size FROM order_items WHERE order_no = "
                                            "'1001' AND line_no = 1"))
                     .toString(),
                 QStringLiteral("杏色/M"));
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT sku_size FROM order_items WHERE order_no = '1001' AND line_no = 2"))
                     .toString(),
                 QStringLiteral("L"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT price_fen FROM order_items WHERE order_no = '1003'")).toLongLong(),
                 10056);
        // Joined to its order by 订单编号.
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM order_items i JOIN orders o ON o.source = i.source "
                                            "AND o.order_no = i.order_no"))
                     .toInt(),
                 3);
        const ImportResult again = importFile(store, path);
        QCOMPARE(again.counts.inserted, 0);
        QCOMPARE(again.counts.updated, 0);
        QCOMPARE(again.counts.unchanged, 3);

        // Automatic tags from SKU attributes: lily's only valid line is 2 × 白色 均码.
        QString error;
        TagStore tags(store.db());
        QVERIFY2(tags.refreshAutoTags(&error), qPrintable(error));
        const qint64 lily =
            store.scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = 'lily'")).toLongLong();
        QList<CustomerTag> auto_;
        for (const CustomerTag &t : tags.tagsOf(lily))
            if (t.automatic)
                auto_ << t;
        QCOMPARE(auto_.size(), 2);
        QCOMPARE(auto_[0].group, QStringLiteral("size"));
        QCOMPARE(auto_[0].value, QStringLiteral("均码"));
        QCOMPARE(auto_[1].value, QStringLiteral("白色"));
        // A manual tag wins over the automatic one of its group.
        QVERIFY(tags.addTag({lily}, QStringLiteral("size"), QStringLiteral("M"), &error));
        const QList<CustomerTag> effective = tags.tagsOf(lily);
        QCOMPARE(effective[0].value, QStringLiteral("M"));
        QVERIFY(!effective[0].automatic);
        QCOMPARE(effective.size(), 2); // M (manual) and 白色 (automatic colour)
    }

    void tmallItemReportStripsPrefixedIds_data() { test::addBackendRows(); }
    void tmallItemReportStripsPrefixedIds()
    {
        OPEN_BACKEND_STORE(store);
        CsvBuilder b(header(QStringLiteral("ExportOrderDetailList_tmall_newer_columns.csv")));
        b.row({{QStringLiteral("子订单编号"), QStringLiteral("No.555")},
               {QStringLiteral("主订单编号"), QStringLiteral("No.1001")},
               {QStringLiteral("购买数量"), QStringLiteral("1")},
               {QStringLiteral("商品属性"), q(QStringLiteral("颜色分类：杏色;尺码：M"))}});
        const ImportResult r = importFile(store, writeFile(store, QStringLiteral("t.csv"), b.text(), "UTF-8-BOM"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT order_no FROM order_items")).toString(), QStringLiteral("1001"));
    }

    void shopifyExport_data() { test::addBackendRows(); }
    void shopifyExport()
    {
        OPEN_BACKEND_STORE(store);
        const QString text = QStringLiteral(
            "Name,Email,Financial Status,Paid at,Created at,Lineitem quantity,Lineitem name,Lineitem price,Total,"
            "Refunded Amount,Billing Phone,Shipping Province,Shipping City,Shipping Country\n"
            "#1001,Ann@Example.com,paid,2024-03-01 10:00:00 +0800,2024-03-01 09:59:00 +0800,1,Dress,100.00,120.00,0,"
            "+86 13812345678,Zhejiang,Hangzhou,CN\n"
            "#1001,,,,,2,Scarf,10.00,,,,,,\n"
            "#1002,ann@example.com,refunded,2024-03-02 10:00:00 +0800,2024-03-02 10:00:00 +0800,1,Hat,50.00,50.00,"
            "50.00,,,,CN\n"
            "#1003,bob@example.com,pending,,2024-03-03 10:00:00 +0800,1,Bag,30.00,30.00,0,,,,CN\n");
        const ImportResult r = importFile(store, writeFile(store, QStringLiteral("orders_export.csv"), text, "UTF-8"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("shopify"));
        QCOMPARE(r.counts.rowsRead, 4);
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 3);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM order_items")).toInt(), 4);
        QCOMPARE(joinedColumn(store, QStringLiteral("SELECT customer_key FROM customers ORDER BY customer_key")),
                 QStringLiteral("ann@example.com,bob@example.com"));
        QCOMPARE(orderValue(store, QStringLiteral("#1001"), QStringLiteral("paid_fen")).toLongLong(), 12000);
        QCOMPARE(orderValue(store, QStringLiteral("#1001"), QStringLiteral("is_valid")).toInt(), 1);
        QCOMPARE(orderValue(store, QStringLiteral("#1002"), QStringLiteral("is_valid")).toInt(), 0);
        QCOMPARE(orderValue(store, QStringLiteral("#1003"), QStringLiteral("is_valid")).toInt(), 0);
        QCOMPARE(store.scalar(QStringLiteral("SELECT SUM(quantity) FROM order_items WHERE order_no = '#1001'")).toInt(),
                 3);
    }

    void genericCsvThroughSavedMapping_data() { test::addBackendRows(); }
    void genericCsvThroughSavedMapping()
    {
        OPEN_BACKEND_STORE(store);
        ColumnMapping mapping;
        mapping.customer = QStringLiteral("客户");
        mapping.order = QStringLiteral("单号");
        mapping.time = QStringLiteral("付款时间");
        mapping.amount = QStringLiteral("金额");
        mapping.status = QStringLiteral("状态");
        mapping.quantity = QStringLiteral("数量");
        QString error;
        MappingStore presets(store.db());
        QVERIFY(presets.save(QStringLiteral("ERP 导出"), mapping, &error));
        QCOMPARE(presets.names(), QStringList{QStringLiteral("ERP 导出")});
        const auto loaded = presets.load(QStringLiteral("ERP 导出"));
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->status, QStringLiteral("状态"));

        const QString text = QStringLiteral("客户,单号,付款时间,金额,状态,数量\n"
                                            "c1,G1,2024-01-05 09:00,100.00,completed,2\n"
                                            "c1,G2,2024-01-06,50,Cancelled,1\n"
                                            "c2,G3,,30,,1\n"
                                            "c3,G4,2024-01-07,-20,,1\n");
        ImportOptions options;
        options.mapping = *loaded;
        const ImportResult r = importFile(store, writeFile(store, QStringLiteral("erp.csv"), text), options);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.format, QStringLiteral("generic"));
        QCOMPARE(r.counts.inserted, 4);
        QCOMPARE(joinedColumn(store,
                              QStringLiteral("SELECT order_no FROM orders WHERE is_valid = 1 ORDER BY order_no")),
                 QStringLiteral("G1"));
        QCOMPARE(orderValue(store, QStringLiteral("G1"), QStringLiteral("item_count")).toInt(), 2);
    }

    void unknownFormatWithoutMappingIsRefused_data() { test::addBackendRows(); }
    void unknownFormatWithoutMappingIsRefused()
    {
        OPEN_BACKEND_STORE(store);
        const ImportResult r = importFile(store,
                                          writeFile(store, QStringLiteral("u.csv"), QStringLiteral("a,b\n1,2\n"),
                                                    "UTF-8"));
        QVERIFY(!r.ok());
        QVERIFY(r.error.contains(QStringLiteral("mapping")));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (test::serverUrl().isEmpty())
        std::printf("SKIPPED: the PostgreSQL half of test_import (HUITOU_TEST_PG is not set; "
                    "installer/test.sh starts a throwaway cluster)\n");
    TestImport test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_import.moc"
