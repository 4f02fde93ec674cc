// The command line's contract with scripts, one test per rule (issue 14):
// --version, per-command --help, exit statuses 0/1/2/3, invalid values as
// usage errors, --db in a missing folder, read-only commands never creating a
// store, --json with stable codes in any language, one JSON style, `-` for
// standard input. Drives the real huitou-cli (and huitou for --version/--help
// without a display).
#include "Version.h"

#include <QDir>
#include <QFile>
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
    QByteArray out, err;
    QString outText() const { return QString::fromUtf8(out); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env,
        const QByteArray &input = QByteArray())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

Run cli(const QStringList &args, const QByteArray &input = QByteArray())
{
    return run(qEnvironmentVariable("HUITOU_CLI"), args, QProcessEnvironment::systemEnvironment(), input);
}

// Chinese messages, as on a shop assistant's computer.
Run cliInChinese(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
    return run(qEnvironmentVariable("HUITOU_CLI"), args, env);
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

const QString kMap = QStringLiteral("customer=customer,order=order,time=paid_at,amount=amount");

// Five data rows (lines 2-6), worked out by hand:
//   line 2: good                              -> inserted
//   line 3: paid_at "yesterday"               -> rejected, bad_time
//   line 4: customer empty                    -> rejected, empty_field
//   line 5: amount "12,5x"                    -> rejected, bad_amount
//   line 6: good (same customer as line 2)    -> inserted
const QByteArray kMixedCsv = "customer,order,paid_at,amount\n"
                             "ann,O1,2024-05-01 10:00:00,100.00\n"
                             "bob,O2,yesterday,20.00\n"
                             ",O3,2024-05-02 10:00:00,30.00\n"
                             "cat,O4,2024-05-03 10:00:00,12.5x\n"
                             "ann,O5,2024-06-01 10:00:00,80.00\n";
const QByteArray kGoodCsv = "customer,order,paid_at,amount\n"
                            "ann,O1,2024-05-01 10:00:00,100.00\n"
                            "bob,O2,2024-05-02 11:00:00,20.00\n";

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A store with the good CSV imported.
    QString filledStore(const QString &name)
    {
        const QString db = path(name);
        const QString csv = path(name + QStringLiteral(".csv"));
        writeFile(csv, kGoodCsv);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--map"), kMap, csv});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return db;
    }

private slots:
    void versionIsTheProjectVersion()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.outText().trimmed(), QStringLiteral("huitou-cli %1").arg(QLatin1String(huitou::kVersion)));
    }

    // `huitou --version` and `--help` are answered before a GUI application
    // exists: with no display and the xcb platform forced, they still work.
    void guiVersionAndHelpNeedNoDisplay()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        const QString gui = qEnvironmentVariable("HUITOU_GUI");
        const Run version = run(gui, {QStringLiteral("--version")}, env);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.outText().trimmed(), QStringLiteral("huitou %1").arg(QLatin1String(huitou::kVersion)));
        const Run help = run(gui, {QStringLiteral("--help")}, env);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.outText().startsWith(QStringLiteral("Usage: huitou [options]")));
        QVERIFY(help.outText().contains(QStringLiteral("--db")));
        QVERIFY(!help.outText().contains(QStringLiteral("--help-all")));
        const Run bad = run(gui, {QStringLiteral("--no-such-option")}, env);
        QCOMPARE(bad.exitCode, 2);
    }

    // Every command huitou-cli --help lists (so new commands are covered too).
    void commandHelpIsHeadedByTheCommand_data()
    {
        QTest::addColumn<QStringList>("command");
        const QStringList lines = cli({QStringLiteral("--help")}).outText().split(QLatin1Char('\n'));
        const qsizetype first = lines.indexOf(QStringLiteral("Commands:")) + 1;
        QVERIFY(first > 0);
        for (qsizetype i = first; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i) {
            const QString name = lines.at(i).trimmed().section(QLatin1Char(' '), 0, 0);
            QTest::newRow(qPrintable(name)) << QStringList{name};
        }
        for (const char *action : {"create", "backup", "backups", "restore", "check"})
            QTest::newRow(qPrintable(QStringLiteral("store %1").arg(QLatin1String(action))))
                << QStringList{QStringLiteral("store"), QString::fromLatin1(action)};
    }

    void commandHelpIsHeadedByTheCommand()
    {
        QFETCH(QStringList, command);
        const Run r = cli(command + QStringList{QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString text = r.outText();
        QVERIFY2(text.startsWith(QStringLiteral("Usage: huitou-cli %1 ").arg(command.join(QLatin1Char(' ')))),
                 qPrintable(text.left(80)));
        QVERIFY(text.contains(QStringLiteral("--db <PATH>")));
        QVERIFY(!text.contains(QStringLiteral("--help-all")));
        QVERIFY(!text.contains(qEnvironmentVariable("HUITOU_CLI")));
        QVERIFY(text.contains(QStringLiteral("Exit status:")));
        QVERIFY(text.contains(QStringLiteral("2  usage error")));
    }

    void topLevelHelpDocumentsCommandsAndExitStatus()
    {
        const Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *word : {"import", "imports", "generate", "report", "customers", "store", "--db", "--version",
                                 "0  success", "1  the work failed", "2  usage error", "3  with --strict"})
            QVERIFY2(r.outText().contains(QLatin1String(word)), word);
        QCOMPARE(cli({}).exitCode, 2); // no command
    }

    void unknownCommandOrOptionIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown global option") << QStringList{QStringLiteral("--frob"), QStringLiteral("report")};
        for (const char *c : {"import", "imports", "generate", "report", "customers"})
            QTest::newRow(c) << QStringList{QString::fromLatin1(c), QStringLiteral("--frob")};
        QTest::newRow("store action") << QStringList{QStringLiteral("store"), QStringLiteral("frob")};
        QTest::newRow("missing value") << QStringList{QStringLiteral("customers"), QStringLiteral("--stage")};
        QTest::newRow("import without file") << QStringList{QStringLiteral("import")};
        QTest::newRow("generate without --out") << QStringList{QStringLiteral("generate")};
        QTest::newRow("empty --staff") << QStringList{QStringLiteral("--staff"), QString(), QStringLiteral("report")};
    }

    void unknownCommandOrOptionIsAUsageError()
    {
        QFETCH(QStringList, args);
        const QString db = path(QStringLiteral("usage.db"));
        const Run r = cli(QStringList{QStringLiteral("--db"), db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFile::exists(db));
    }

    // Values a script could mistype: each is refused with status 2 before
    // anything is touched (before: accepted silently, or read as 0).
    void invalidValuesAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString csv = path(QStringLiteral("good.csv"));
        QTest::newRow("--stage bogus") << QStringList{QStringLiteral("customers"), QStringLiteral("--stage"),
                                                      QStringLiteral("bogus")};
        QTest::newRow("--type") << QStringList{QStringLiteral("customers"), QStringLiteral("--type=old")};
        QTest::newRow("--tier") << QStringList{QStringLiteral("customers"), QStringLiteral("--tier=gold")};
        QTest::newRow("--segment") << QStringList{QStringLiteral("customers"), QStringLiteral("--segment=vip")};
        QTest::newRow("customers --as-of")
            << QStringList{QStringLiteral("customers"), QStringLiteral("--as-of"), QStringLiteral("2024-02-30")};
        QTest::newRow("--customers abc") << QStringList{QStringLiteral("generate"), QStringLiteral("--customers"),
                                                        QStringLiteral("abc"), QStringLiteral("--out"),
                                                        path(QStringLiteral("gen-abc"))};
        QTest::newRow("--customers 0") << QStringList{QStringLiteral("generate"), QStringLiteral("--customers=0"),
                                                      QStringLiteral("--out"), path(QStringLiteral("gen-0"))};
        QTest::newRow("--seed x") << QStringList{QStringLiteral("generate"), QStringLiteral("--seed=x"),
                                                 QStringLiteral("--out"), path(QStringLiteral("gen-x"))};
        QTest::newRow("--revert abc") << QStringList{QStringLiteral("imports"), QStringLiteral("--revert"),
                                                     QStringLiteral("abc")};
        QTest::newRow("--revert 0") << QStringList{QStringLiteral("imports"), QStringLiteral("--revert=0")};
        QTest::newRow("report --as-of") << QStringList{QStringLiteral("report"), QStringLiteral("--as-of=2024-13-01")};
        QTest::newRow("report --month") << QStringList{QStringLiteral("report"), QStringLiteral("--month=2024-1x")};
        QTest::newRow("--pdf without --month")
            << QStringList{QStringLiteral("report"), QStringLiteral("--pdf"), path(QStringLiteral("r.pdf"))};
        QTest::newRow("--format bogus") << QStringList{QStringLiteral("import"), QStringLiteral("--format=bogus"), csv};
        QTest::newRow("--map broken") << QStringList{QStringLiteral("import"), QStringLiteral("--map=customer"), csv};
    }

    void invalidValuesAreUsageErrors()
    {
        QFETCH(QStringList, args);
        writeFile(path(QStringLiteral("good.csv")), kGoodCsv);
        const QString db = path(QStringLiteral("invalid.db"));
        const Run r = cli(QStringList{QStringLiteral("--db"), db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("Try 'huitou-cli"), r.err.constData());
        QVERIFY(!QFile::exists(db));
        QVERIFY(!QDir(path(QStringLiteral("gen-abc"))).exists());
    }

    void dbInAMissingFolderIsAnError_data()
    {
        QTest::addColumn<QStringList>("command");
        writeFile(path(QStringLiteral("good.csv")), kGoodCsv);
        QTest::newRow("import") << QStringList{QStringLiteral("import"), QStringLiteral("--map"), kMap,
                                               path(QStringLiteral("good.csv"))};
        QTest::newRow("store create") << QStringList{QStringLiteral("store"), QStringLiteral("create")};
        QTest::newRow("report") << QStringList{QStringLiteral("report")};
    }

    void dbInAMissingFolderIsAnError()
    {
        QFETCH(QStringList, command);
        const QString folder = path(QStringLiteral("no/such/folder"));
        const Run r = cli(QStringList{QStringLiteral("--db"), folder + QStringLiteral("/shop.db")} + command);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("does not exist"));
        QVERIFY(!QDir(path(QStringLiteral("no"))).exists());
    }

    // report, customers and imports only read: on a missing store they fail
    // (status 1) and leave no file behind; store create, import make one.
    void readOnlyCommandsNeverCreateAStore_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("report") << QStringList{QStringLiteral("report")};
        QTest::newRow("report --json") << QStringList{QStringLiteral("report"), QStringLiteral("--json")};
        QTest::newRow("customers") << QStringList{QStringLiteral("customers")};
        QTest::newRow("customers --count") << QStringList{QStringLiteral("customers"), QStringLiteral("--count")};
        QTest::newRow("imports") << QStringList{QStringLiteral("imports")};
        QTest::newRow("imports --revert") << QStringList{QStringLiteral("imports"), QStringLiteral("--revert=1")};
    }

    void readOnlyCommandsNeverCreateAStore()
    {
        QFETCH(QStringList, command);
        const QString db = path(QStringLiteral("never.db"));
        // --db after the command works as well as before it.
        const Run r = cli(command + QStringList{QStringLiteral("--db"), db});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("store create"));
        QVERIFY(!QFile::exists(db));
    }

    void storeCreateMakesTheStore()
    {
        const QString db = path(QStringLiteral("created.db"));
        Run r = cli(
            {QStringLiteral("--db"), db, QStringLiteral("store"), QStringLiteral("create"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(db));
        QCOMPARE(r.json().value(QStringLiteral("created")).toBool(), true);
        r = cli(
            {QStringLiteral("--db"), db, QStringLiteral("store"), QStringLiteral("create"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("created")).toBool(), false);
        // Now the read-only commands work on it.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--count")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("imports")}).exitCode, 0);
        // The global --staff is accepted by every command.
        QCOMPARE(cli({QStringLiteral("--staff"), QStringLiteral("小王"), QStringLiteral("--db"), db,
                      QStringLiteral("imports")})
                     .exitCode,
                 0);
    }

    // import --strict: 3 when a row was rejected (the good rows landed); 0
    // without --strict; 1 when a file is refused, whatever --strict says.
    void strictImportExitsThreeOnRejectedRows()
    {
        const QString csv = path(QStringLiteral("mixed.csv"));
        QVERIFY(writeFile(csv, kMixedCsv));
        const QString db = path(QStringLiteral("strict.db"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--strict"),
                     QStringLiteral("--map"), kMap, QStringLiteral("--json"), csv});
        QCOMPARE(r.exitCode, 3);
        const QJsonObject result = r.json().value(QStringLiteral("imports")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(result.value(QStringLiteral("rejected")).toInt(), 3);

        const QString db2 = path(QStringLiteral("lenient.db"));
        r = cli({QStringLiteral("--db"), db2, QStringLiteral("import"), QStringLiteral("--map"), kMap, csv});
        QCOMPARE(r.exitCode, 0);

        const QString good = path(QStringLiteral("strict-good.csv"));
        QVERIFY(writeFile(good, kGoodCsv));
        r = cli({QStringLiteral("--db"), path(QStringLiteral("strict-good.db")), QStringLiteral("import"),
                 QStringLiteral("--strict"), QStringLiteral("--map"), kMap, good});
        QCOMPARE(r.exitCode, 0);

        r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--strict"),
                 QStringLiteral("--map"), kMap, csv, path(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
    }

    // The codes are the same in any language; the reasons beside them are
    // translated.
    void jsonCarriesStableReasonCodes()
    {
        const QString csv = path(QStringLiteral("codes.csv"));
        QVERIFY(writeFile(csv, kMixedCsv));
        const QStringList args{QStringLiteral("import"), QStringLiteral("--map"), kMap, QStringLiteral("--json"), csv};
        const Run en = cli(QStringList{QStringLiteral("--db"), path(QStringLiteral("codes-en.db"))} + args);
        const Run zh = cliInChinese(QStringList{QStringLiteral("--db"), path(QStringLiteral("codes-zh.db"))} + args);
        QCOMPARE(en.exitCode, 0);
        QCOMPARE(zh.exitCode, 0);
        const QJsonArray enRejects = en.json()
                                         .value(QStringLiteral("imports"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("rejects"))
                                         .toArray();
        const QJsonArray zhRejects = zh.json()
                                         .value(QStringLiteral("imports"))
                                         .toArray()
                                         .at(0)
                                         .toObject()
                                         .value(QStringLiteral("rejects"))
                                         .toArray();
        QCOMPARE(enRejects.size(), 3);
        QCOMPARE(zhRejects.size(), 3);
        const QList<std::pair<int, QString>> expected{{3, QStringLiteral("bad_time")},
                                                      {4, QStringLiteral("empty_field")},
                                                      {5, QStringLiteral("bad_amount")}};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject e = enRejects.at(i).toObject(), z = zhRejects.at(i).toObject();
            QCOMPARE(e.value(QStringLiteral("line")).toInt(), expected[i].first);
            QCOMPARE(e.value(QStringLiteral("code")).toString(), expected[i].second);
            QCOMPARE(z.value(QStringLiteral("code")).toString(), expected[i].second);
            QVERIFY(e.value(QStringLiteral("reason")).toString() != z.value(QStringLiteral("reason")).toString());
        }
        QVERIFY(zhRejects.at(0).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("时间")));

        // A file refused for a missing column: error_code beside the message.
        const QString taobao = path(QStringLiteral("taobao-short.csv"));
        QVERIFY(writeFile(taobao, QStringLiteral("订单编号,买家会员名\n1,ann\n").toUtf8()));
        const Run refused = cliInChinese({QStringLiteral("--db"), path(QStringLiteral("codes-zh.db")),
                                          QStringLiteral("import"), QStringLiteral("--format=taobao-orders"),
                                          QStringLiteral("--json"), taobao});
        QCOMPARE(refused.exitCode, 1);
        const QJsonObject file = refused.json().value(QStringLiteral("imports")).toArray().at(0).toObject();
        QCOMPARE(file.value(QStringLiteral("error_code")).toString(), QStringLiteral("missing_column"));
        QVERIFY(!file.value(QStringLiteral("error")).toString().isEmpty());
    }

    void importsAndCustomersSpeakJson()
    {
        const QString db = filledStore(QStringLiteral("json.db"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray imports = r.json().value(QStringLiteral("imports")).toArray();
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.at(0).toObject().value(QStringLiteral("inserted")).toInt(), 2);
        QCOMPARE(imports.at(0).toObject().value(QStringLiteral("format")).toString(), QStringLiteral("generic"));
        QVERIFY(imports.at(0).toObject().value(QStringLiteral("reverted_at")).isNull());

        r = cli({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--json"),
                 QStringLiteral("--as-of"), QStringLiteral("2024-06-30")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray customers = r.json().value(QStringLiteral("customers")).toArray();
        QCOMPARE(customers.size(), 2);
        QCOMPARE(r.json().value(QStringLiteral("as_of")).toString(), QStringLiteral("2024-06-30"));
        const QJsonObject ann = customers.at(0).toObject();
        QCOMPARE(ann.value(QStringLiteral("customer_key")).toString(), QStringLiteral("ann"));
        QCOMPARE(ann.value(QStringLiteral("monetary")).toDouble(), 100.0);
        QCOMPARE(ann.value(QStringLiteral("frequency")).toInt(), 1);
        QVERIFY(ann.value(QStringLiteral("p_alive")).isNull()); // one-time buyer

        // The CSV lists the same customers.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--as-of"),
                 QStringLiteral("2024-06-30")});
        QCOMPARE(r.outText().trimmed().split(QLatin1Char('\n')).size(), 1 + 2);
        r = cli({QStringLiteral("--db"), db, QStringLiteral("customers"), QStringLiteral("--json"),
                 QStringLiteral("--count")});
        QCOMPARE(r.json().value(QStringLiteral("count")).toInt(), 2);
        // A repeated option means any of its values, as in `segment` (only the last one counted before).
        const QStringList stages{QStringLiteral("active"), QStringLiteral("silent"), QStringLiteral("sleeping"),
                                 QStringLiteral("lost")};
        const auto countOf = [&](const QStringList &chosen) {
            QStringList args{QStringLiteral("--db"),      db,
                             QStringLiteral("customers"), QStringLiteral("--json"),
                             QStringLiteral("--as-of"),   QStringLiteral("2024-06-30"),
                             QStringLiteral("--count")};
            for (const QString &stage : chosen)
                args << QStringLiteral("--stage") << stage;
            return cli(args).json().value(QStringLiteral("count")).toInt();
        };
        QMap<QString, int> byStage;
        for (const QString &stage : stages)
            byStage[stage] = countOf({stage});
        QCOMPARE(byStage[stages[0]] + byStage[stages[1]] + byStage[stages[2]] + byStage[stages[3]], 2);
        for (const QString &a : stages)
            for (const QString &b : stages)
                if (a != b)
                    QCOMPARE(countOf({a, b}), byStage[a] + byStage[b]);

        r = cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--revert=1"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(QStringLiteral("reverted")).toInt(), 1);
        // Reverting again is refused: the work failed, not the usage.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--revert=1")}).exitCode,
                 1);
    }

    // `reasons products`: product feedback of a month as JSON (tests/data/feedback/products/README.md).
    void productFeedbackSpeaksJson()
    {
        const QString db = path(QStringLiteral("products.db"));
        const QString data = qEnvironmentVariable("HUITOU_TEST_DATA") + QStringLiteral("/feedback/products/");
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), data + QStringLiteral("orders.csv"),
                      data + QStringLiteral("items.csv")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("--staff"), QStringLiteral("小王"),
                      QStringLiteral("reasons"), QStringLiteral("add"), QStringLiteral("--customer"),
                      QStringLiteral("bob"), QStringLiteral("--kind"), QStringLiteral("complaint"),
                      QStringLiteral("--reason"), QStringLiteral("size_large"), QStringLiteral("--order"),
                      QStringLiteral("T3"), QStringLiteral("--day"), QStringLiteral("2026-10-09")})
                     .exitCode,
                 0);
        const Run r = cli({QStringLiteral("--db"), db, QStringLiteral("reasons"), QStringLiteral("products"),
                           QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("{\n  \"from\": \"2026-10-01\""));
        const QJsonObject o = r.json();
        QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("2026-10-31"));
        QCOMPARE(o.value(QStringLiteral("refund_data")).toBool(), false);
        const QJsonArray products = o.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 3);
        const QJsonObject dress = products.at(0).toObject();
        QCOMPARE(dress.value(QStringLiteral("key")).toString(), QStringLiteral("DRESS-01"));
        QCOMPARE(dress.value(QStringLiteral("buyers")).toInt(), 2);
        QCOMPARE(dress.value(QStringLiteral("units")).toInt(), 3);
        QCOMPARE(dress.value(QStringLiteral("complaints")).toInt(), 1);
        QVERIFY(dress.value(QStringLiteral("refunded_lines")).isNull());
        QVERIFY(dress.value(QStringLiteral("mean_rating")).isNull());
        QCOMPARE(dress.value(QStringLiteral("top_reasons"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("reason"))
                     .toString(),
                 QStringLiteral("size_large"));
        // Then by buyers, then key: JEANS-02 and 纯棉T恤 have one buyer each.
        QCOMPARE(products.at(1).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("JEANS-02"));
        QCOMPARE(products.at(2).toObject().value(QStringLiteral("units")).toInt(), 2);
        // A period backwards is a usage error.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("reasons"), QStringLiteral("products"),
                      QStringLiteral("--from"), QStringLiteral("2026-10-31"), QStringLiteral("--to"),
                      QStringLiteral("2026-10-01")})
                     .exitCode,
                 2);
    }

    // Every --json output comes from the one writer: an object, two-space
    // indentation, a final newline.
    void oneJsonStyle()
    {
        const QString db = filledStore(QStringLiteral("style.db"));
        const QList<QStringList> commands{
            {QStringLiteral("imports"), QStringLiteral("--json")},
            {QStringLiteral("customers"), QStringLiteral("--json")},
            {QStringLiteral("report"), QStringLiteral("--json")},
            {QStringLiteral("store"), QStringLiteral("create"), QStringLiteral("--json")},
            {QStringLiteral("import"), QStringLiteral("--json"), QStringLiteral("--map"), kMap,
             path(QStringLiteral("style.db.csv"))},
            {QStringLiteral("generate"), QStringLiteral("--json"), QStringLiteral("--customers=5"),
             QStringLiteral("--out"), path(QStringLiteral("style-gen"))},
        };
        for (const QStringList &command : commands) {
            const Run r = cli(QStringList{QStringLiteral("--db"), db} + command);
            QCOMPARE(r.exitCode, 0);
            QJsonParseError error;
            QJsonDocument::fromJson(r.out, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY2(r.out.startsWith("{\n  \""), qPrintable(command.join(QLatin1Char(' '))));
            QVERIFY(r.out.endsWith("}\n"));
        }
    }

    // `import -` reads the file from standard input.
    void dashReadsStandardInput()
    {
        const QString db = path(QStringLiteral("stdin.db"));
        Run r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--format"),
                     QStringLiteral("generic"), QStringLiteral("--map"), kMap, QStringLiteral("--json"),
                     QStringLiteral("-")},
                    kGoodCsv);
        QCOMPARE(r.exitCode, 0);
        const QJsonObject result = r.json().value(QStringLiteral("imports")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("file")).toString(), QStringLiteral("stdin"));
        QCOMPARE(result.value(QStringLiteral("inserted")).toInt(), 2);
        r = cli({QStringLiteral("--db"), db, QStringLiteral("imports"), QStringLiteral("--json")});
        QCOMPARE(r.json().value(QStringLiteral("imports")).toArray().at(0).toObject().value(QStringLiteral("file")),
                 QJsonValue(QStringLiteral("stdin")));
        // The same input again changes nothing.
        r = cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--map"), kMap,
                 QStringLiteral("--json"), QStringLiteral("-")},
                kGoodCsv);
        QCOMPARE(r.json().value(QStringLiteral("imports")).toArray().at(0).toObject().value(QStringLiteral("inserted")),
                 QJsonValue(0));
        // Standard input cannot be read twice.
        QCOMPARE(cli({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("--map"), kMap,
                      QStringLiteral("-"), QStringLiteral("-")})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
