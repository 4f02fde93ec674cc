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
    QList<bool> oversized, tooManyFields, nul, badEncoding;
};

Read readAll(const QByteArray &bytes, qsizetype maxBytes = CsvReader::kMaxRecordBytes,
             qsizetype maxFields = CsvReader::kMaxFields)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const auto encoding = TextEncoding::detect(buffer);
    CsvReader reader(&buffer, encoding);
    reader.setLimits(maxBytes, maxFields);
    Read out;
    CsvRecord r;
    while (reader.next(r)) {
        QStringList fields;
        for (qsizetype i = 0; i < r.fieldCount(); ++i)
            fields << r.text(i);
        out.rows << fields;
        out.lines << r.line();
        out.unterminated << r.unterminated();
        out.oversized << r.oversized();
        out.tooManyFields << r.tooManyFields();
        out.nul << r.hasNul();
        out.badEncoding << r.badEncoding();
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
        QCOMPARE(r.rows[1],
                 (QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines")}));
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("plain"), QString(), QStringLiteral("end")}));
        // Physical lines: the record with an embedded newline spans lines 2-3.
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 4}));
    }

    void excelWrappedValuesAreUnwrapped()
    {
        const Read r = readAll("id,empty,quoted\n=\"2089123456789\",=\"\",\"=\"\"35153131473293579\"\"\"\n");
        QCOMPARE(r.rows[1],
                 (QStringList{QStringLiteral("2089123456789"), QString(), QStringLiteral("35153131473293579")}));
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
        // Issue 13 item 3: one stray byte made a UTF-8 file GB18030 (张三 -> 寮犱笁).
        QByteArray stray = test::encode(QStringLiteral("订单编号,买家会员名\n1,张三\n2,李四\n3,王五\n"), "UTF-8");
        stray.insert(stray.indexOf("2,") + 2, '\xFF');
        QTest::newRow("utf8 with a stray byte") << stray << int(TextEncoding::Utf8);
        QTest::newRow("gb18030 text stays gb18030")
            << test::encode(QStringLiteral("订单编号,买家会员名,收货地址\n1,张三,浙江省杭州市西湖区\n"), "GB18030")
            << int(TextEncoding::Gb18030);
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

    // Issue 13 item 1: "CSV (Macintosh)" ends lines with CR only; the reader
    // saw one endless line and imported nothing.
    void crOnlyLineEndings()
    {
        const Read r = readAll("a,b\r1,2\r3,\"x\ry\"\r4,5\r");
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.rows[1], (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("3"), QStringLiteral("x\ry")})); // data inside quotes
        QCOMPARE(r.rows[3], (QStringList{QStringLiteral("4"), QStringLiteral("5")}));
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 3, 5}));
    }

    void mixedLineEndings()
    {
        // CRLF, LF, CR, a blank CR line, CRLF inside quotes, no final newline.
        const Read r = readAll("a,b\r\n1,2\n3,4\r\r5,\"p\r\nq\"\r6,7");
        QCOMPARE(r.rows.size(), 5);
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        QCOMPARE(r.rows[3][1], QStringLiteral("p\r\nq"));
        QCOMPARE(r.rows[4], (QStringList{QStringLiteral("6"), QStringLiteral("7")}));
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 3, 5, 7}));
    }

    void crAtAReadChunkBoundaryEndsOneRecord()
    {
        // The CR of a CRLF is the last byte of the first 1 MiB read.
        QByteArray bytes = "id,text\n";
        const qsizetype fill = (1 << 20) - bytes.size() - 3;
        bytes += "1," + QByteArray(fill, 'x') + "\r\n2,y\n";
        const Read r = readAll(bytes);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("2"), QStringLiteral("y")}));
        QCOMPARE(r.lines[2], 3);
    }

    // Issue 13 item 9: limits keep memory bounded; the record is flagged, the
    // next one read normally, and line numbers stay right.
    void overlongRecordIsSkippedAndFlagged()
    {
        QByteArray bytes = "a,b\n1,\"" + QByteArray(5000, 'x') + "\n" + QByteArray(5000, 'y') + "\"\n2,3\n";
        const Read r = readAll(bytes, 4096, 100);
        QCOMPARE(r.rows.size(), 3);
        QVERIFY(r.oversized[1]);
        QCOMPARE(r.rows[1].size(), 0);
        QCOMPARE(r.rows[2], (QStringList{QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(r.lines, (QList<qint64>{1, 2, 4}));
    }

    void overlongRecordLongerThanTheReadBuffer()
    {
        // 3 MiB of a,a,a… on one line with a 1 MiB limit: skipped streaming.
        QByteArray line;
        line.reserve(3 << 20);
        while (line.size() < (3 << 20))
            line += "a,";
        const Read r = readAll("h\n" + line + "\r\nlast\n", 1 << 20, 1000000);
        QCOMPARE(r.rows.size(), 3);
        QVERIFY(r.oversized[1]);
        QCOMPARE(r.rows[2], QStringList{QStringLiteral("last")});
        QCOMPARE(r.lines[2], 3);
    }

    void tooManyFieldsIsFlagged()
    {
        const Read r = readAll("a\n1,2,3,4,5,6\n7\n", 1 << 20, 4);
        QVERIFY(r.tooManyFields[1]);
        QCOMPARE(r.rows[1].size(), 4);
        QVERIFY(!r.tooManyFields[2]);
    }

    void nulBytesAndBadBytesAreFlagged()
    {
        QByteArray bytes = test::encode(QStringLiteral("a,b\n张三,1\n李四,2\n王五,3\n"), "UTF-8");
        bytes.insert(bytes.indexOf("2\n"), '\0');
        bytes.insert(bytes.indexOf("王五") + 3, '\xC3');
        const Read r = readAll(bytes);
        QCOMPARE(r.rows.size(), 4);
        QCOMPARE(r.nul, (QList<bool>{false, false, true, false}));
        QCOMPARE(r.badEncoding, (QList<bool>{false, false, false, true}));
        QCOMPARE(r.rows[1][0], QStringLiteral("张三")); // decoded as UTF-8, not GB18030
        QVERIFY(r.rows[3][0].contains(QChar(QChar::ReplacementCharacter)));
    }

    void invalidGb18030IsFlaggedByLine()
    {
        QByteArray bytes = test::encode(QStringLiteral("a,b\n张三,1\n李四,2\n"), "GB18030");
        bytes.insert(bytes.lastIndexOf(",2"), "\x81\x20"); // a lead byte without its trail
        const Read r = readAll(bytes);
        QCOMPARE(r.badEncoding, (QList<bool>{false, false, true}));
        QCOMPARE(r.rows[1][0], QStringLiteral("张三"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csv_reader.moc"
