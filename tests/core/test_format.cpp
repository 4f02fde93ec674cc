// Issue 9, item 5: money in report tables was rounded to six significant
// digits (106908 for 106,908.30). One helper writes every figure.
#include "analytics/ReportTables.h"
#include "format/Format.h"

#include <QtTest>

using namespace huitou;

class TestFormat : public QObject
{
    Q_OBJECT
    const QLocale m_en{QLocale::English, QLocale::UnitedStates};
    const QLocale m_zh{QLocale::Chinese, QLocale::China};

private slots:
    void money_data()
    {
        QTest::addColumn<qint64>("fen");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("zh");
        QTest::newRow("the report's total")
            << qint64(10690830) << QStringLiteral("¥106,908.30") << QStringLiteral("¥106,908.30");
        QTest::newRow("five fen") << qint64(5) << QStringLiteral("¥0.05") << QStringLiteral("¥0.05");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("¥0.00") << QStringLiteral("¥0.00");
        QTest::newRow("a refund") << qint64(-1250) << QStringLiteral("-¥12.50") << QStringLiteral("-¥12.50");
        // Beyond double's exact cents it would still be exact: fen are integers.
        QTest::newRow("a billion") << qint64(123456789012) << QStringLiteral("¥1,234,567,890.12")
                                   << QStringLiteral("¥1,234,567,890.12");
    }

    void money()
    {
        QFETCH(qint64, fen);
        QFETCH(QString, en);
        QFETCH(QString, zh);
        QCOMPARE(format::money(fen, m_en), en);
        QCOMPARE(format::money(fen, m_zh), zh);
        QCOMPARE(format::amount(fen, m_en), QString(en).remove(QStringLiteral("¥")));
    }

    void followsTheLocale()
    {
        // A German system groups with dots and writes a decimal comma.
        QCOMPARE(format::amount(10690830, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("106.908,30"));
        // The C locale would print 2999: grouped all the same.
        QCOMPARE(format::integer(2999, QLocale::c()), QStringLiteral("2,999"));
    }

    void percentHasOneDecimalAlways()
    {
        QCOMPARE(format::percent(0.6834, m_en), QStringLiteral("68.3%"));
        QCOMPARE(format::percent(0.5, m_en), QStringLiteral("50.0%"));
        QCOMPARE(format::percent(1.0, m_zh), QStringLiteral("100.0%"));
        QCOMPARE(format::percent(0.00049, m_en), QStringLiteral("0.0%"));
        QCOMPARE(format::percent(std::optional<double>(), m_en), QStringLiteral("—"));
        QCOMPARE(format::percent(std::optional<double>(0.25), m_en), QStringLiteral("25.0%"));
    }

    void integersAreGrouped()
    {
        QCOMPARE(format::integer(2999, m_en), QStringLiteral("2,999"));
        QCOMPARE(format::integer(1000000, m_zh), QStringLiteral("1,000,000"));
        QCOMPARE(format::integer(-42, m_en), QStringLiteral("-42"));
        QCOMPARE(format::decimal(0.8512, 2, m_en), QStringLiteral("0.85"));
    }

    void reportCellsUseIt()
    {
        QLocale::setDefault(m_en);
        ReportTable t;
        t.columns = {QStringLiteral("Revenue (¥)"), QStringLiteral("Share"), QStringLiteral("Customers"),
                     QStringLiteral("Items per order")};
        t.moneyColumns = {0};
        t.shareColumns = {1};
        t.cells.push_back({QVariant(106908.30), QVariant(0.6834), QVariant(2898), QVariant(2.5)});
        t.cells.push_back({QVariant(), QVariant(), QVariant(0), QVariant()});
        QCOMPARE(t.displayText(0, 0), QStringLiteral("106,908.30")); // not 106908
        QCOMPARE(t.displayText(0, 1), QStringLiteral("68.3")); // the header says (%)
        QCOMPARE(t.columnHeader(1), QStringLiteral("Share (%)"));
        QCOMPARE(t.displayText(0, 2), QStringLiteral("2,898"));
        QCOMPARE(t.displayText(0, 3), QStringLiteral("2.50"));
        QCOMPARE(t.displayText(1, 0), QStringLiteral("—"));
        QCOMPARE(t.displayText(1, 2), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestFormat)
#include "test_format.moc"
