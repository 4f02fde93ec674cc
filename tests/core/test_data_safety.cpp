// Issue 13, "Nothing lost, ever": every way a row went missing or wrong
// silently, as a test that failed before the fix. Fixtures are built inline:
// each test says what the file holds and why the expected counts follow.
#include "BackendStore.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "importing/OrderImporter.h"
#include "storage/AnalyticsStore.h"
#include "storage/BackupStore.h"
#include "storage/Database.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/SettingsStore.h"
#include "storage/StoreCheck.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huitou;

namespace {

const QByteArray kHeader = "订单编号,买家会员名,买家实际支付金额,订单状态,订单付款时间,订单创建时间,收货地址";

// One order line: id, buyer, amount; paid the day given, 交易成功.
QByteArray order(const QByteArray &id, const QByteArray &buyer, const QByteArray &amount, int day = 1)
{
    const QByteArray when = "2024-03-" + QByteArray::number(day).rightJustified(2, '0') + " 10:00:00";
    return id + "," + buyer + "," + amount + ",交易成功," + when + "," + when + ",浙江省 杭州市";
}

template <class Store>
QString writeBytes(const Store &store, const QString &name, const QByteArray &bytes)
{
    const QString path = store.dir() + QLatin1Char('/') + name;
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

template <class Store>
ImportResult importBytes(const Store &store, const QString &name, const QByteArray &bytes, ImportOptions options = {})
{
    return OrderImporter(std::make_unique<ImportStore>(store.db()), std::move(options))
        .importFile(writeBytes(store, name, bytes));
}

template <class Store>
int count(const Store &store, const QString &sql)
{
    return store.scalar(sql).toInt();
}

QString reasons(const ImportResult &r)
{
    QStringList out;
    for (const RejectedRow &row : r.rejects)
        out << QStringLiteral("%1: %2").arg(row.line).arg(row.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace

// The tests of what an import writes run on both backends (issue 15): on
// PostgreSQL the rows go through COPY and one set-based upsert, by the same rules.
#define OPEN_BACKEND_STORE(store) \
    QFETCH(QString, backend); \
    test::BackendStore store(backend); \
    { \
        QString openError; \
        QVERIFY2(store.open(&openError), qPrintable(openError)); \
    }

class TestDataSafety : public QObject
{
    Q_OBJECT
private slots:
    // Item 1. "CSV (Macintosh)": 31 orders, every line ended by CR alone.
    // Before: 0 rows read. Every order must land.
    void crOnlyExportImportsEveryOrder_data() { test::addBackendRows(); }
    void crOnlyExportImportsEveryOrder()
    {
        OPEN_BACKEND_STORE(store);
        QByteArray bytes = kHeader + "\r";
        for (int i = 1; i <= 31; ++i)
            bytes += order(QByteArray::number(5000 + i), "buyer" + QByteArray::number(i % 7), "10.00", i) + "\r";
        const ImportResult r = importBytes(store, QStringLiteral("mac.csv"), bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.rowsRead, 31);
        QCOMPARE(r.counts.inserted, 31);
        QCOMPARE(r.counts.rejected, 0);
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM orders")), 31);
    }

    // Item 1. 21 orders whose lines end in CRLF, LF and CR in turn. Before:
    // 11 inserted, 10 rejected, 20 orders gone (two records glued together).
    void mixedLineEndingsImportEveryOrder()
    {
        test::TestStore store;
        const QByteArray endings[] = {"\r\n", "\n", "\r"};
        QByteArray bytes = kHeader + "\r\n";
        for (int i = 1; i <= 21; ++i)
            bytes += order(QByteArray::number(6000 + i), "b" + QByteArray::number(i), "20.00", i) + endings[i % 3];
        const ImportResult r = importBytes(store, QStringLiteral("mixed.csv"), bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.inserted, 21);
        QCOMPARE(r.counts.rejected, 0);
    }

    // Item 2. Excel turned two different 19-digit ids into 1.23E+18. Before:
    // one order, the first buyer's lost, 0 rejected. Both rows are refused
    // with a re-export hint; so is an id with a trailing .0.
    void excelMangledIdsAreRejectedWithAHint_data() { test::addBackendRows(); }
    void excelMangledIdsAreRejectedWithAHint()
    {
        OPEN_BACKEND_STORE(store);
        const QByteArray bytes = kHeader + "\n" + order("1.23E+18", "小王", "10.00") + "\n"
            + order("1.23E+18", "小李", "12.00") + "\n" + order("2089123456789.0", "小张", "5.00") + "\n"
            + order("2089123456790", "小赵", "6.00") + "\n";
        const ImportResult r = importBytes(store, QStringLiteral("excel.csv"), bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.rejected, 3);
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.rejects[0].line, 2);
        QVERIFY2(r.rejects[0].reason.contains(QStringLiteral("Excel")), qPrintable(reasons(r)));
        QVERIFY(r.rejects[0].reason.contains(QStringLiteral("export the file again")));
        QCOMPARE(r.rejects[2].line, 4);
        // Only the buyer of the good row exists.
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM customers")), 1);
    }

    // Item 2. An order id already stored for 小王 arrives naming 小李: the
    // row is refused and both buyers are named; the order stays 小王's and
    // no customer 小李 appears from it. The same holds inside one file.
    void anOrderNeverMovesToAnotherBuyer_data() { test::addBackendRows(); }
    void anOrderNeverMovesToAnotherBuyer()
    {
        OPEN_BACKEND_STORE(store);
        QVERIFY(
            importBytes(store, QStringLiteral("a.csv"), kHeader + "\n" + order("1001", "小王", "10.00") + "\n").ok());
        const ImportResult r = importBytes(store, QStringLiteral("b.csv"),
                                           kHeader + "\n" + order("1001", "小李", "10.00") + "\n"
                                               + order("1002", "小周", "8.00") + "\n" + order("1002", "小吴", "8.00")
                                               + "\n");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.rejected, 2);
        QCOMPARE(r.counts.inserted, 1);
        QVERIFY2(r.rejects[0].reason.contains(QStringLiteral("小王"))
                     && r.rejects[0].reason.contains(QStringLiteral("小李")),
                 qPrintable(reasons(r)));
        QVERIFY2(r.rejects[1].reason.contains(QStringLiteral("小周"))
                     && r.rejects[1].reason.contains(QStringLiteral("小吴")),
                 qPrintable(reasons(r)));
        QCOMPARE(store
                     .scalar(QStringLiteral("SELECT c.customer_key FROM orders o JOIN customers c ON c.id = "
                                            "o.customer_id WHERE o.order_no = '1001'"))
                     .toString(),
                 QStringLiteral("小王"));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM customers WHERE customer_key IN ('小李', '小吴')")),
                 0);
    }

    // Item 3. A UTF-8 file with one stray byte in line 3. Before: the whole
    // file was read as GB18030 (张三 -> 寮犱笁). Now: UTF-8, line 3 rejected
    // with the bad byte shown as U+FFFD, the others land with their names.
    void utf8WithAStrayByteStaysUtf8()
    {
        test::TestStore store;
        QByteArray bytes = kHeader + "\n" + order("1", "张三", "10.00") + "\n" + order("2", "李四", "10.00") + "\n"
            + order("3", "王五", "10.00") + "\n";
        bytes.insert(bytes.indexOf("李四") + 3, '\xFF');
        const ImportResult r = importBytes(store, QStringLiteral("stray.csv"), bytes);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.encoding, QStringLiteral("UTF-8"));
        QCOMPARE(r.counts.inserted, 2);
        QCOMPARE(r.counts.rejected, 1);
        QCOMPARE(r.badEncodingRows, 1);
        QCOMPARE(r.rejects[0].line, 3);
        QVERIFY2(r.rejects[0].reason.contains(QChar(QChar::ReplacementCharacter)), qPrintable(reasons(r)));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM customers WHERE customer_key = '张三'")), 1);
    }

    // Item 3. Invalid GB18030 bytes are reported by line, not replaced.
    void invalidGb18030IsReportedByLine()
    {
        test::TestStore store;
        QByteArray bytes = test::encode(QString::fromUtf8(kHeader + "\n" + order("1", "张三", "10.00") + "\n"
                                                          + order("2", "李四", "10.00") + "\n"),
                                        "GB18030");
        bytes.insert(bytes.lastIndexOf(",10.00"), "\x81\x20");
        const ImportResult r = importBytes(store, QStringLiteral("gb.csv"), bytes);
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.counts.rejected, 1);
        QCOMPARE(r.rejects[0].line, 3);
        QVERIFY(r.rejects[0].reason.contains(QStringLiteral("GB18030")));
    }

    // Item 4. 999,999,999,999,999.99 yuan made revenue negative. An amount
    // above the bound (default ¥100,000,000, a store setting) is rejected.
    void amountsAboveTheBoundAreRejected()
    {
        test::TestStore store;
        const QByteArray bytes = kHeader + "\n" + order("1", "a", "999999999999999.99") + "\n"
            + order("2", "b", "100000000.00") + "\n" + order("3", "c", "100000000.01") + "\n";
        ImportResult r = importBytes(store, QStringLiteral("big.csv"), bytes);
        QCOMPARE(r.counts.inserted, 1); // exactly the bound is allowed
        QCOMPARE(r.counts.rejected, 2);
        QVERIFY2(r.rejects[0].reason.contains(QStringLiteral("100,000,000.00")), qPrintable(reasons(r)));
        QString error;
        QVERIFY(SettingsStore(store.db())
                    .setValue(QStringLiteral("max_order_amount_fen"), QStringLiteral("100000"), &error));
        r = importBytes(store, QStringLiteral("small.csv"),
                        kHeader + "\n" + order("4", "d", "1000.00") + "\n" + order("5", "e", "1000.01") + "\n");
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.counts.rejected, 1);
    }

    // Item 4. Sums stay exact far past the bound: 120 orders of ¥100,000,000
    // are 1.2e12 fen; rounding a quotient near the 64-bit limit must not wrap.
    void moneySumsDoNotOverflow_data() { test::addBackendRows(); }
    void moneySumsDoNotOverflow()
    {
        OPEN_BACKEND_STORE(store);
        QByteArray bytes = kHeader + "\n";
        for (int i = 1; i <= 120; ++i)
            bytes += order(QByteArray::number(100 + i), "big" + QByteArray::number(i % 3), "100000000.00", 1 + i % 28)
                + "\n";
        QCOMPARE(importBytes(store, QStringLiteral("a.csv"), bytes).counts.inserted, 120);
        QString error;
        const auto report = AnalyticsService(store.db()).report(QDate(2024, 6, 30), &error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->revenueFen, qint64(120) * 10000000000LL);
        QCOMPARE(money::divideRounded(std::numeric_limits<qint64>::max() - 1, 2), qint64(4611686018427387903LL));
        QCOMPARE(money::divideRounded(std::numeric_limits<qint64>::min() + 1, 3), qint64(-3074457345618258602LL));
    }

    // Item 5. The import's own transaction marks the stored figures stale, so
    // a crash between the commit and the recompute can never serve the old
    // ones (readers see "not current" and compute afresh). So does a revert.
    void importAndRevertMarkFiguresStale_data() { test::addBackendRows(); }
    void importAndRevertMarkFiguresStale()
    {
        OPEN_BACKEND_STORE(store);
        ImportResult r = importBytes(store, QStringLiteral("a.csv"), kHeader + "\n" + order("1", "a", "1.00") + "\n");
        QString error;
        const QDate today(2024, 6, 30);
        QVERIFY(AnalyticsService(store.db()).recompute(today, &error));
        QCOMPARE(AnalyticsStore(store.db()).metricsAsOf(), today);
        r = importBytes(store, QStringLiteral("b.csv"), kHeader + "\n" + order("2", "b", "1.00") + "\n");
        QVERIFY(r.ok());
        QVERIFY(!AnalyticsStore(store.db()).metricsAsOf().isValid()); // the "crash" is here: no recompute
        QVERIFY(AnalyticsService(store.db()).ensureCurrent(today, &error));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM customer_metrics")), 2);
        QVERIFY(ImportHistory(store.db()).revert(r.importId, &error));
        QVERIFY(!AnalyticsStore(store.db()).metricsAsOf().isValid());
    }

    // Item 6 and issue 9 item 3. Rows: 1001, 1002, 1001 again identical.
    // Before: 3 inserted. Now 2 inserted, 1 duplicate naming lines 4 and 2,
    // and the history agrees.
    void identicalDuplicateRowIsADuplicate_data() { test::addBackendRows(); }
    void identicalDuplicateRowIsADuplicate()
    {
        OPEN_BACKEND_STORE(store);
        const ImportResult r = importBytes(store, QStringLiteral("dup.csv"),
                                           kHeader + "\n" + order("1001", "a", "1.00") + "\n"
                                               + order("1002", "b", "2.00") + "\n" + order("1001", "a", "1.00") + "\n");
        QCOMPARE(r.counts.rowsRead, 3);
        QCOMPARE(r.counts.inserted, 2);
        QCOMPARE(r.counts.duplicates, 1);
        QCOMPARE(r.duplicates.size(), 1);
        QCOMPARE(r.duplicates[0].line, 4);
        QCOMPARE(r.duplicates[0].firstLine, 2);
        QVERIFY(r.duplicates[0].identical);
        const ImportRecord h = ImportHistory(store.db()).list().first();
        QCOMPARE(h.counts.inserted, 2);
        QCOMPARE(h.counts.duplicates, 1);
    }

    // Item 6. An order already in the store changes twice in one file.
    // Before: "1 inserted, 2 updated". Now: 0 inserted, 1 updated, 1
    // duplicate with different values (the later row wins, revert restores
    // the original).
    void orderUpdatedTwiceInOneImportCountsOnce_data() { test::addBackendRows(); }
    void orderUpdatedTwiceInOneImportCountsOnce()
    {
        OPEN_BACKEND_STORE(store);
        QVERIFY(importBytes(store, QStringLiteral("a.csv"), kHeader + "\n" + order("1001", "a", "1.00") + "\n").ok());
        const ImportResult r = importBytes(store, QStringLiteral("b.csv"),
                                           kHeader + "\n" + order("1001", "a", "2.00") + "\n"
                                               + order("1001", "a", "3.00") + "\n");
        QCOMPARE(r.counts.inserted, 0);
        QCOMPARE(r.counts.updated, 1);
        QCOMPARE(r.counts.duplicates, 1);
        QVERIFY(!r.duplicates[0].identical);
        QCOMPARE(count(store, QStringLiteral("SELECT paid_fen FROM orders WHERE order_no = '1001'")), 300);
        QString error;
        QVERIFY(ImportHistory(store.db()).revert(r.importId, &error));
        QCOMPARE(count(store, QStringLiteral("SELECT paid_fen FROM orders WHERE order_no = '1001'")), 100);
    }

    // Item 7. A NUL byte was stored raw; the row is now rejected by line.
    void nulByteRowIsRejected_data() { test::addBackendRows(); }
    void nulByteRowIsRejected()
    {
        OPEN_BACKEND_STORE(store);
        QByteArray bytes = kHeader + "\n" + order("1", "a", "1.00") + "\n" + order("2", "b", "1.00") + "\n";
        bytes.insert(bytes.indexOf(",b,") + 2, '\0');
        const ImportResult r = importBytes(store, QStringLiteral("nul.csv"), bytes);
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.counts.rejected, 1);
        QCOMPARE(r.rejects[0].line, 3);
        QVERIFY(r.rejects[0].reason.contains(QStringLiteral("NUL")));
    }

    // Item 9. A 17 MB line of a,a,a… (35x its size in memory and quadratic
    // time before) is rejected by line for its fields, a 17 MB field for its
    // length; the next row still lands.
    void overlongRecordIsRejectedByLine()
    {
        test::TestStore store;
        QByteArray commas, text;
        commas.reserve(17 << 20);
        while (commas.size() < (17 << 20))
            commas += "a,a,a,a,a,a,a,a,";
        text = "\"" + QByteArray(17 << 20, 'x') + "\"";
        const ImportResult r = importBytes(store, QStringLiteral("big.csv"),
                                           kHeader + "\n" + commas + "\n" + text + "\n" + order("1", "a", "1.00")
                                               + "\n");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.counts.rejected, 2);
        QCOMPARE(r.counts.inserted, 1);
        QCOMPARE(r.rejects[0].line, 2);
        QVERIFY2(r.rejects[0].reason.contains(QStringLiteral("10000 fields")), qPrintable(reasons(r)));
        QCOMPARE(r.rejects[1].line, 3);
        QVERIFY2(r.rejects[1].reason.contains(QStringLiteral("16 MB")), qPrintable(reasons(r)));
    }

    // Item 9. `import /dev/zero` never returned; a folder is no file either.
    void nonRegularFilesAreRefused()
    {
        test::TestStore store;
        for (const QString &path : {QStringLiteral("/dev/zero"), store.dir()}) {
            const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), {}).importFile(path);
            QVERIFY(!r.ok());
            QVERIFY2(r.error.contains(QStringLiteral("not a regular file")), qPrintable(r.error));
        }
    }

    // Item 10. A Taobao order report missing 买家会员名 (or 订单编号) said "format
    // was not recognised"; it must name the column.
    void missingKeyColumnIsNamed_data()
    {
        QTest::addColumn<QString>("missing");
        QTest::newRow("buyer") << QStringLiteral("买家会员名");
        QTest::newRow("order id") << QStringLiteral("订单编号");
    }

    void missingKeyColumnIsNamed()
    {
        QFETCH(QString, missing);
        test::TestStore store;
        QString header = QString::fromUtf8(kHeader);
        header.replace(missing, QStringLiteral("备注"));
        const ImportResult r = importBytes(store, QStringLiteral("m.csv"),
                                           header.toUtf8() + "\n" + order("1", "a", "1.00") + "\n");
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(missing), qPrintable(r.error));
    }

    // Item 10. A full disk (simulated with max_page_count) says so, and the
    // store is as before.
    void fullDiskSaysSo()
    {
        test::TestStore store;
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 3)));
        q.finish();
        QByteArray bytes = kHeader + "\n";
        for (int i = 0; i < 3000; ++i)
            bytes += order(QByteArray::number(10000 + i), "buyer" + QByteArray::number(i), "1.00") + "\n";
        const ImportResult r = importBytes(store, QStringLiteral("a.csv"), bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("disk is full")), qPrintable(r.error));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    }

    // Item 10 and 11. A damaged page is found on open (quick_check) and
    // before an import, and the user is told to restore a backup; the backup
    // made before the damage restores the exact earlier content.
    void damagedStoreIsDetectedAndRestored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.db"));
        QString error;
        QVERIFY(Database::open(StoreLocation::file(path), QStringLiteral("dmg"), &error));
        {
            QSqlDatabase db = Database::connection(QStringLiteral("dmg"));
            QByteArray bytes = kHeader + "\n";
            for (int i = 0; i < 2000; ++i)
                bytes += order(QByteArray::number(10000 + i), "buyer" + QByteArray::number(i % 500), "1.00") + "\n";
            QFile f(dir.filePath(QStringLiteral("a.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            QVERIFY(OrderImporter(std::make_unique<ImportStore>(db), {}).importFile(f.fileName()).ok());
            BackupInfo b;
            QVERIFY(BackupStore(db).create(QStringLiteral("manual"), &b, &error));
            QCOMPARE(b.id, 2); // 1 was made before the import
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        Database::close(QStringLiteral("dmg"));
        // Overwrite the middle of the file (a page of the orders table).
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 40960);
            f.seek((size / 4096 / 2) * 4096 + 100);
            f.write(QByteArray(2000, '\x5A'));
        }
        QVERIFY(!Database::open(StoreLocation::file(path), QStringLiteral("dmg"), &error, Database::Check::QuickCheck));
        QVERIFY2(error.contains(QStringLiteral("Restore a backup")), qPrintable(error));
        QVERIFY(Database::open(StoreLocation::file(path), QStringLiteral("dmg"), &error, Database::Check::None));
        QSqlDatabase db = Database::connection(QStringLiteral("dmg"));
        const ImportResult refused =
            OrderImporter(std::make_unique<ImportStore>(db), {}).importFile(dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("Restore a backup")), qPrintable(refused.error));
        BackupInfo before;
        QVERIFY2(BackupStore(db).restore(2, &before, &error), qPrintable(error));
        QVERIFY(BackupStore::check(db).isEmpty());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(paid_fen) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2000);
        QCOMPARE(q.value(1).toLongLong(), 200000);
        q.finish();
        Database::close(QStringLiteral("dmg"));
    }

    // Issue 12: the quick check on open reads the whole store; a store
    // unchanged since its last clean check is not read again, but any write
    // to the file (here bytes overwritten by something other than SQLite)
    // brings the check back, on open and alongside a read-only command.
    void unchangedStoreIsCheckedOnceAndADamagedOneAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.db"));
        const QString stamp = path + QStringLiteral("-checked");
        QString error;
        QVERIFY(Database::open(StoreLocation::file(path), QStringLiteral("once"), &error));
        {
            QSqlDatabase db = Database::connection(QStringLiteral("once"));
            QByteArray bytes = kHeader + "\n";
            for (int i = 0; i < 2000; ++i)
                bytes += order(QByteArray::number(10000 + i), "buyer" + QByteArray::number(i % 500), "1.00") + "\n";
            QFile f(dir.filePath(QStringLiteral("a.csv")));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            QVERIFY(OrderImporter(std::make_unique<ImportStore>(db), {}).importFile(f.fileName()).ok());
        }
        Database::close(QStringLiteral("once")); // the last connection checkpoints the WAL into the file
        QVERIFY(!QFile::exists(stamp));
        // First checked open: sound, and the file's state is recorded.
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("once"), &error, Database::Check::QuickCheck),
                 qPrintable(error));
        Database::close(QStringLiteral("once"));
        QVERIFY(QFile::exists(stamp));
        QFile recorded(stamp);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QByteArray first = recorded.readAll();
        recorded.close();
        // Opened again unchanged: the same record (nothing was written).
        QVERIFY(Database::open(StoreLocation::file(path), QStringLiteral("once"), &error, Database::Check::QuickCheck));
        Database::close(QStringLiteral("once"));
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QCOMPARE(recorded.readAll(), first);
        recorded.close();
        QVERIFY(StoreCheck(path).result().isEmpty());
        // Damage a page: the file's times change, so both checks read it again.
        QTest::qWait(20); // past the file system's clock tick
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.seek((f.size() / 4096 / 2) * 4096 + 100);
            f.write(QByteArray(2000, '\x5A'));
        }
        QVERIFY2(StoreCheck(path).result().contains(QStringLiteral("Restore a backup")), "alongside check skipped");
        QVERIFY(
            !Database::open(StoreLocation::file(path), QStringLiteral("once"), &error, Database::Check::QuickCheck));
        QVERIFY2(error.contains(QStringLiteral("Restore a backup")), qPrintable(error));
        // A damaged store is never recorded as sound.
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        QCOMPARE(recorded.readAll(), first);
    }

    // Item 11. Backups before import and revert, the newest N kept, restore
    // undoable (restoring the backup it made brings the later state back).
    void backupsAreKeptAndRestoreIsUndoable()
    {
        test::TestStore store;
        QString error;
        QVERIFY(SettingsStore(store.db()).setValue(QStringLiteral("backup_keep"), QStringLiteral("3"), &error));
        for (int i = 1; i <= 4; ++i)
            QVERIFY(importBytes(store, QStringLiteral("f%1.csv").arg(i),
                                kHeader + "\n" + order(QByteArray::number(i), "a", "1.00") + "\n")
                        .ok());
        BackupStore backups(store.db());
        QList<BackupInfo> list = backups.list();
        QCOMPARE(list.size(), 3); // of four, the newest three
        QCOMPARE(list.first().id, 4);
        QCOMPARE(list.first().reason, QStringLiteral("import"));
        // Backup 4 was made before the 4th import: three orders.
        BackupInfo undo;
        QVERIFY2(backups.restore(4, &undo, &error), qPrintable(error));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM orders")), 3);
        QCOMPARE(undo.reason, QStringLiteral("restore"));
        QVERIFY2(backups.restore(undo.id, nullptr, &error), qPrintable(error));
        QCOMPARE(count(store, QStringLiteral("SELECT COUNT(*) FROM orders")), 4);
        const qint64 newest = backups.list().first().id;
        QVERIFY(ImportHistory(store.db()).revert(4, &error));
        QCOMPARE(backups.list().first().reason, QStringLiteral("revert"));
        QVERIFY(backups.list().first().id > newest);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (test::serverUrl().isEmpty())
        std::printf("SKIPPED: the PostgreSQL half of test_data_safety (HUITOU_TEST_PG is not set; "
                    "installer/test.sh starts a throwaway cluster)\n");
    TestDataSafety test;
    return QTest::qExec(&test, argc, argv);
}
#include "test_data_safety.moc"
