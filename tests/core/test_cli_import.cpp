// Drives the real huitou-cli: a generated GB18030 export pair, re-import,
// and a crash in the middle of an import.
#include "TestStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::NormalExit;
    QByteArray out, err;
};

Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("HUITOU_CLI"), args);
    p.waitForFinished(120000);
    return {p.exitCode(), p.exitStatus(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QJsonObject generate(const QString &dir, int customers, int seed, const QString &end, int badRows)
{
    const Run r = cli({QStringLiteral("generate"), QStringLiteral("--customers"), QString::number(customers),
                       QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--end"), end,
                       QStringLiteral("--bad-rows"), QString::number(badRows), QStringLiteral("--out"), dir,
                       QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out).object();
}

QJsonArray importJson(const QString &db, const QStringList &files, Run *run = nullptr)
{
    Run r = cli(QStringList{QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--json")} + files);
    if (run)
        *run = r;
    return QJsonDocument::fromJson(r.out).object().value(QStringLiteral("imports")).toArray();
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT
private slots:
    void generatedExportPairImportsAndReimportsAsNoop()
    {
        QTemporaryDir dir;
        const QJsonObject shop = generate(dir.path(), 300, 11, QStringLiteral("2024-06-30"), 3);
        QVERIFY(shop.value(QStringLiteral("orders")).toInt() > 300);
        const QStringList files{shop.value(QStringLiteral("order_file")).toString(),
                                shop.value(QStringLiteral("item_file")).toString()};
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        Run run;
        const QJsonArray first = importJson(db, files, &run);
        QCOMPARE(first.size(), 2);
        const QJsonObject orders = first[0].toObject();
        QCOMPARE(orders.value(QStringLiteral("encoding")).toString(), QStringLiteral("GB18030"));
        QCOMPARE(orders.value(QStringLiteral("format")).toString(), QStringLiteral("taobao-orders"));
        QCOMPARE(orders.value(QStringLiteral("rejected")).toInt(), 3);
        QCOMPARE(orders.value(QStringLiteral("inserted")).toInt() + 3, shop.value(QStringLiteral("orders")).toInt());
        for (const QJsonValue &reject : orders.value(QStringLiteral("rejects")).toArray()) {
            QVERIFY(reject.toObject().value(QStringLiteral("line")).toInt() > 1);
            QVERIFY(!reject.toObject().value(QStringLiteral("reason")).toString().isEmpty());
        }
        const QJsonObject items = first[1].toObject();
        QCOMPARE(items.value(QStringLiteral("format")).toString(), QStringLiteral("taobao-items"));
        QCOMPARE(items.value(QStringLiteral("inserted")).toInt(), shop.value(QStringLiteral("items")).toInt());
        QCOMPARE(run.exitCode, 0);

        const QJsonArray second = importJson(db, files);
        for (const QJsonValue &v : second) {
            QCOMPARE(v.toObject().value(QStringLiteral("inserted")).toInt(), 0);
            QCOMPARE(v.toObject().value(QStringLiteral("updated")).toInt(), 0);
        }
        QCOMPARE(second[0].toObject().value(QStringLiteral("rejected")).toInt(), 3);

        // The text summary names the bad lines.
        const Run text = cli({QStringLiteral("--db"), db, QStringLiteral("import"), files[0]});
        QVERIFY(text.out.contains("0 inserted, 0 updated"));
        QVERIFY(text.out.contains("  line "));
    }

    void crashMidImportLeavesStoreAsItWas()
    {
        QTemporaryDir dir;
        const QJsonObject before = generate(dir.filePath(QStringLiteral("a")), 200, 5, QStringLiteral("2024-03-31"), 0);
        const QJsonObject later = generate(dir.filePath(QStringLiteral("b")), 400, 5, QStringLiteral("2024-06-30"), 0);
        const QString db = dir.filePath(QStringLiteral("shop.db"));
        importJson(db, {before.value(QStringLiteral("order_file")).toString()});

        auto counts = [&db]() {
            const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--csv")});
            return r.out.count('\n');
        };
        const auto customersBefore = counts();
        QVERIFY(customersBefore > 100);

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HUITOU_TEST_CRASH_AT_RECORD"), QStringLiteral("250"));
        {
            QProcess p;
            p.setProcessEnvironment(env);
            p.start(qEnvironmentVariable("HUITOU_CLI"),
                    {QStringLiteral("--db"), db, QStringLiteral("import"),
                     later.value(QStringLiteral("order_file")).toString()});
            p.waitForFinished(60000);
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }
        QCOMPARE(counts(), customersBefore);
        const Run history = cli({QStringLiteral("--db"), db, QStringLiteral("imports")});
        QCOMPARE(history.out.count('\n'), 1); // only the first import is recorded

        // The same import without the crash then works.
        const QJsonArray ok = importJson(db, {later.value(QStringLiteral("order_file")).toString()});
        QVERIFY(ok[0].toObject().value(QStringLiteral("inserted")).toInt() > 0);
        QVERIFY(counts() > customersBefore);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
