// The stored customer figures (issue 12): a recompute over figures already
// stored writes only the rows that changed, and the table it leaves is the
// one a fill from empty writes, row for row, whichever days the figures
// move between (later: recency and stages move; earlier: customers without
// a purchase yet lose their row; later again: they come back). On the small
// shop (tests/data/report/small_shop).
#include "SmallShop.h"
#include "TestFiles.h"
#include "TestStore.h"
#include "analytics/AnalyticsService.h"
#include "importing/OrderImporter.h"
#include "storage/ImportStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace huitou;
using test::importSmallShop;

namespace {

QStringList rows(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    QStringList out;
    if (!q.exec(QStringLiteral("SELECT * FROM customer_metrics ORDER BY customer_id")))
        return {QStringLiteral("error")};
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

} // namespace

class TestMetricsUpdate : public QObject
{
    Q_OBJECT
    test::TestStore m_store;

private slots:
    void initTestCase()
    {
        const ImportResult r = importSmallShop(m_store.db());
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    void updatedEqualsFilled_data()
    {
        QTest::addColumn<QDate>("day");
        // From the day before: the first recompute fills the empty table.
        QTest::newRow("first fill") << QDate(2024, 6, 30);
        QTest::newRow("same day again") << QDate(2024, 6, 30);
        QTest::newRow("a month later") << QDate(2024, 7, 31);
        QTest::newRow("a year earlier") << QDate(2023, 6, 30);
        QTest::newRow("later again") << QDate(2024, 12, 31);
    }
    void updatedEqualsFilled()
    {
        QFETCH(QDate, day);
        QString error;
        AnalyticsService service(m_store.db());
        QVERIFY2(service.recompute(day, &error), qPrintable(error));
        const QStringList updated = rows(m_store.db());
        QVERIFY(!updated.isEmpty());
        QSqlQuery q(m_store.db());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM customer_metrics")));
        QVERIFY2(service.recompute(day, &error), qPrintable(error));
        QCOMPARE(updated, rows(m_store.db()));
    }
};

QTEST_GUILESS_MAIN(TestMetricsUpdate)
#include "test_metrics_update.moc"
