// The engine against real data with published answers: CDNOW (Fader, Hardie
// & Lee 2005), imported through the generic CSV path like any shop file.
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "analytics/BgNbd.h"
#include "importing/OrderImporter.h"
#include "storage/ImportStore.h"

#include <QFile>
#include <QHash>
#include <QSqlQuery>
#include <QTextStream>
#include <QtTest>

using namespace huitou;

namespace {

QString shared(const QString &relative)
{
    return qEnvironmentVariable("HUITOU_TEST_DATA") + QStringLiteral("/cdnow/") + relative;
}

// CDNOW's whitespace-separated transactions to a generic CSV: customer,
// order (line number), date, amount. ID_COLUMN picks the customer id.
// CDNOW has purchases of $0.00 (free CDs) that the published summaries count
// as purchases; under DESIGN.md a zero-amount order is not valid, so they
// become a nominal $0.01 here (*ZEROS counts them).
QString toCsv(const QString &source, const QString &target, int idColumn, int dateColumn, int amountColumn, int *zeros)
{
    *zeros = 0;
    QFile in(source), out(target);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly))
        return {};
    QTextStream w(&out);
    w << "customer,order,date,amount\n";
    int line = 0;
    while (!in.atEnd()) {
        const QList<QByteArray> f = in.readLine().simplified().split(' ');
        ++line;
        if (f.size() <= amountColumn || !f[dateColumn].startsWith("19"))
            continue; // header
        const QByteArray d = f[dateColumn];
        const bool zero = f[amountColumn].toDouble() == 0.0;
        *zeros += zero;
        w << f[idColumn] << ',' << line << ',' << d.left(4) << '-' << d.mid(4, 2) << '-' << d.mid(6, 2) << ','
          << (zero ? QByteArray("0.01") : f[amountColumn]) << '\n';
    }
    return target;
}

ShopReport importAndReport(const test::TestStore &store, const QString &csv, const QDate &asOf)
{
    ImportOptions options;
    options.mapping.customer = QStringLiteral("customer");
    options.mapping.order = QStringLiteral("order");
    options.mapping.time = QStringLiteral("date");
    options.mapping.amount = QStringLiteral("amount");
    const ImportResult r = OrderImporter(std::make_unique<ImportStore>(store.db()), options).importFile(csv);
    if (!r.ok() || r.counts.rejected)
        qFatal("CDNOW import failed: %s", qPrintable(r.error));
    QString error;
    const auto report = AnalyticsService(store.db()).report(asOf, &error);
    if (!report)
        qFatal("%s", qPrintable(error));
    return *report;
}

} // namespace

class TestCdnow : public QObject
{
    Q_OBJECT
private slots:
    void reproducesTheCalibrationSummary()
    {
        test::TestStore store;
        int zeros = 0;
        const QString csv = toCsv(shared(QStringLiteral("CDNOW_sample.txt")), store.dir() + QStringLiteral("/s.csv"), 1,
                                  2, 4, &zeros);
        QVERIFY(zeros > 0);
        const QDate calibrationEnd(1997, 9, 30);
        const ShopReport r = importAndReport(store, csv, calibrationEnd);

        QHash<qint64, QString> keyOf;
        {
            QSqlQuery q(store.db());
            q.exec(QStringLiteral("SELECT id, customer_key FROM customers"));
            while (q.next())
                keyOf.insert(q.value(0).toLongLong(), q.value(1).toString());
        }
        QHash<int, const CustomerFigures *> byId;
        for (const CustomerFigures &f : r.perCustomer)
            byId.insert(keyOf.value(f.customerId).toInt(), &f);

        QFile summary(shared(QStringLiteral("cdnow_customers_summary.csv")));
        QVERIFY(summary.open(QIODevice::ReadOnly));
        summary.readLine();
        int rows = 0;
        std::vector<BgNbdCustomer> weeks;
        while (!summary.atEnd()) {
            const QList<QByteArray> p = summary.readLine().trimmed().split(',');
            if (p.size() != 4)
                continue;
            ++rows;
            const CustomerFigures *f = byId.value(p[0].toInt());
            QVERIFY2(f, p[0].constData());
            const qint32 end = qint32(calibrationEnd.toJulianDay());
            QCOMPARE(f->frequency - 1, p[1].toInt());
            QCOMPARE(QString::number((f->lastDay - f->firstDay) / 7.0, 'f', 2),
                     QString::number(p[2].toDouble(), 'f', 2));
            QCOMPARE(QString::number((end - f->firstDay) / 7.0, 'f', 2), QString::number(p[3].toDouble(), 'f', 2));
            weeks.push_back({f->frequency - 1, (f->lastDay - f->firstDay) / 7.0, (end - f->firstDay) / 7.0});
        }
        QCOMPARE(rows, 2357);
        QCOMPARE(int(r.perCustomer.size()), 2357);
        // 946 of the 2,357 repeat within the calibration period.
        QCOMPARE(r.lifecycle[0][1] + r.lifecycle[1][1] + r.lifecycle[2][1] + r.lifecycle[3][1], 946);

        // The fit on the engine's own (unrounded) summary, in weeks.
        BgNbdParameters p;
        QString error;
        QVERIFY2(BgNbd::fit(weeks, &p, &error), qPrintable(error));
        QVERIFY(std::abs(p.r / 0.2426 - 1) < 0.005);
        QVERIFY(std::abs(p.alpha / 4.4135 - 1) < 0.005);
        QVERIFY(std::abs(p.a / 0.7929 - 1) < 0.005);
        QVERIFY(std::abs(p.b / 2.4258 - 1) < 0.005);
        // The engine's own fit, in days, exists on the same data.
        QVERIFY2(r.bgNbd.has_value(), qPrintable(r.bgNbdError));
    }

    void masterShareOfRepeatBuyers()
    {
        test::TestStore store;
        int zeros = 0;
        const QString csv = toCsv(shared(QStringLiteral("CDNOW_master.txt")), store.dir() + QStringLiteral("/m.csv"), 0,
                                  1, 3, &zeros);
        QCOMPARE(zeros, 80);
        const ShopReport r = importAndReport(store, csv, QDate(1998, 6, 30));
        QCOMPARE(r.customers, 23570);
        const int returning = r.lifecycle[0][1] + r.lifecycle[1][1] + r.lifecycle[2][1] + r.lifecycle[3][1];
        QCOMPARE(returning, 11516);
        QCOMPARE(QString::number(100.0 * returning / r.customers, 'f', 2), QStringLiteral("48.86"));
        QCOMPARE(r.revenueFen, qint64(250031563) + zeros); // USD 2,500,315.63 plus the nominal cents
    }
};

QTEST_GUILESS_MAIN(TestCdnow)
#include "test_cdnow.moc"
