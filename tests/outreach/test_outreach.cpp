// Outreach core against hand-worked fixtures: tests/data/outreach/*/README.md
// holds the reasoning beside every expected figure.
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "care/Timeline.h"
#include "format/CsvField.h"
#include "importing/OrderImporter.h"
#include "outreach/Audience.h"
#include "outreach/CampaignEvaluation.h"
#include "outreach/CampaignEvaluator.h"
#include "outreach/ContactExporter.h"
#include "outreach/ContactFileWriter.h"
#include "outreach/ContactFunnel.h"
#include "outreach/MessageTemplate.h"
#include "outreach/MobileNumber.h"
#include "outreach/OptOutImporter.h"
#include "outreach/OutreachSettings.h"
#include "outreach/SmsLength.h"
#include "storage/CustomerContacts.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/OutreachStore.h"
#include "storage/ProfileStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QtTest>

#include <cmath>

using namespace huitou;

namespace {

const QDate kToday(2024, 6, 30);

qint64 idOf(const test::TestStore &store, const QString &key)
{
    return store.scalar(QStringLiteral("SELECT id FROM customers WHERE customer_key = '%1'").arg(key)).toLongLong();
}

std::vector<qint64> allIds(const test::TestStore &store)
{
    std::vector<qint64> ids;
    QSqlQuery q(store.db());
    q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

void setConsent(const test::TestStore &store, const QString &key, const QString &consent)
{
    ProfileStore profiles(store.db());
    CustomerProfile p = profiles.load(idOf(store, key));
    p.consent = consent;
    QString error;
    QVERIFY2(profiles.save(idOf(store, key), p, &error), qPrintable(error));
}

void loadFunnelFixture(const test::TestStore &store)
{
    const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), ImportOptions())
                               .importFile(test::testDataPath(QStringLiteral("outreach/funnel/orders.csv")));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.counts.rejected, 0);
    QString error;
    QVERIFY2(AnalyticsService(store.db()).recompute(kToday, &error), qPrintable(error));
    setConsent(store, QStringLiteral("a_refused"), QStringLiteral("refused"));
    OutreachStore outreach(store.db());
    CampaignRecord c;
    c.name = QStringLiteral("earlier");
    c.sendDay = QDate(2024, 6, 27);
    c.channel = QStringLiteral("sms");
    c.fileFormat = QStringLiteral("xlsx");
    c.fileName = QStringLiteral("x.xlsx");
    c.staff = QStringLiteral("test");
    c.segment = c.exclusions = QStringLiteral("{}");
    QVERIFY(outreach.insertCampaign(c,
                                    {{idOf(store, QStringLiteral("c_contacted")), false},
                                     {idOf(store, QStringLiteral("c_control")), true}},
                                    &error)
            > 0);
    c.sendDay = QDate(2024, 6, 23);
    QVERIFY(outreach.insertCampaign(c, {{idOf(store, QStringLiteral("i_contacted_old")), false}}, &error) > 0);
}

ContactExportRequest requestFor(const test::TestStore &store)
{
    ContactExportRequest r;
    r.audience = allIds(store);
    r.segmentDefinition = QStringLiteral("{\"all\":true}");
    r.staff = QStringLiteral("小王");
    r.today = kToday;
    r.controlShare = 0.0;
    return r;
}

// The cells of the first worksheet: row → column → (type, text).
struct SheetCell
{
    QString type, text;
};

QList<QList<SheetCell>> readSheet(const QString &xlsx)
{
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), xlsx, QStringLiteral("xl/worksheets/sheet1.xml")});
    if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0)
        qFatal("unzip failed: %s", unzip.readAllStandardError().constData());
    const QByteArray xml = unzip.readAllStandardOutput();
    QList<QList<SheetCell>> rows;
    QXmlStreamReader r(xml);
    SheetCell cell;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            rows.append(QList<SheetCell>());
        } else if (r.isStartElement() && r.name() == QLatin1String("c")) {
            cell = {r.attributes().value(QLatin1String("t")).toString(), {}};
        } else if (r.isStartElement() && (r.name() == QLatin1String("t") || r.name() == QLatin1String("v"))) {
            cell.text += r.readElementText();
        } else if (r.isEndElement() && r.name() == QLatin1String("c")) {
            rows.last().append(cell);
        }
    }
    if (r.hasError())
        qFatal("sheet XML: %s", qPrintable(r.errorString()));
    return rows;
}

} // namespace

class TestOutreach : public QObject
{
    Q_OBJECT
private slots:
    void mobileRule_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected");
        // Accepted shapes: plain, spaces, dashes, parentheses, leading ', +86 / 0086 / 86 with 11 digits left.
        QTest::newRow("plain") << "13812345678"
                               << "13812345678";
        QTest::newRow("spaces") << "138 1234 5678"
                                << "13812345678";
        QTest::newRow("dashes") << "138-1234-5678"
                                << "13812345678";
        QTest::newRow("parentheses") << "(138)1234-5678"
                                     << "13812345678";
        QTest::newRow("quote") << "'13812345678"
                               << "13812345678";
        QTest::newRow("+86") << "+86 138 1234 5678"
                             << "13812345678";
        QTest::newRow("+86 dash") << "+86-13812345678"
                                  << "13812345678";
        QTest::newRow("0086") << "0086 13812345678"
                              << "13812345678";
        QTest::newRow("86") << "8613812345678"
                            << "13812345678";
        QTest::newRow("13x") << "13012345678"
                             << "13012345678";
        QTest::newRow("19x") << "19912345678"
                             << "19912345678";
        QTest::newRow("surrounding blanks") << "  15912345678 "
                                            << "15912345678";
        // Rejected shapes.
        QTest::newRow("masked") << "138****5678"
                                << "";
        QTest::newRow("masked +86") << "+86 138****5678"
                                    << "";
        QTest::newRow("second digit 2") << "12812345678"
                                        << "";
        QTest::newRow("second digit 1") << "11812345678"
                                        << "";
        QTest::newRow("second digit 0") << "10812345678"
                                        << "";
        QTest::newRow("10 digits") << "1381234567"
                                   << "";
        QTest::newRow("12 digits") << "138123456789"
                                   << "";
        QTest::newRow("landline") << "0571-88886666"
                                  << "";
        QTest::newRow("86 without 11 left") << "86138123456"
                                            << "";
        QTest::newRow("+86 12 left") << "+86138123456789"
                                     << "";
        QTest::newRow("letters") << "1381234567a"
                                 << "";
        QTest::newRow("dot") << "138.1234.5678"
                             << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("not starting 1") << "23812345678"
                                        << "";
        QTest::newRow("+1 prefix") << "+1 3812345678"
                                   << "";
    }

    void mobileRule()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(MobileNumber::normalize(raw), expected);
        QCOMPARE(MobileNumber::isValid(raw), !expected.isEmpty());
    }

    // The store keeps each customer's mobile on her row, derived in SQL
    // (CustomerContacts): the same answer as MobileNumber on every shape of
    // the rule, and on shapes only a careless file has.
    void storedMobileFollowsTheRule_data()
    {
        mobileRule_data();
        QTest::newRow("quote after blanks") << " '13812345678"
                                            << "13812345678";
        QTest::newRow("quote after a dash") << "-'13812345678"
                                            << "13812345678";
        QTest::newRow("two quotes") << "''13812345678"
                                    << "";
        QTest::newRow("quote inside") << "138'12345678"
                                      << "";
        QTest::newRow("full-width parentheses and space") << QStringLiteral("（138）1234\u30005678") << "13812345678";
        QTest::newRow("no-break space") << QStringLiteral("138\u00a012345678") << "13812345678";
        QTest::newRow("tab and line breaks") << "138\t1234\r\n5678"
                                             << "13812345678";
        QTest::newRow("+86 with parentheses") << "+86 (138) 1234-5678"
                                              << "13812345678";
        QTest::newRow("0086 with quote") << "'0086-138-1234-5678"
                                         << "13812345678";
        QTest::newRow("full-width digits") << QStringLiteral("１３８１２３４５６７８") << "";
        QTest::newRow("plus inside") << "138+12345678"
                                     << "";
        QTest::newRow("86 and 12 digits") << "86138123456789"
                                          << "";
    }

    void storedMobileFollowsTheRule()
    {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        QCOMPARE(MobileNumber::normalize(raw), expected);
        test::TestStore store;
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (id, file_name, sha256, format, encoding, imported_at) "
                                      "VALUES (1, 'x', '', 'taobao', 'utf-8', '2024-01-01')")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, customer_key) VALUES (1, 'k')")));
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO orders (source, order_no, customer_id, status, paid_at, paid_fen, is_valid, phone, "
            "fingerprint, first_import_id, last_import_id) VALUES ('taobao', '1', 1, '交易成功', "
            "'2024-01-01T10:00:00', 100, 1, ?, 0, 1, 1)")));
        q.addBindValue(raw);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QString error;
        QVERIFY2(CustomerContacts::refresh(store.db(), CustomerContacts::Scope::All, &error), qPrintable(error));
        const QVariant stored = store.scalar(QStringLiteral("SELECT mobile FROM customers WHERE id = 1"));
        QCOMPARE(stored.isNull(), expected.isEmpty());
        QCOMPARE(stored.toString(), expected);
    }

    // tests/data/outreach/mobile/README.md works out every value.
    void storedMobileFollowsImportsAndReverts()
    {
        test::TestStore store;
        const auto import = [&](const QString &file) {
            const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), ImportOptions())
                                       .importFile(test::testDataPath(QStringLiteral("outreach/mobile/") + file));
            if (!r.ok() || r.counts.rejected != 0)
                qWarning("%s: %s", qPrintable(file), qPrintable(r.error));
            return r.importId;
        };
        const auto facts = [&](const QString &key) {
            QSqlQuery q(store.db());
            q.prepare(QStringLiteral("SELECT COALESCE(mobile, 'none'), contact_name FROM customers "
                                     "WHERE customer_key = ?"));
            q.addBindValue(key);
            if (!q.exec() || !q.next())
                return QStringLiteral("gone");
            return q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
        };
        QVERIFY(import(QStringLiteral("first.csv")) > 0);
        QCOMPARE(facts(QStringLiteral("amy")), QStringLiteral("13800000001 王一"));
        QCOMPARE(facts(QStringLiteral("bea")), QStringLiteral("13900000002 李一"));
        const qint64 second = import(QStringLiteral("second.csv"));
        QVERIFY(second > 0);
        QCOMPARE(facts(QStringLiteral("amy")), QStringLiteral("13800000001 王二"));
        QCOMPARE(facts(QStringLiteral("bea")), QStringLiteral("13700000003 李一"));
        QCOMPARE(facts(QStringLiteral("cat")), QStringLiteral("13500000008 赵一"));
        const qint64 third = import(QStringLiteral("third.csv"));
        QVERIFY(third > 0);
        QCOMPARE(facts(QStringLiteral("amy")), QStringLiteral("15900000007 王三"));
        QString error;
        // A campaign of all three: cat's membership goes when the revert of
        // the import that created her deletes her (no cascade since v18).
        CampaignRecord c;
        c.name = QStringLiteral("three");
        c.sendDay = kToday.addDays(-365); // long before the contact window
        c.channel = QStringLiteral("sms");
        c.fileFormat = QStringLiteral("csv");
        c.fileName = QStringLiteral("t.csv");
        c.staff = QStringLiteral("t");
        c.segment = c.exclusions = QStringLiteral("{}");
        const qint64 campaign = OutreachStore(store.db())
                                    .insertCampaign(c,
                                                    {{idOf(store, QStringLiteral("cat")), false},
                                                     {idOf(store, QStringLiteral("amy")), true},
                                                     {idOf(store, QStringLiteral("bea")), false}},
                                                    &error);
        QVERIFY2(campaign > 0, qPrintable(error));
        const auto members = [&] {
            QSqlQuery q(store.db());
            q.exec(QStringLiteral("SELECT c.customer_key, m.member_group FROM campaign_members m JOIN customers c ON "
                                  "c.id = m.customer_id WHERE m.campaign_id = %1 ORDER BY c.customer_key")
                       .arg(campaign));
            QStringList out;
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return out;
        };
        QCOMPARE(members(),
                 (QStringList{QStringLiteral("amy control"), QStringLiteral("bea treatment"),
                              QStringLiteral("cat treatment")}));
        ImportHistory history(store.db());
        QVERIFY2(history.revert(third, &error), qPrintable(error));
        QCOMPARE(facts(QStringLiteral("amy")), QStringLiteral("13800000001 王二"));
        QCOMPARE(facts(QStringLiteral("bea")), QStringLiteral("13700000003 李一"));
        QCOMPARE(facts(QStringLiteral("cat")), QStringLiteral("13500000008 赵一"));
        QVERIFY2(history.revert(second, &error), qPrintable(error));
        QCOMPARE(facts(QStringLiteral("amy")), QStringLiteral("13800000001 王一"));
        QCOMPARE(facts(QStringLiteral("bea")), QStringLiteral("13900000002 李一"));
        QCOMPARE(facts(QStringLiteral("cat")), QStringLiteral("gone"));
        QCOMPARE(members(), (QStringList{QStringLiteral("amy control"), QStringLiteral("bea treatment")}));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_members")).toInt(), 2);
        // What the export reads: the stored mobile, one row per customer.
        QVERIFY2(AnalyticsService(store.db()).recompute(kToday, &error), qPrintable(error));
        ContactExportRequest r = requestFor(store);
        const auto s = ContactExporter(store.db()).preview(r, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->funnel.noContact, 0);
        QCOMPARE(s->funnel.remaining(), 2);
    }

    void maskedForScreens()
    {
        QCOMPARE(MobileNumber::masked(QStringLiteral("+86 138-1234-5678")), QStringLiteral("138****5678"));
        QCOMPARE(MobileNumber::masked(QStringLiteral("138****5678")), QStringLiteral("138****5678"));
    }

    void smsSegments()
    {
        QCOMPARE(SmsLength::segments(0), 0);
        QCOMPARE(SmsLength::segments(1), 1);
        QCOMPARE(SmsLength::segments(70), 1);
        QCOMPARE(SmsLength::segments(71), 2); // 71 > 70: parts of 67 → ceil(71/67) = 2
        QCOMPARE(SmsLength::segments(134), 2); // 2 × 67 = 134
        QCOMPARE(SmsLength::segments(135), 3);
        QCOMPARE(SmsLength::segments(201), 3);
        QCOMPARE(SmsLength::segments(202), 4);
        // Chinese and Latin count alike: 70 Chinese characters are one segment.
        QCOMPARE(SmsLength::segments(QString(70, QChar(0x4E2D))), 1);
        QCOMPARE(SmsLength::segments(QString(35, QChar(0x4E2D)) + QString(36, QLatin1Char('a'))), 2);
    }

    void templateRendering()
    {
        const MessageTemplate t(
            QStringLiteral("【回头】{name}您好，{nick}专享券{coupon}，上次买的{last_item}还合身吗？{x"));
        QVERIFY(t.error().isEmpty());
        const QString text = t.render(
            {QStringLiteral("张三"), QStringLiteral("tb_001"), QStringLiteral("ABC10"), QStringLiteral("连衣裙")});
        QCOMPARE(text, QStringLiteral("【回头】张三您好，tb_001专享券ABC10，上次买的连衣裙还合身吗？{x"));
        QCOMPARE(SmsLength::characters(text), 38); // 4+2+3+6+3+5+1+4+3+5+2
    }

    // The export writes rows in UTF-8 straight from the store: the message
    // and its length must be what render() and SmsLength give.
    void templateRenderingInUtf8()
    {
        const MessageTemplate t(QStringLiteral("【回头】{name}您好，{nick}专享券{coupon}，{last_item}😀"));
        const QString name = QStringLiteral("张三"), nick = QStringLiteral("tb_001"), coupon = QStringLiteral("ABC10"),
                      item = QStringLiteral("连衣裙𠀀"); // 𠀀: outside the BMP, two UTF-16 units
        const QString expected = t.render({name, nick, coupon, item});
        const QByteArray n = name.toUtf8(), k = nick.toUtf8(), c = coupon.toUtf8(), i = item.toUtf8();
        QByteArray out("x"); // appends after what is there
        const int length = t.renderUtf8({n, k, c, i}, &out);
        QCOMPARE(out, "x" + expected.toUtf8());
        // 4 + 2 + 2 + 1 + 6 + 3 + 5 + 1 + (3 + 2) + 2 = 31 units
        QCOMPARE(length, 31);
        QCOMPARE(length, SmsLength::characters(expected));
        QCOMPARE(MessageTemplate::utf16Length(""), 0);
        QCOMPARE(MessageTemplate::utf16Length("a\xC3\xA9\xE4\xB8\xAD\xF0\x9F\x98\x80"), 1 + 1 + 1 + 2); // a é 中 😀
    }

    void unknownPlaceholderIsAnError()
    {
        const MessageTemplate t(QStringLiteral("{name}好 {coupn} {name} {Name}"));
        QCOMPARE(t.unknownPlaceholders(), (QStringList{QStringLiteral("coupn"), QStringLiteral("Name")}));
        QVERIFY(t.error().contains(QStringLiteral("{coupn}")));
        ContactExportRequest r;
        r.audience = {1};
        r.staff = QStringLiteral("a");
        r.messageTemplate = t.text();
        QVERIFY(ContactExporter::validate(r, false).contains(QStringLiteral("{coupn}")));
    }

    void formulaNeutralising()
    {
        QCOMPARE(neutralizeFormula(QStringLiteral("=1+1")), QStringLiteral("'=1+1"));
        QCOMPARE(neutralizeFormula(QStringLiteral("+cmd")), QStringLiteral("'+cmd"));
        QCOMPARE(neutralizeFormula(QStringLiteral("-x")), QStringLiteral("'-x"));
        QCOMPARE(neutralizeFormula(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(neutralizeFormula(QStringLiteral("\tx")), QStringLiteral("'\tx"));
        QCOMPARE(neutralizeFormula(QStringLiteral("\rx")), QStringLiteral("'\rx"));
        QCOMPARE(neutralizeFormula(QStringLiteral("-3.20")), QStringLiteral("-3.20"));
        QCOMPARE(neutralizeFormula(QStringLiteral("13812345678")), QStringLiteral("13812345678"));
        QCOMPARE(neutralizeFormula(QStringLiteral("张=三")), QStringLiteral("张=三"));
        QCOMPARE(csvField(QStringLiteral("\rx")), QStringLiteral("\"'\rx\""));
    }

    void csvFilesInBothEncodings()
    {
        QTemporaryDir dir;
        const QStringList header{QStringLiteral("手机号"), QStringLiteral("姓名")};
        const QStringList row{QStringLiteral("13812345678"), QStringLiteral("=张,三😀")};
        for (ContactFileFormat f : {ContactFileFormat::CsvUtf8Bom, ContactFileFormat::CsvGb18030}) {
            const QString path = dir.filePath(ContactFileWriter::formatKey(f) + QStringLiteral(".csv"));
            ContactFileWriter w(path, f);
            QString error;
            QVERIFY2(w.open(header, &error), qPrintable(error));
            QVERIFY(w.writeRow(row));
            QVERIFY2(w.commit(&error), qPrintable(error));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QString expected = QStringLiteral("手机号,姓名\r\n13812345678,\"'=张,三😀\"\r\n");
            if (f == ContactFileFormat::CsvUtf8Bom) {
                QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
                QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
            } else {
                QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
                QCOMPARE(bytes.left(6), QByteArray("\xCA\xD6\xBB\xFA\xBA\xC5")); // 手机号 in GB18030
                QStringDecoder gb("GB18030");
                QCOMPARE(QString(gb.decode(bytes)), expected); // the emoji survives (4-byte sequence)
            }
        }
    }

    // writeRowUtf8 (the export's path) and writeRow give the same bytes,
    // neutralising and quoting included.
    void utf8RowsMatchTextRows()
    {
        QTemporaryDir dir;
        const QStringList row{QStringLiteral("13812345678"), QStringLiteral("=张,三😀"), QStringLiteral("-3.20"),
                              QStringLiteral("a\"b"),        QStringLiteral("@x"),      QString()};
        std::vector<QByteArray> bytes;
        std::vector<QByteArrayView> views;
        for (const QString &cell : row)
            bytes.push_back(cell.toUtf8());
        for (const QByteArray &b : bytes)
            views.emplace_back(b);
        for (ContactFileFormat f : {ContactFileFormat::CsvUtf8Bom, ContactFileFormat::CsvGb18030}) {
            QByteArray written[2];
            for (int way = 0; way < 2; ++way) {
                const QString path = dir.filePath(QStringLiteral("w%1.csv").arg(way));
                ContactFileWriter w(path, f);
                QString error;
                QVERIFY2(w.open({QStringLiteral("手机号")}, &error), qPrintable(error));
                QVERIFY(way == 0 ? w.writeRow(row) : w.writeRowUtf8(views.data(), int(views.size())));
                QVERIFY2(w.commit(&error), qPrintable(error));
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                written[way] = file.readAll();
            }
            QCOMPARE(written[1], written[0]);
            const QString text = f == ContactFileFormat::CsvUtf8Bom
                ? QString::fromUtf8(written[0].mid(3))
                : QString(QStringDecoder("GB18030").decode(written[0]));
            QCOMPARE(text, QStringLiteral("手机号\r\n13812345678,\"'=张,三😀\",-3.20,\"a\"\"b\",'@x,\r\n"));
        }
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/out.xlsx"));
        ContactFileWriter w(path, ContactFileFormat::Xlsx);
        QString error;
        QVERIFY(!w.open({QStringLiteral("a")}, &error));
        QVERIFY(!error.isEmpty());
        // An aborted write leaves no file and no temporary file behind.
        const QString ok = dir.filePath(QStringLiteral("out.xlsx"));
        {
            ContactFileWriter w2(ok, ContactFileFormat::Xlsx);
            QVERIFY(w2.open({QStringLiteral("a")}, &error));
            QVERIFY(w2.writeRow({QStringLiteral("b")}));
        } // destroyed without commit
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void xlsxKeepsEveryDigitAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.xlsx"));
        ContactFileWriter w(path, ContactFileFormat::Xlsx);
        QString error;
        QVERIFY2(w.open({QStringLiteral("手机号"), QStringLiteral("姓名")}, &error), qPrintable(error));
        QStringList phones;
        for (int i = 0; i < 50; ++i) {
            phones << QStringLiteral("139%1").arg(i * 1234567 % 100000000, 8, 10, QLatin1Char('0'));
            QVERIFY(w.writeRow(
                {phones.last(), i == 0 ? QStringLiteral("=cmd|' /C calc'!A0") : QStringLiteral("王%1").arg(i)}));
        }
        QVERIFY2(w.commit(&error), qPrintable(error));
        const auto rows = readSheet(path);
        QCOMPARE(rows.size(), 51);
        QCOMPARE(rows[0][0].text, QStringLiteral("手机号"));
        for (int i = 0; i < 50; ++i) {
            const SheetCell &phone = rows[i + 1][0];
            QVERIFY2(phone.type == QLatin1String("inlineStr") || phone.type == QLatin1String("s")
                         || phone.type == QLatin1String("str"),
                     qPrintable(phone.type));
            QCOMPARE(phone.text, phones[i]);
            QCOMPARE(phone.text.size(), 11);
        }
        QCOMPARE(rows[1][1].text, QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(rows[2][1].text, QStringLiteral("王1"));
        // Published readable by others as any saved file (it was 0600: the colleague at the SMS
        // platform could not open it); a file replaced keeps its own permissions.
        const auto groupRead = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup;
        QVERIFY(QFile::permissions(path).testFlags(groupRead | QFileDevice::ReadOther));
        QVERIFY(QFile::setPermissions(path,
                                      groupRead | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                          | QFileDevice::WriteUser));
        ContactFileWriter again(path, ContactFileFormat::Xlsx);
        QVERIFY2(again.open({QStringLiteral("手机号")}, &error), qPrintable(error));
        QVERIFY2(again.commit(&error), qPrintable(error));
        QVERIFY(QFile::permissions(path).testFlags(groupRead));
        QVERIFY(!QFile::permissions(path).testFlag(QFileDevice::ReadOther));
    }

    // The SMS counts are numbers in .xlsx (summable); phones, and anything
    // in a count column that is not plain digits, stay text.
    void xlsxCountsAreNumbers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.xlsx"));
        ContactFileWriter w(path, ContactFileFormat::Xlsx);
        QString error;
        QVERIFY2(w.open({QStringLiteral("手机号"), QStringLiteral("姓名"), QStringLiteral("昵称"),
                         QStringLiteral("短信内容"), QStringLiteral("字数"), QStringLiteral("短信条数")},
                        &error),
                 qPrintable(error));
        w.setNumberColumns({4, 5});
        QVERIFY(w.writeRow({QStringLiteral("13800000001"), QStringLiteral("王一"), QStringLiteral("a,b"),
                            QStringLiteral("王一您好"), QStringLiteral("56"), QStringLiteral("1")}));
        QVERIFY(w.writeRow({QStringLiteral("13800000002"), QStringLiteral("+王二"), QStringLiteral("b"),
                            QStringLiteral("x"), QStringLiteral("=1+1"), QStringLiteral("2")}));
        QVERIFY2(w.commit(&error), qPrintable(error));
        const auto rows = readSheet(path);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1][0].type, QStringLiteral("inlineStr"));
        QCOMPARE(rows[1][0].text, QStringLiteral("13800000001"));
        QCOMPARE(rows[1][2].text, QStringLiteral("a,b"));
        QVERIFY2(rows[1][4].type.isEmpty() || rows[1][4].type == QLatin1String("n"), qPrintable(rows[1][4].type));
        QCOMPARE(rows[1][4].text, QStringLiteral("56"));
        QVERIFY(rows[1][5].type.isEmpty() || rows[1][5].type == QLatin1String("n"));
        QCOMPARE(rows[2][1].text, QStringLiteral("'+王二"));
        QCOMPARE(rows[2][4].type, QStringLiteral("inlineStr"));
        QCOMPARE(rows[2][4].text, QStringLiteral("'=1+1"));
    }

    void controlGroupIsReproducible()
    {
        // Ten candidates k01..k10 (given out of order); seed 20261129, share 0.3:
        // round(0.3 × 10) = 3. Keys in byte order, then Fisher–Yates with
        // SeededRandom(20261129): the first three are k05, k04, k02 (worked out
        // with an independent Python SplitMix64 + Lemire + Fisher–Yates, see
        // tests/data/outreach/funnel/README.md).
        std::vector<ContactCandidate> c;
        for (int i : {7, 3, 10, 1, 5, 9, 2, 8, 4, 6}) {
            ContactCandidate x;
            x.id = i;
            x.key = QStringLiteral("k%1").arg(i, 2, 10, QLatin1Char('0')).toUtf8();
            x.contact = QStringLiteral("1390000%1").arg(i, 4, 10, QLatin1Char('0')).toUtf8();
            c.push_back(x);
        }
        const auto a = ContactFunnel::run(c, false, 0.3, 20261129);
        QStringList control;
        for (std::size_t i : a.control)
            control << QString::fromUtf8(c[i].key);
        QCOMPARE(control, (QStringList{QStringLiteral("k02"), QStringLiteral("k04"), QStringLiteral("k05")}));
        QCOMPARE(a.treatment.size(), std::size_t(7));
        // Same seed, candidates in another order: the same control group.
        std::reverse(c.begin(), c.end());
        const auto b = ContactFunnel::run(c, false, 0.3, 20261129);
        QStringList control2;
        for (std::size_t i : b.control)
            control2 << QString::fromUtf8(c[i].key);
        QCOMPARE(control2, control);
        QCOMPARE(ContactFunnel::controlSize(6, 0.5), 3);
        QCOMPARE(ContactFunnel::controlSize(5, 0.1), 1); // 0.5 rounds half up
        QCOMPARE(ContactFunnel::controlSize(4, 0.1), 0);
    }

    void duplicateRule()
    {
        // Same number: the later last purchase keeps it; equal days: the smaller key.
        std::vector<ContactCandidate> c(4);
        const char *keys[] = {"b", "a", "c", "d"};
        const qint64 days[] = {100, 100, 90, 200};
        const char *phones[] = {"13900000001", "13900000001", "13900000001", "13900000002"};
        for (int i = 0; i < 4; ++i) {
            c[i].id = i + 1;
            c[i].key = keys[i];
            c[i].contact = phones[i];
            c[i].lastPurchaseDay = days[i];
        }
        const auto r = ContactFunnel::run(c, false, 0.0, 1);
        QCOMPARE(r.duplicate, 2);
        QStringList kept;
        for (std::size_t i : r.treatment)
            kept << QString::fromUtf8(c[i].key);
        QCOMPARE(kept, (QStringList{QStringLiteral("a"), QStringLiteral("d")}));
        // count() (the preview's) gives the same figures without choosing.
        const auto n = ContactFunnel::count(c, false, 0.0);
        QCOMPARE(n.duplicate, 2);
        QCOMPARE(n.treatmentCount, 2);
        QCOMPARE(n.controlCount, 0);
        QVERIFY(n.treatment.empty());
        QCOMPARE(r.treatmentCount, 2);
    }

    // run() and count() agree on every count: mobiles as numbers and as
    // text, e-mails, every exclusion, consent required or not, a control share.
    void countAgreesWithRun()
    {
        std::vector<ContactCandidate> c;
        for (int i = 0; i < 40; ++i) {
            ContactCandidate x;
            x.id = i + 1;
            x.key = QByteArray("k") + QByteArray::number(100 + i);
            if (i % 5 == 0)
                x.mobile = 13900000000 + i % 15; // numbers held twice or more
            else if (i % 5 == 1)
                x.contact = QByteArray("1390000000") + QByteArray::number(i % 7); // mobile as text
            else if (i % 5 == 2)
                x.contact = QByteArray("a") + QByteArray::number(i % 6) + "@x.cn";
            x.consent = i % 11 == 0 ? ContactCandidate::Refused
                : i % 3 == 0        ? ContactCandidate::Consented
                                    : ContactCandidate::Unknown;
            x.openIssue = i % 13 == 0;
            x.contactedRecently = i % 17 == 0;
            x.lastPurchaseDay = i % 4;
            c.push_back(x);
        }
        for (const bool consent : {false, true}) {
            for (const double share : {0.0, 0.3, 0.5}) {
                const auto r = ContactFunnel::run(c, consent, share, 9);
                const auto n = ContactFunnel::count(c, consent, share);
                QCOMPARE(n.audience, r.audience);
                QCOMPARE(n.refusedConsent, r.refusedConsent);
                QCOMPARE(n.openIssue, r.openIssue);
                QCOMPARE(n.contactedRecently, r.contactedRecently);
                QCOMPARE(n.noContact, r.noContact);
                QCOMPARE(n.duplicate, r.duplicate);
                QCOMPARE(n.controlCount, qint64(r.control.size()));
                QCOMPARE(n.treatmentCount, qint64(r.treatment.size()));
                QVERIFY(r.duplicate > 0);
            }
        }
    }

    void funnelFixture()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        QString error;
        const auto s = ContactExporter(store.db()).preview(requestFor(store), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->funnel.audience, 12);
        QCOMPARE(s->funnel.refusedConsent, 1);
        QCOMPARE(s->funnel.openIssue, 1);
        QCOMPARE(s->funnel.contactedRecently, 1);
        QCOMPARE(s->funnel.noContact, 2);
        QCOMPARE(s->funnel.duplicate, 1);
        QCOMPARE(s->funnel.remaining(), 6);
    }

    void funnelFixtureExportsTheRightRows()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        ContactExportRequest r = requestFor(store);
        r.preset = ContactPreset::Sms;
        r.format = ContactFileFormat::CsvUtf8Bom;
        r.messageTemplate = QStringLiteral("{name}您好，{last_item}");
        r.outPath = store.dir() + QStringLiteral("/sms.csv");
        r.costPerMessageCentifen = 500; // 0.05 yuan
        QString error;
        const auto s = ContactExporter(store.db()).run(r, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->exported, 6);
        QCOMPARE(s->billedMessages, 6);
        QCOMPARE(s->costFen, 30);
        QFile f(r.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll().mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 7);
        // Rows in key order: c_control, e_dup_new, f_plus86, g_fallback, h_refund_done, i_contacted_old.
        QVERIFY2(lines[1].startsWith(QStringLiteral("13800000004,张四,c_control,张四您好，半身裙D,")),
                 qPrintable(lines[1]));
        QVERIFY2(lines[2].startsWith(QStringLiteral("13900000007,李八,e_dup_new,")), qPrintable(lines[2]));
        // f_plus86's item title starts with = : neutralised inside the message? No: the message starts with her name.
        QVERIFY2(lines[3].startsWith(QStringLiteral("13912345678,王九,f_plus86,")), qPrintable(lines[3]));
        QVERIFY2(lines[4].startsWith(QStringLiteral("13700000010,赵十,g_fallback,赵十您好，毛衣K")),
                 qPrintable(lines[4]));
        // The campaign: members with their group, exclusions, cost.
        OutreachStore outreach(store.db());
        const auto campaigns = outreach.campaigns(&error);
        QCOMPARE(campaigns.size(), 3);
        const CampaignRecord &c = campaigns.first();
        QCOMPARE(c.id, s->campaignId);
        QCOMPARE(c.staff, QStringLiteral("小王"));
        QCOMPARE(c.sendDay, kToday);
        QCOMPARE(c.treatmentMembers, 6);
        QCOMPARE(c.controlMembers, 0);
        QVERIFY(c.exclusions.contains(QStringLiteral("\"duplicate\":1")));
        // Exported customers are now "contacted": a second export the same day
        // excludes the six (and c_contacted) at step 3; e_dup_old's number is
        // no longer held by anyone left, so she alone remains.
        r.outPath = store.dir() + QStringLiteral("/again.csv");
        const auto again = ContactExporter(store.db()).run(r, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->funnel.contactedRecently, 7);
        QCOMPARE(again->funnel.duplicate, 0);
        QCOMPARE(again->exported, 1);
        // A third finds nobody: no file, no campaign.
        r.outPath = store.dir() + QStringLiteral("/third.csv");
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        QVERIFY(error.contains(QStringLiteral("Nobody")));
        QVERIFY(!QFile::exists(r.outPath));
        QCOMPARE(outreach.campaigns(&error).size(), 4);
    }

    void controlMembersAreNotContacted()
    {
        // DESIGN.md: "control members are not exported and do not count as
        // contacted". c_control is in the control group of "earlier" (sent
        // 06-27, inside the 7-day window of 06-30): campaign B exports her
        // (only c_contacted, a treatment member, is excluded at step 3).
        // Once B sent to her she is a treatment member: contacted for a third.
        test::TestStore store;
        loadFunnelFixture(store);
        ContactExportRequest r = requestFor(store);
        r.audience = {idOf(store, QStringLiteral("c_control")), idOf(store, QStringLiteral("c_contacted"))};
        r.format = ContactFileFormat::CsvUtf8Bom;
        r.outPath = store.dir() + QStringLiteral("/b.csv");
        QString error;
        const auto b = ContactExporter(store.db()).run(r, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(b->funnel.contactedRecently, 1);
        QCOMPARE(b->exported, 1);
        r.outPath = store.dir() + QStringLiteral("/c.csv");
        const auto c = ContactExporter(store.db()).preview(r, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->funnel.contactedRecently, 2);
        QCOMPARE(c->funnel.remaining(), 0);
    }

    void fixedHeadersDoNotFollowTheLanguage()
    {
        QCOMPARE(ContactExporter::header(ContactPreset::Sms, true, QStringLiteral("zh")),
                 (QStringList{QStringLiteral("手机号"), QStringLiteral("姓名"), QStringLiteral("昵称"),
                              QStringLiteral("短信内容"), QStringLiteral("字数"), QStringLiteral("短信条数")}));
        QCOMPARE(ContactExporter::header(ContactPreset::Email, false, QStringLiteral("en")),
                 (QStringList{QStringLiteral("E-mail"), QStringLiteral("Name")}));
    }

    void firstVersionDefinitionsStillLoad()
    {
        // {"stage": ..., "tier": ...} as the first saved segments were stored.
        QString error;
        const auto legacy =
            Audience::parseDefinition(QStringLiteral("{\"stage\":\"lost\",\"tier\":\"vip\",\"name\":\"x\"}"), &error);
        QVERIFY2(legacy, qPrintable(error));
        QCOMPARE(legacy->stages, QList<Stage>{Stage::Lost});
        QCOMPARE(legacy->tiers, QList<Tier>{Tier::Vip});
        const auto current = Audience::parseDefinition(QStringLiteral(
                                                           "{\"stages\":[\"sleeping\"],\"product_title\":\"连衣裙\"}"),
                                                       &error);
        QVERIFY2(current, qPrintable(error));
        QCOMPARE(current->stages, QList<Stage>{Stage::Sleeping});
        QCOMPARE(current->productTitle, QStringLiteral("连衣裙"));
        QVERIFY(!Audience::parseDefinition(QStringLiteral("{\"stage\":\"asleep\"}"), &error));
    }

    void funnelControlGroup()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        ContactExportRequest r = requestFor(store);
        r.controlShare = 0.5;
        r.seed = 7;
        QString error;
        const auto a = ContactExporter(store.db()).preview(r, &error);
        const auto b = ContactExporter(store.db()).preview(r, &error);
        QVERIFY(a && b);
        QCOMPARE(a->funnel.controlCount, 3);
        QCOMPARE(a->funnel.treatmentCount, 3);
        QCOMPARE(b->funnel.controlCount, 3);
        // Who is in it: the export's draw (reproducible: controlGroupIsReproducible).
        r.outPath = store.dir() + QStringLiteral("/control.csv");
        r.format = ContactFileFormat::CsvUtf8Bom;
        const auto run = ContactExporter(store.db()).run(r, &error);
        QVERIFY2(run, qPrintable(error));
        QCOMPARE(run->funnel.control.size(), std::size_t(3));
        QCOMPARE(run->funnel.treatment.size(), std::size_t(3));
    }

    void funnelRequiresConsent()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        setConsent(store, QStringLiteral("f_plus86"), QStringLiteral("consented"));
        setConsent(store, QStringLiteral("h_refund_done"), QStringLiteral("consented"));
        OutreachSettings settings = OutreachSettings::load(store.db());
        settings.requireConsent = true;
        QString error;
        QVERIFY(settings.save(store.db(), &error));
        const auto s = ContactExporter(store.db()).preview(requestFor(store), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->funnel.refusedConsent, 10);
        QCOMPARE(s->funnel.openIssue, 0);
        QCOMPARE(s->funnel.contactedRecently, 0);
        QCOMPARE(s->funnel.remaining(), 2);
    }

    void openComplaintEntriesExclude()
    {
        // Issue 10's reason_entries (schema v4): an open complaint excludes
        // f_plus86; a resolved one (h_refund_done) and a deleted one
        // (i_contacted_old) do not; a review (g_fallback) never does.
        test::TestStore store;
        loadFunnelFixture(store);
        auto add = [&](const QString &key, const QString &kind, const QString &resolved, const QString &deleted) {
            QSqlQuery i(store.db());
            i.prepare(
                QStringLiteral("INSERT INTO reason_entries (customer_id, kind, reason_code, logged_day, staff, "
                               "created_at, resolved_at, deleted_at) VALUES (?, ?, 'size_large', '2024-06-01', 's', "
                               "'2024-06-01', ?, ?)"));
            i.addBindValue(idOf(store, key));
            i.addBindValue(kind);
            i.addBindValue(resolved.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(resolved));
            i.addBindValue(deleted.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(deleted));
            QVERIFY(i.exec());
        };
        add(QStringLiteral("f_plus86"), QStringLiteral("complaint"), {}, {});
        add(QStringLiteral("h_refund_done"), QStringLiteral("return"), QStringLiteral("2024-06-10"), {});
        add(QStringLiteral("i_contacted_old"), QStringLiteral("complaint"), {}, QStringLiteral("2024-06-11"));
        add(QStringLiteral("g_fallback"), QStringLiteral("review"), {}, {});
        QString error;
        const auto s = ContactExporter(store.db()).preview(requestFor(store), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->funnel.openIssue, 2); // b_refund's refund and f_plus86's complaint
        QCOMPARE(s->funnel.remaining(), 5);
    }

    void optOutImport()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        OptOutResult result;
        QString error;
        QVERIFY2(OptOutImporter(store.db())
                     .importText(QStringLiteral("13600000012\njunk\n+86 13900000007,退订\n\n"),
                                 QStringLiteral("退订.txt"), QStringLiteral("小王"), &result, &error),
                 qPrintable(error));
        QCOMPARE(result.lines, 3);
        QCOMPARE(result.junkLines, (QList<int>{2}));
        QCOMPARE(result.numbers, 2);
        QCOMPARE(result.matchedNumbers, 2);
        QCOMPARE(result.customersRefused, 3);
        QCOMPARE(ProfileStore(store.db()).load(idOf(store, QStringLiteral("e_dup_old"))).consent,
                 QStringLiteral("refused"));
        // The change is signed and names the list on the customer's timeline.
        bool signedEntry = false;
        for (const TimelineEntry &e : Timeline::of(store.db(), idOf(store, QStringLiteral("e_dup_old"))))
            signedEntry |= e.kind == QLatin1String("consent") && e.staff == QStringLiteral("小王")
                && e.text.contains(QStringLiteral("退订.txt"));
        QVERIFY(signedEntry);
        const auto s = ContactExporter(store.db()).preview(requestFor(store), &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->funnel.refusedConsent, 4);
        QCOMPARE(s->funnel.openIssue, 1);
        QCOMPARE(s->funnel.contactedRecently, 1);
        QCOMPARE(s->funnel.noContact, 2);
        QCOMPARE(s->funnel.duplicate, 0);
        QCOMPARE(s->funnel.remaining(), 4);
        // Without a staff name nothing changes.
        QVERIFY(!OptOutImporter(store.db())
                     .importText(QStringLiteral("13600000013"), QString(), QString(), &result, &error));
    }

    void badRequestsAreRefused()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        QString error;
        ContactExportRequest r = requestFor(store);
        r.outPath = store.dir() + QStringLiteral("/x.xlsx");
        r.staff.clear();
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        QVERIFY(error.contains(QStringLiteral("staff")));
        r.staff = QStringLiteral("小王");
        r.controlShare = 0.51;
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        r.controlShare = 0.1;
        r.audience.clear();
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        QVERIFY(error.contains(QStringLiteral("empty")));
        r = requestFor(store);
        r.outPath = store.dir() + QStringLiteral("/no/such/dir/x.xlsx");
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        QCOMPARE(OutreachStore(store.db()).campaigns(&error).size(), 2);
        // Cancelled: no file, no campaign.
        r.outPath = store.dir() + QStringLiteral("/x.xlsx");
        std::atomic_bool cancel{true};
        QVERIFY(!ContactExporter(store.db()).run(r, &error, {}, &cancel));
        QVERIFY(!QFile::exists(r.outPath));
        QCOMPARE(OutreachStore(store.db()).campaigns(&error).size(), 2);
    }

    // The file is written on a second thread while the campaign is recorded
    // on the connection's: a failure on either side leaves no file, no
    // temporary file and no campaign.
    void failureOnEitherSideLeavesNothing_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("xlsx") << QStringLiteral("xlsx");
        QTest::newRow("csv") << QStringLiteral("csv");
    }
    void failureOnEitherSideLeavesNothing()
    {
        QFETCH(QString, suffix);
        test::TestStore store;
        loadFunnelFixture(store);
        QString error;
        const int campaignsBefore = int(OutreachStore(store.db()).campaigns(&error).size());
        ContactExportRequest r = requestFor(store);
        ContactFileWriter::parseFormat(suffix, &r.format);
        r.outPath = store.dir() + QStringLiteral("/out/list.") + suffix;
        QVERIFY(QDir().mkpath(store.dir() + QStringLiteral("/out")));
        const auto nothingLeft = [&] {
            QCOMPARE(QDir(store.dir() + QStringLiteral("/out")).entryList(QDir::Files | QDir::Hidden), QStringList());
            QCOMPARE(int(OutreachStore(store.db()).campaigns(&error).size()), campaignsBefore);
            QCOMPARE(store
                         .scalar(QStringLiteral("SELECT COUNT(*) FROM campaign_members m WHERE NOT EXISTS "
                                                "(SELECT 1 FROM campaigns c WHERE c.id = m.campaign_id)"))
                         .toInt(),
                     0);
        };
        // The members cannot be recorded (a trigger refuses them) while the file is written.
        QSqlQuery q(store.db());
        QVERIFY(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_members BEFORE INSERT ON campaign_members BEGIN "
                                      "SELECT RAISE(ABORT, 'members refused'); END")));
        QVERIFY(!ContactExporter(store.db()).run(r, &error));
        QVERIFY2(error.contains(QStringLiteral("members refused")), qPrintable(error));
        nothingLeft();
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER temp.refuse_members")));
        // Cancelled while the campaign waits for the file (the progress is
        // reported from there): the campaign is rolled back, the file dropped.
        std::atomic_bool cancel{false};
        QVERIFY(!ContactExporter(store.db())
                     .run(
                         r, &error, [&](qint64, qint64) { cancel.store(true); }, &cancel));
        QVERIFY2(error.contains(QStringLiteral("cancelled")), qPrintable(error));
        nothingLeft();
        // The file cannot be put in place after the campaign committed (a
        // folder has the file's name): the campaign is deleted again.
        {
            ContactExportRequest blocked = r;
            blocked.outPath = store.dir() + QStringLiteral("/out/taken.") + suffix;
            QVERIFY(QDir().mkpath(blocked.outPath + QStringLiteral("/inside")));
            QVERIFY(!ContactExporter(store.db()).run(blocked, &error));
            QVERIFY2(error.contains(QStringLiteral("could not be replaced")), qPrintable(error));
            nothingLeft();
            QVERIFY(QDir(blocked.outPath).removeRecursively());
        }
        // And with nothing in the way, both.
        cancel.store(false);
        const auto s = ContactExporter(store.db()).run(r, &error, {}, &cancel);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(QDir(store.dir() + QStringLiteral("/out")).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("list.") + suffix});
        QCOMPARE(int(OutreachStore(store.db()).campaigns(&error).size()), campaignsBefore + 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT billed_messages FROM campaigns WHERE id = %1").arg(s->campaignId))
                     .toLongLong(),
                 s->billedMessages);
    }

    void costPerMessage()
    {
        qint64 v = 0;
        QVERIFY(ContactExporter::parseCostPerMessage(QStringLiteral("0.05"), &v));
        QCOMPARE(v, 500);
        QVERIFY(ContactExporter::parseCostPerMessage(QStringLiteral("0.035"), &v));
        QCOMPARE(v, 350);
        QVERIFY(ContactExporter::parseCostPerMessage(QStringLiteral("1"), &v));
        QCOMPARE(v, 10000);
        QVERIFY(!ContactExporter::parseCostPerMessage(QStringLiteral("-1"), &v));
        QVERIFY(!ContactExporter::parseCostPerMessage(QStringLiteral("0.00001"), &v));
    }

    void evaluationOfTheSeedCampaign()
    {
        // tests/data/outreach/evaluation/README.md
        const auto e = CampaignEvaluation::compute({1953, 42, 840000}, {2191, 18, 360000}, 9765);
        QVERIFY(std::fabs(*e.treatment.conversionRate() - 42.0 / 1953.0) < 1e-12);
        QVERIFY(std::fabs(*e.uplift - 0.01328994959830784) < 1e-12);
        QVERIFY(std::fabs(*e.zScore - 3.575090382826313) < 1e-9);
        QVERIFY(std::fabs(*e.pValue - 0.0003501069259319792) < 1e-9);
        QCOMPARE(*e.treatment.revenuePerMemberFen(), 430);
        QCOMPARE(*e.control.revenuePerMemberFen(), 164);
        QCOMPARE(*e.incrementalRevenueFen, 519105);
        QVERIFY(std::fabs(*e.roi - 509340.0 / 9765.0) < 1e-12);
    }

    void evaluationNullCases()
    {
        const auto noControl = CampaignEvaluation::compute({100, 5, 1000}, {0, 0, 0}, 100);
        QVERIFY(!noControl.uplift && !noControl.pValue && !noControl.incrementalRevenueFen && !noControl.roi);
        const auto nobody = CampaignEvaluation::compute({100, 0, 0}, {10, 0, 0}, 100);
        QCOMPARE(*nobody.uplift, 0.0);
        QVERIFY(!nobody.pValue);
        QCOMPARE(*nobody.incrementalRevenueFen, 0);
        QCOMPARE(*nobody.roi, -1.0);
        const auto everybody = CampaignEvaluation::compute({10, 10, 1000}, {10, 10, 500}, 0);
        QVERIFY(!everybody.pValue);
        QVERIFY(!everybody.roi); // cost 0
        QCOMPARE(*everybody.incrementalRevenueFen, 500);
    }

    void evaluationWindowInTheStore()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        // A campaign sent 2024-06-01: treatment e_dup_new, f_plus86; control g_fallback, h_refund_done.
        OutreachStore outreach(store.db());
        CampaignRecord c;
        c.name = QStringLiteral("june");
        c.sendDay = QDate(2024, 6, 1);
        c.channel = QStringLiteral("sms");
        c.fileFormat = QStringLiteral("csv");
        c.fileName = QStringLiteral("j.csv");
        c.staff = QStringLiteral("t");
        c.segment = c.exclusions = QStringLiteral("{}");
        c.costFen = 100;
        QString error;
        const qint64 id = outreach.insertCampaign(c,
                                                  {{idOf(store, QStringLiteral("e_dup_new")), false},
                                                   {idOf(store, QStringLiteral("f_plus86")), false},
                                                   {idOf(store, QStringLiteral("g_fallback")), true},
                                                   {idOf(store, QStringLiteral("h_refund_done")), true}},
                                                  &error);
        QVERIFY(id > 0);
        // In the window [06-01, 06-15): e_dup_new's order 8 (06-01, 100.00) and
        // g_fallback's order 11 (06-10, 80.00). f_plus86 and h bought in April.
        const auto r = CampaignEvaluator(store.db()).evaluate(id, QDate(2024, 6, 30), 14, -1, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->windowEnd, QDate(2024, 6, 15));
        QVERIFY(!r->evaluation.provisional);
        QCOMPARE(r->evaluation.treatment.members, 2);
        QCOMPARE(r->evaluation.treatment.converters, 1);
        QCOMPARE(r->evaluation.treatment.revenueFen, 10000);
        QCOMPARE(r->evaluation.control.converters, 1);
        QCOMPARE(r->evaluation.control.revenueFen, 8000);
        QCOMPARE(*r->evaluation.incrementalRevenueFen, 2000); // (5000 − 4000) × 2
        QCOMPARE(*r->evaluation.roi, 19.0); // (2000 − 100) / 100
        // A window of 9 days ends before g_fallback's 06-10 order.
        const auto nine = CampaignEvaluator(store.db()).evaluate(id, QDate(2024, 6, 30), 9, -1, &error);
        QCOMPARE(nine->evaluation.control.converters, 0);
        // As of 06-05 the window is open: provisional, and later orders are not seen.
        const auto early = CampaignEvaluator(store.db()).evaluate(id, QDate(2024, 6, 5), 14, -1, &error);
        QVERIFY(early->evaluation.provisional);
        QCOMPARE(early->evaluation.control.converters, 0);
        QCOMPARE(early->evaluation.treatment.converters, 1);
        const auto lastDay = CampaignEvaluator(store.db()).evaluate(id, QDate(2024, 6, 14), 14, -1, &error);
        QVERIFY(lastDay->evaluation.provisional);
        const auto closed = CampaignEvaluator(store.db()).evaluate(id, QDate(2024, 6, 15), 14, -1, &error);
        QVERIFY(!closed->evaluation.provisional);
    }

    // The CLI runs the same core: its funnel equals the core preview's, and its
    // files and JSON hold what the GUI shows.
    void cliAgreesWithTheCore()
    {
        test::TestStore store;
        loadFunnelFixture(store);
        auto cli = [&](const QStringList &args, int *exitCode = nullptr) {
            QProcess p;
            p.start(qEnvironmentVariable("HUITOU_CLI"),
                    QStringList{QStringLiteral("--db"), store.path(), QStringLiteral("--staff"), QStringLiteral("小王")}
                        + args);
            p.waitForFinished(60000);
            if (exitCode)
                *exitCode = p.exitCode();
            return p.readAllStandardOutput();
        };
        // The CLI counts as of the real today: the fixture's campaigns (June 2024) are long past.
        ContactExportRequest r = requestFor(store);
        r.today = AnalyticsService::today();
        QString error;
        const auto core = ContactExporter(store.db()).preview(r, &error);
        QVERIFY2(core, qPrintable(error));
        const QJsonObject dry = QJsonDocument::fromJson(
                                    cli({QStringLiteral("export"), QStringLiteral("--dry-run"),
                                         QStringLiteral("--control"), QStringLiteral("0"), QStringLiteral("--json")}))
                                    .object();
        const QJsonObject f = dry.value(QStringLiteral("funnel")).toObject();
        QCOMPARE(f.value(QStringLiteral("audience")).toInt(), core->funnel.audience);
        QCOMPARE(f.value(QStringLiteral("consent")).toInt(), core->funnel.refusedConsent);
        QCOMPARE(f.value(QStringLiteral("open_issue")).toInt(), core->funnel.openIssue);
        QCOMPARE(f.value(QStringLiteral("contacted_recently")).toInt(), core->funnel.contactedRecently);
        QCOMPARE(f.value(QStringLiteral("no_contact")).toInt(), core->funnel.noContact);
        QCOMPARE(f.value(QStringLiteral("duplicate")).toInt(), core->funnel.duplicate);
        QCOMPARE(f.value(QStringLiteral("remaining")).toInt(), 7);
        // A real export: an .xlsx and a campaign whose JSON has the DESIGN keys.
        const QString out = store.dir() + QStringLiteral("/cli.xlsx");
        int exitCode = -1;
        const QJsonObject done = QJsonDocument::fromJson(
                                     cli({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("xlsx"),
                                          QStringLiteral("--control"), QStringLiteral("0.3"), QStringLiteral("--seed"),
                                          QStringLiteral("5"), QStringLiteral("--out"), out, QStringLiteral("--json")},
                                         &exitCode))
                                     .object();
        QCOMPARE(exitCode, 0);
        QCOMPARE(done.value(QStringLiteral("exported")).toInt(), 5); // 7 − round(2.1) = 7 − 2
        const auto rows = readSheet(out);
        QCOMPARE(rows.size(), 6);
        QCOMPARE(rows[0][0].text, QStringLiteral("手机号")); // fixed headers, whatever the language
        // Every builder condition on the command line: F >= 2 is g_fallback alone
        // (two purchase days); saved, it is an export's audience.
        const QJsonObject seg = QJsonDocument::fromJson(
                                    cli({QStringLiteral("segment"), QStringLiteral("--f-min"), QStringLiteral("2"),
                                         QStringLiteral("--save"), QStringLiteral("回头客"), QStringLiteral("--json")}))
                                    .object();
        QCOMPARE(seg.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(seg.value(QStringLiteral("definition")).toString(), QStringLiteral("{\"frequency\":{\"min\":2}}"));
        const QJsonObject saved = QJsonDocument::fromJson(cli({QStringLiteral("export"), QStringLiteral("--segment"),
                                                               QStringLiteral("回头客"), QStringLiteral("--dry-run"),
                                                               QStringLiteral("--json")}))
                                      .object();
        QCOMPARE(saved.value(QStringLiteral("funnel")).toObject().value(QStringLiteral("audience")).toInt(), 1);
        cli({QStringLiteral("segment"), QStringLiteral("--tag"), QStringLiteral("no-equals-sign")}, &exitCode);
        QCOMPARE(exitCode, 2);
        const int id = done.value(QStringLiteral("campaign_id")).toInt();
        const QJsonObject result = QJsonDocument::fromJson(
                                       cli({QStringLiteral("campaign"), QString::number(id), QStringLiteral("--json")}))
                                       .object();
        for (const char *key :
             {"treatment", "control", "uplift", "p_value", "incremental_revenue", "roi", "provisional"})
            QVERIFY2(result.contains(QString::fromLatin1(key)), key);
        QCOMPARE(result.value(QStringLiteral("treatment")).toObject().value(QStringLiteral("members")).toInt(), 5);
        QCOMPARE(result.value(QStringLiteral("control")).toObject().value(QStringLiteral("members")).toInt(), 2);
        QVERIFY(result.value(QStringLiteral("provisional")).toBool());
        // Bad input: a template with an unknown placeholder, a control share over 50 %.
        cli({QStringLiteral("export"), QStringLiteral("--template"), QStringLiteral("{nam}"), QStringLiteral("--out"),
             store.dir() + QStringLiteral("/bad.xlsx")},
            &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY(!QFile::exists(store.dir() + QStringLiteral("/bad.xlsx")));
        cli({QStringLiteral("export"), QStringLiteral("--control"), QStringLiteral("0.6"), QStringLiteral("--out"),
             store.dir() + QStringLiteral("/bad.xlsx")},
            &exitCode);
        QCOMPARE(exitCode, 1);
        // customers --encoding gb18030: the header's bytes are GB18030.
        const QByteArray gb = cli(
            {QStringLiteral("customers"), QStringLiteral("--encoding"), QStringLiteral("gb18030")});
        QStringDecoder decoder("GB18030");
        const QString text = decoder.decode(gb);
        QVERIFY(text.contains(QStringLiteral("张四")));
        QVERIFY(!gb.contains(QStringLiteral("张四").toUtf8()));
        const QByteArray bom = cli(
            {QStringLiteral("customers"), QStringLiteral("--encoding"), QStringLiteral("utf-8-bom")});
        QVERIFY(bom.startsWith("\xEF\xBB\xBF"));
    }
};

QTEST_GUILESS_MAIN(TestOutreach)
#include "test_outreach.moc"
