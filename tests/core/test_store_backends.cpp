// The same store on both backends (issue 15): every test runs once on a fresh
// SQLite file and once on a fresh database of the PostgreSQL server named by
// HUITOU_TEST_PG (installer/test.sh starts a throwaway cluster). Without
// HUITOU_TEST_PG the PostgreSQL rows are left out and the test says SKIPPED
// for them on its first line. Fixtures and the hand-worked figures:
// tests/data/backends/README.md.
#include "CsvBuilder.h"
#include "TestFiles.h"
#include "analytics/AnalyticsService.h"
#include "analytics/ReportJson.h"
#include "importing/OrderImporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/Migrations.h"
#include "storage/StoreCopy.h"
#include "storage/StoreLocation.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdio>

using namespace huitou;

namespace {

QString serverUrl()
{
    return qEnvironmentVariable("HUITOU_TEST_PG");
}

// A fresh, empty store on BACKEND ("sqlite" or "postgresql"), opened under
// its own connection name; the server database is dropped at the end.
class BackendStore
{
public:
    explicit BackendStore(const QString &backend)
    {
        static int counter = 0;
        m_connection = QStringLiteral("backend-%1").arg(++counter);
        if (backend == QLatin1String("sqlite")) {
            m_location = StoreLocation::file(m_dir.filePath(QStringLiteral("store.db")));
        } else {
            const StoreLocation admin = StoreLocation::fromString(serverUrl());
            m_database = QStringLiteral("huitou_backends_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter);
            adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(m_database));
            m_admin = admin;
            m_location = StoreLocation::server(admin.host(), admin.port(), m_database, admin.user());
        }
    }
    ~BackendStore()
    {
        Database::close(m_connection);
        if (!m_database.isEmpty())
            adminExec(m_admin, QStringLiteral("DROP DATABASE IF EXISTS %1").arg(m_database));
    }
    bool open(QString *error) { return Database::open(m_location, m_connection, error); }
    QSqlDatabase db() const { return Database::connection(m_connection); }
    StoreLocation location() const { return m_location; }
    QString dir() const { return m_dir.path(); }
    QVariant scalar(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("error: %1").arg(q.lastError().text());
        return q.value(0);
    }

private:
    static void adminExec(const StoreLocation &admin, const QString &statement)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("backend-admin"));
            db.setHostName(admin.host());
            if (admin.port() > 0)
                db.setPort(admin.port());
            db.setDatabaseName(admin.database());
            db.setUserName(admin.user());
            if (!db.open())
                qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            if (!q.exec(statement))
                qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("backend-admin"));
    }

    QTemporaryDir m_dir;
    QString m_connection;
    QString m_database;
    StoreLocation m_admin;
    StoreLocation m_location;
};

ImportResult importSmallShop(const QSqlDatabase &db)
{
    QString error;
    ImportOptions options;
    options.mapping = ColumnMapping::fromSpec(QStringLiteral("customer=customer,order=order,time=paid_at,"
                                                             "amount=amount,refund=refund,status=status,"
                                                             "quantity=quantity,address=address"),
                                              &error);
    return OrderImporter(std::make_unique<ImportStore>(db), options)
        .importFile(test::testDataPath(QStringLiteral("report/small_shop/orders.csv")));
}

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
