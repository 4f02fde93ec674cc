#include "TestFiles.h"
#include "importing/CsvReader.h"
#include "importing/TextEncoding.h"

#include <QBuffer>
#include <QtTest>

using namespace huitou;

namespace {

struct Read
{
    QList<QStringList> rows;
    QList<qint64> lines;
    QList<bool> unterminated;
};

Read readAll(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto encoding = TextEncoding::detect(buffer);
    CsvReader reader(&buffer, encoding);
    Read out;
    CsvRecord r;
    while (reader.next(r)) {
        QStringList fields;
        for (qsizetype i = 0; i < r.fieldCount(); ++i)
            fields << r.text(i);
        out.rows << fields;
        out.lines << r.line();
        out.unterminated << r.unterminated();
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT
private slots:
    void quotedFieldsWithCommasQuotesAndNewlines()
    {
        const Read r = readAll("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nplain,,end\r\n");
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[1], (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""),
                                         QStringLiteral("two\nlines")}));
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("plain"), QString(), QStringLiteral("end")}));
        // Physical lines: the record with an embedded newline spans lines 2-3.
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 4}));
    }

    void excelWrappedValuesAreUnwrapped()
    {
        const Read r = readAll("id,empty,quoted\n=\"2089123456789\",=\"\",\"=\"\"35153131473293579\"\"\"\n");
        QCOMPARE(r.rows[1], (QStringList{QStringLiteral("2089123456789"), QString(),
                                         QStringLiteral("35153131473293579")}));
    }

    void trailingCommaGivesOneEmptyField()
    {
        const Read r = readAll("a,b\n1,2,\n");
        QCOMPARE(r.rows[1].size(), 3);
        QCOMPARE(r.rows[1][2], QString());
    }

    void headerNamesAreTrimmed()
    {
        const Read r = readAll("\"收货地址 \",\"联系电话 \"\n x , y \n");
        QCOMPARE(r.rows[0], (QStringList{QStringLiteral("收货地址"), QStringLiteral("联系电话")}));
        QCOMPARE(r.rows[1], (QStringList{QStringLiteral("x"), QStringLiteral("y")}));
    }

    void blankLinesAreSkippedButCounted()
    {
        const Read r = readAll("a\n\n1\n\r\n2");
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.lines, (QList<qint64>{1, 3, 5}));
    }

    void unterminatedQuoteAtEndIsFlagged()
    {
        const Read r = readAll("a,b\n1,\"never closed\n");
        QCOMPARE(r.rows.size(), 2);
        QVERIFY(r.unterminated[1]);
    }

    void encodingDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("expected");
        const QString text = QStringLiteral("订单编号,买家会员名\n1,小王😊\n");
        QTest::newRow("utf8") << test::encode(text, "UTF-8") << int(TextEncoding::Utf8);
        QTest::newRow("utf8 bom") << test::encode(text, "UTF-8-BOM") << int(TextEncoding::Utf8Bom);
        QTest::newRow("gb18030 with 4-byte emoji") << test::encode(text, "GB18030") << int(TextEncoding::Gb18030);
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8);
        // A truncated UTF-8 sequence at the very end is not valid UTF-8.
        QTest::newRow("truncated utf8") << QByteArray("a\n\xE8\xAE") << int(TextEncoding::Gb18030);
    }

    void encodingDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, expected);
        QCOMPARE(int(TextEncoding::detect(bytes)), expected);
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        QCOMPARE(int(TextEncoding::detect(buffer)), expected);
        QCOMPARE(buffer.pos(), 0); // rewound for the reader
    }

    void gb18030TextIsDecoded()
    {
        const QString text = QStringLiteral("订单编号,买家留言\n=\"1\",\"喜欢😊, 包装好一点\"\n");
        const Read r = readAll(test::encode(text, "GB18030"));
        QCOMPARE(r.rows[0][0], QStringLiteral("订单编号"));
        QCOMPARE(r.rows[1][1], QStringLiteral("喜欢😊, 包装好一点"));
    }

    void bomIsSkipped()
    {
        const Read r = readAll(test::encode(QStringLiteral("订单编号\n1\n"), "UTF-8-BOM"));
        QCOMPARE(r.rows[0][0], QStringLiteral("订单编号"));
    }

    void recordsSpanningReadChunksAreWhole()
    {
        // More than one 1 MiB read buffer, with a long quoted field across the boundary.
        QByteArray bytes = "id,text\n";
        const QByteArray longText(700000, 'x');
        for (int i = 0; i < 4; ++i)
            bytes += QByteArray::number(i) + ",\"" + longText + "\n" + longText + "\"\n";
        const Read r = readAll(bytes);
        QCOMPARE(r.rows.size(), 5);
        for (int i = 1; i <= 4; ++i) {
            QCOMPARE(r.rows[i][0], QString::number(i - 1));
            QCOMPARE(r.rows[i][1].size(), 1400001);
        }
        QCOMPARE(r.lines[4], 8);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
