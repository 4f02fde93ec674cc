#include "format/CsvField.h"
#include "importing/FieldParsers.h"
#include "records/ItemRow.h"

#include <QtTest>

using namespace huitou;

class TestFieldParsers : public QObject
{
    Q_OBJECT
private slots:
    void money_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("plain") << QStringLiteral("201.12") << true << qint64(20112);
        QTest::newRow("yuan suffix") << QStringLiteral("0元") << true << qint64(0);
        QTest::newRow("yuan with decimals") << QStringLiteral(" 88.5元 ") << true << qint64(8850);
        QTest::newRow("half-width yen") << QStringLiteral("¥12.30") << true << qint64(1230);
        QTest::newRow("full-width yen") << QStringLiteral("￥12") << true << qint64(1200);
        QTest::newRow("negative") << QStringLiteral("-3.20") << true << qint64(-320);
        QTest::newRow("plus sign") << QStringLiteral("+3") << true << qint64(300);
        QTest::newRow("round half up") << QStringLiteral("0.125") << true << qint64(13);
        QTest::newRow("round down") << QStringLiteral("0.1249") << true << qint64(12);
        QTest::newRow("negative rounds away") << QStringLiteral("-0.125") << true << qint64(-13);
        QTest::newRow("leading dot") << QStringLiteral(".5") << true << qint64(50);
        QTest::newRow("thousands separator") << QStringLiteral("1,280.00") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("text") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("two dots") << QStringLiteral("1.2.3") << false << qint64(0);
        QTest::newRow("lone dot") << QStringLiteral(".") << false << qint64(0);
        // Issue 13 item 7: two signs were read as -5.00.
        QTest::newRow("two signs") << QStringLiteral("+-5") << false << qint64(0);
        QTest::newRow("two minus") << QStringLiteral("--5") << false << qint64(0);
        QTest::newRow("sign on both sides of yen") << QStringLiteral("-¥-5") << false << qint64(0);
        QTest::newRow("sign after yen") << QStringLiteral("¥-5") << true << qint64(-500);
    }
    void money()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        const auto parsed = parse::money(text);
        QCOMPARE(parsed.has_value(), ok);
        if (ok)
            QCOMPARE(*parsed, fen);
    }

    void time_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("iso");
        QTest::newRow("taobao") << QStringLiteral("2016-05-23 22:02:11") << true
                                << QStringLiteral("2016-05-23 22:02:11");
        QTest::newRow("excel") << QStringLiteral("2016/5/23 22:02") << true << QStringLiteral("2016-05-23 22:02:00");
        QTest::newRow("excel seconds") << QStringLiteral("2016/5/3 2:02:09") << true
                                       << QStringLiteral("2016-05-03 02:02:09");
        QTest::newRow("no seconds") << QStringLiteral("2016-05-23 22:02") << true
                                    << QStringLiteral("2016-05-23 22:02:00");
        QTest::newRow("iso T") << QStringLiteral("2016-05-23T22:02:11") << true
                               << QStringLiteral("2016-05-23 22:02:11");
        QTest::newRow("fraction dropped")
            << QStringLiteral("2016-05-23 22:02:11.789") << true << QStringLiteral("2016-05-23 22:02:11");
        QTest::newRow("bare date") << QStringLiteral("2024-02-29") << true << QStringLiteral("2024-02-29 00:00:00");
        QTest::newRow("utc to shanghai") << QStringLiteral("2024-01-31T20:30:00Z") << true
                                         << QStringLiteral("2024-02-01 04:30:00");
        QTest::newRow("offset after space")
            << QStringLiteral("2024-01-31 20:30:00 -05:00") << true << QStringLiteral("2024-02-01 09:30:00");
        QTest::newRow("shopify offset") << QStringLiteral("2024-01-31 20:30:00 +0800") << true
                                        << QStringLiteral("2024-01-31 20:30:00");
        QTest::newRow("offset attached") << QStringLiteral("2024-01-31T20:30:00-05:00") << true
                                         << QStringLiteral("2024-02-01 09:30:00");
        QTest::newRow("empty") << QString() << true << QString();
        QTest::newRow("zero time") << QStringLiteral("0000-00-00 00:00:00") << true << QString();
        QTest::newRow("impossible date") << QStringLiteral("2023-02-29 10:00:00") << false << QString();
        QTest::newRow("month 13") << QStringLiteral("2023-13-01") << false << QString();
        QTest::newRow("hour 24") << QStringLiteral("2023-01-01 24:00:00") << false << QString();
        QTest::newRow("garbage") << QStringLiteral("yesterday") << false << QString();
        QTest::newRow("phone in time column") << QStringLiteral("'13800138000") << false << QString();
    }
    void time()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, iso);
        const parse::Time t = parse::time(text, QTimeZone("Asia/Shanghai"));
        QCOMPARE(t.ok, ok);
        if (ok) {
            QCOMPARE(t.iso, iso);
            QCOMPARE(t.empty, iso.isEmpty());
        }
    }

    void phone()
    {
        QCOMPARE(parse::phone(QStringLiteral("'13812345678")), QStringLiteral("13812345678"));
        QCOMPARE(parse::phone(QStringLiteral(" 138****5678 ")), QStringLiteral("138****5678"));
        QVERIFY(parse::isMaskedPhone(QStringLiteral("138****5678")));
        QVERIFY(!parse::isMaskedPhone(QStringLiteral("13812345678")));
    }

    void province_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("province");
        QTest::newRow("省") << QStringLiteral("浙江省 杭州市 西湖区 文一路1号(310000)") << QStringLiteral("浙江");
        QTest::newRow("no suffix") << QStringLiteral("浙江 杭州市") << QStringLiteral("浙江");
        QTest::newRow("municipality") << QStringLiteral("上海 上海市 浦东新区") << QStringLiteral("上海");
        QTest::newRow("市 suffix") << QStringLiteral("北京市 朝阳区") << QStringLiteral("北京");
        QTest::newRow("autonomous region") << QStringLiteral("内蒙古自治区 呼和浩特市") << QStringLiteral("内蒙古");
        QTest::newRow("guangxi") << QStringLiteral("广西壮族自治区 南宁市") << QStringLiteral("广西");
        QTest::newRow("SAR") << QStringLiteral("香港特别行政区 中西区") << QStringLiteral("香港");
        QTest::newRow("shanxi vs shaanxi") << QStringLiteral("陕西省 西安市") << QStringLiteral("陕西");
        QTest::newRow("heilongjiang") << QStringLiteral("黑龙江省 哈尔滨市") << QStringLiteral("黑龙江");
        QTest::newRow("unknown") << QStringLiteral("火星 基地") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void province()
    {
        QFETCH(QString, address);
        QFETCH(QString, province);
        QCOMPARE(parse::province(address), province);
    }

    void csvFieldsAreSafeForSpreadsheets()
    {
        QCOMPARE(csvField(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(csvField(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvField(QStringLiteral("+86 138")), QStringLiteral("'+86 138"));
        QCOMPARE(csvField(QStringLiteral("-3.20")), QStringLiteral("-3.20")); // a number stays a number
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        QCOMPARE(csvField(QStringLiteral("小王")), QStringLiteral("小王"));
        // Issue 13 item 7: toDouble() took these for numbers and let them through.
        QCOMPARE(csvField(QStringLiteral("+inf")), QStringLiteral("'+inf"));
        QCOMPARE(csvField(QStringLiteral("-inf")), QStringLiteral("'-inf"));
        QCOMPARE(csvField(QStringLiteral("-nan")), QStringLiteral("'-nan"));
        QCOMPARE(csvField(QStringLiteral("-1e5")), QStringLiteral("'-1e5"));
        QCOMPARE(csvField(QStringLiteral("12")), QStringLiteral("12"));
        // A NUL byte is never written into a file for people.
        QCOMPARE(csvField(QStringLiteral("a") + QChar(0) + QStringLiteral("b")), QStringLiteral("ab"));
    }

    void excelMangledIds_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("mangled");
        QTest::newRow("scientific") << QStringLiteral("1.23E+18") << true;
        QTest::newRow("scientific lower") << QStringLiteral("2.08912e15") << true;
        QTest::newRow("integer mantissa") << QStringLiteral("2E+18") << true;
        QTest::newRow("trailing .0") << QStringLiteral("2089123456789.0") << true;
        QTest::newRow("trailing .00") << QStringLiteral("2089123456789.00") << true;
        QTest::newRow("plain id") << QStringLiteral("2089123456789") << false;
        QTest::newRow("shopify name") << QStringLiteral("#1001") << false;
        QTest::newRow("letters with E") << QStringLiteral("TB1E5") << false;
        QTest::newRow("decimal, not .0") << QStringLiteral("12.5") << false;
        QTest::newRow("E without digits") << QStringLiteral("12E") << false;
    }

    void excelMangledIds()
    {
        QFETCH(QString, id);
        QFETCH(bool, mangled);
        QCOMPARE(parse::isExcelMangledId(id), mangled);
    }

    void thirtyFourProvinces() { QCOMPARE(parse::provinceNames().size(), 34); }

    void skuAttributes()
    {
        const auto pairs = parse::skuAttributes(QStringLiteral("颜色分类：杏色;尺码:M；风格：森系"));
        QCOMPARE(pairs.size(), 3);
        QCOMPARE(pairs[0], (QPair<QString, QString>{QStringLiteral("颜色分类"), QStringLiteral("杏色")}));
        QCOMPARE(pairs[1], (QPair<QString, QString>{QStringLiteral("尺码"), QStringLiteral("M")}));
        ItemRow item;
        item.skuText = QStringLiteral("颜色分类：杏色;尺码：均码");
        parse::skuFields(item);
        QCOMPARE(item.color, QStringLiteral("杏色"));
        QCOMPARE(item.size, QStringLiteral("均码"));
        QVERIFY(item.attributesJson.contains(QStringLiteral("\"尺码\":\"均码\"")));
    }
};

QTEST_GUILESS_MAIN(TestFieldParsers)
#include "test_field_parsers.moc"
