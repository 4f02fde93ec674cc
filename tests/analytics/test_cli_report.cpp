// huitou-cli report and customers on the hand-worked shop: the JSON is the
// report object, and customer lists filter to the grid's counts.
#include "TestFiles.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray cli(const QStringList &args, int *exitCode = nullptr)
{
    QProcess p;
    p.start(qEnvironmentVariable("HUITOU_CLI"), args);
    p.waitForFinished(60000);
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

} // namespace

class TestCliReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase()
    {
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        int code = -1;
        cli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("--map"),
             QStringLiteral("customer=customer,order=order,time=paid_at,amount=amount,refund=refund,status=status,"
                            "quantity=quantity,address=address"),
             huitou::test::testDataPath(QStringLiteral("report/small_shop/orders.csv"))},
            &code);
        QCOMPARE(code, 0);
    }

    void reportJsonIsTheReportObject()
    {
        int code = -1;
        const QByteArray out = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--as-of"),
                                    QStringLiteral("2024-06-30"), QStringLiteral("--json")},
                                   &code);
        QCOMPARE(code, 0);
        const QJsonObject j = QJsonDocument::fromJson(out).object();
        QCOMPARE(j.value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-06-30"));
        QCOMPARE(j.value(QStringLiteral("customers")).toInt(), 6);
        QVERIFY(out.contains("\"revenue\": 2000.00"));
        QCOMPARE(j.value(QStringLiteral("repeat_purchase_rate")).toDouble(), 0.2);
    }

    void textSummaryIsReadable()
    {
        const QByteArray out = cli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--as-of"),
                                    QStringLiteral("2024-06-30")});
        QVERIFY(out.contains("2024-06-30"));
        QVERIFY(out.contains("20.0%")); // repeat purchase rate
    }

    void customerFiltersMatchTheGrid_data()
    {
        QTest::addColumn<QStringList>("filter");
        QTest::addColumn<int>("count");
        QTest::newRow("active") << QStringList{QStringLiteral("--stage"), QStringLiteral("active")} << 3;
        QTest::newRow("active new") << QStringList{QStringLiteral("--stage"), QStringLiteral("active"),
                                                   QStringLiteral("--type"), QStringLiteral("new")}
                                    << 2;
        QTest::newRow("silent") << QStringList{QStringLiteral("--stage"), QStringLiteral("silent")} << 2;
        QTest::newRow("lost") << QStringList{QStringLiteral("--stage"), QStringLiteral("lost")} << 1;
        QTest::newRow("returning") << QStringList{QStringLiteral("--type"), QStringLiteral("returning")} << 2;
        QTest::newRow("supreme") << QStringList{QStringLiteral("--tier"), QStringLiteral("supreme_vip")} << 2;
        QTest::newRow("segment") << QStringList{QStringLiteral("--segment"), QStringLiteral("important_value")} << 1;
        QTest::newRow("all") << QStringList{} << 6;
    }
    void customerFiltersMatchTheGrid()
    {
        QFETCH(QStringList, filter);
        QFETCH(int, count);
        const QStringList base{QStringLiteral("--db"),       m_db,
                               QStringLiteral("customers"),  QStringLiteral("--as-of"),
                               QStringLiteral("2024-06-30"), QStringLiteral("--csv")};
        const QByteArray csv = cli(base + filter);
        QCOMPARE(int(csv.count('\n')) - 1, count); // minus the header
        const QByteArray n = cli(base + filter + QStringList{QStringLiteral("--count")});
        QCOMPARE(n.trimmed().toInt(), count);
    }

    void customerCsvColumns()
    {
        const QByteArray csv = cli({QStringLiteral("--db"), m_db, QStringLiteral("customers"),
                                    QStringLiteral("--as-of"), QStringLiteral("2024-06-30"),
                                    QStringLiteral("--segment"), QStringLiteral("important_value")});
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith("customer_key,receiver_name,phone,province,frequency,monetary"));
        // A: F 3, M 350.00, 4 valid orders, R 10, active returning, regular, scores 5/3/4.
        QVERIFY2(lines[1].startsWith("A,,,上海,3,350.00,4,2023-01-10,2024-06-20,10,active,returning,regular,"
                                     "important_value,5,3,4,"),
                 lines[1].constData());
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
