// The manager's reports on the hand-worked shop: every view's model agrees
// with `report --json`; the monthly PDF has its pages and KPI figures; the
// reports page opens every view and the lifecycle chart opens the customers.
#include "Clock.h"
#include "TestFiles.h"
#include "analytics/AnalyticsService.h"
#include "analytics/ReportJson.h"
#include "analytics/ReportTables.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "customers/CustomersPage.h"
#include "importing/OrderImporter.h"
#include "reports/MonthlyReportPdf.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportViewWidget.h"
#include "reports/ReportsPage.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace huitou;

class TestReports : public QObject
{
    Q_OBJECT
    // GUI tests run on a pinned shop date (the CLI they start inherits it).
    PinnedClock m_clock{QDateTime(QDate(2026, 11, 16), QTime(10, 0), QTimeZone("Asia/Shanghai"))};
    QTemporaryDir m_dir;
    QString m_db;
    ShopReport m_report;
    QJsonObject m_json;

    double cell(ReportView view, int row, int column)
    {
        ReportTableModel model;
        model.setTable(buildReportTable(m_report, view));
        return model.data(model.index(row, column)).toDouble();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_db = m_dir.filePath(QStringLiteral("shop.db"));
        QString error;
        QVERIFY(Database::open(StoreLocation::file(m_db), QStringLiteral("gui"), &error));
        ImportOptions options;
        options.mapping = ColumnMapping::fromSpec(QStringLiteral("customer=customer,order=order,time=paid_at,"
                                                                 "amount=amount,refund=refund,status=status,"
                                                                 "quantity=quantity,address=address"),
                                                  &error);
        const ImportResult r = OrderImporter(std::make_unique<ImportStore>(Database::connection(QStringLiteral("gui"))),
                                             options)
                                   .importFile(test::testDataPath(QStringLiteral("report/small_shop/orders.csv")));
        QVERIFY(r.ok());
        m_report = *AnalyticsService(Database::connection(QStringLiteral("gui"))).report(QDate(2024, 6, 30), &error);
        m_json = QJsonDocument::fromJson(reportToJson(m_report).toUtf8()).object();
    }

    void cleanupTestCase() { Database::close(QStringLiteral("gui")); }

    void everyModelIsAProperModel()
    {
        for (int v = 0; v < int(ReportView::Count); ++v) {
            ReportTableModel model;
            QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setTable(buildReportTable(m_report, ReportView(v)));
            QVERIFY(model.columnCount() > 0);
        }
    }

    void modelsAgreeWithTheReportJson()
    {
        const QJsonObject life = m_json.value(QStringLiteral("lifecycle")).toObject();
        const char *const stages[] = {"active", "silent", "sleeping", "lost"};
        for (int s = 0; s < 4; ++s) {
            const QJsonObject stage = life.value(QString::fromLatin1(stages[s])).toObject();
            QCOMPARE(cell(ReportView::Lifecycle, s, 0), stage.value(QStringLiteral("new")).toDouble());
            QCOMPARE(cell(ReportView::Lifecycle, s, 1), stage.value(QStringLiteral("returning")).toDouble());
        }
        const QJsonArray stageRepurchase = m_json.value(QStringLiteral("stage_repurchase")).toArray();
        for (int m = 0; m < 12; ++m) {
            const QJsonObject row = stageRepurchase[m].toObject();
            for (int s = 0; s < 4; ++s) {
                const QJsonValue v = row.value(QString::fromLatin1(stages[s]));
                ReportTableModel model;
                model.setTable(buildReportTable(m_report, ReportView::StageRepurchase));
                const QVariant shown = model.data(model.index(m, s));
                QCOMPARE(shown.isValid(), !v.isNull());
                if (!v.isNull())
                    QCOMPARE(shown.toDouble(), std::round(v.toDouble() * 10000) / 100);
            }
        }
        const QJsonArray second = m_json.value(QStringLiteral("second_purchase_rate")).toArray();
        for (int c = 0; c < second.size(); ++c)
            QCOMPARE(cell(ReportView::SecondPurchase, c, 2),
                     second[c].toObject().value(QStringLiteral("w180")).toDouble() * 100);
        const QJsonObject tiers = m_json.value(QStringLiteral("tiers")).toObject();
        QCOMPARE(cell(ReportView::Tiers, 0, 3), tiers.value(QStringLiteral("supreme_vip")).toDouble());
        QCOMPARE(cell(ReportView::Tiers, 3, 3), tiers.value(QStringLiteral("regular")).toDouble());
        const QJsonObject segments = m_json.value(QStringLiteral("rfm_segments")).toObject();
        QCOMPARE(cell(ReportView::RfmSegments, 5, 0), segments.value(QStringLiteral("general_develop")).toDouble());
        const QJsonObject histogram = m_json.value(QStringLiteral("repurchase_interval"))
                                          .toObject()
                                          .value(QStringLiteral("histogram"))
                                          .toObject();
        QCOMPARE(cell(ReportView::Intervals, 3, 0), histogram.value(QStringLiteral("31-60")).toDouble());
        const QJsonObject aov = m_json.value(QStringLiteral("aov_by_frequency")).toObject();
        QCOMPARE(cell(ReportView::Frequency, 2, 0),
                 aov.value(QStringLiteral("3")).toObject().value(QStringLiteral("aov")).toDouble());
        const QJsonArray retention = m_json.value(QStringLiteral("cohort_retention")).toArray();
        QCOMPARE(cell(ReportView::Retention, 1, 3),
                 retention[1].toObject().value(QStringLiteral("months")).toArray()[2].toDouble() * 100);
        const QJsonArray regions = m_json.value(QStringLiteral("regions")).toArray();
        for (int r = 0; r < regions.size(); ++r)
            QCOMPARE(cell(ReportView::Regions, r, 1),
                     regions[r].toObject().value(QStringLiteral("revenue")).toDouble());
        const QJsonArray share = m_json.value(QStringLiteral("returning_buyer_share")).toArray();
        QCOMPARE(cell(ReportView::NewReturning, 11, 0) + cell(ReportView::NewReturning, 11, 1),
                 share[11].toObject().value(QStringLiteral("buyers")).toDouble());
        // R × F: every customer is in one cell.
        double total = 0;
        for (int r = 0; r < 5; ++r)
            for (int f = 0; f < 5; ++f)
                total += cell(ReportView::RfHeatmap, r, f);
        QCOMPARE(total, m_json.value(QStringLiteral("customers")).toDouble());
    }

    void csvExportHoldsTheTable()
    {
        const QByteArray csv = buildReportTable(m_report, ReportView::Lifecycle).toCsv();
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        QVERIFY(csv.contains("Active,2,1,3,50"));
    }

    void monthlyPdfFromTheCli()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("june.pdf"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        cli.setProcessEnvironment(env);
        cli.start(qEnvironmentVariable("HUITOU_CLI"),
                  {QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("--month"),
                   QStringLiteral("2024-06"), QStringLiteral("--pdf"), pdf});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        QVERIFY(QFileInfo(pdf).size() > 10000);
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(30000));
        const QString meta = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(meta.contains(QStringLiteral("A4")), qPrintable(meta));
        const int pages = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1).toInt();
        QVERIFY2(pages >= 5, qPrintable(meta)); // KPIs + ten charts, two a page, + definitions
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        const QString body = QString::fromUtf8(text.readAllStandardOutput()).simplified();
        // June 2024: buyers A and E (2, May: 0), revenue ¥420.00 (May ¥0.00), 6 customers (May 5).
        QVERIFY2(body.contains(QStringLiteral("Buyers in the month 2 0 +2")), qPrintable(body.left(600)));
        QVERIFY(!body.contains(QStringLiteral("Double-click"))); // the screen's hints are not printed
        QVERIFY(body.contains(QStringLiteral("Revenue in the month ¥420.00 ¥0.00 +¥420.00")));
        QVERIFY(body.contains(QStringLiteral("Customers (all time) 6 5 +1")));
        QVERIFY(body.contains(QStringLiteral("2024-06")));
        QVERIFY(body.contains(QStringLiteral("Valid order: paid"))); // the definitions page
    }

    void reportsPageOpensEveryViewAndClicksThrough()
    {
        MainWindow window(m_db, QStringLiteral("gui"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReportsPage *page = window.reportsPage();
        QSignalSpy refreshed(page, &ReportsPage::refreshed);
        window.showPage(MainWindow::Reports);
        page->setMonth(QDate(2024, 6, 15));
        QTRY_VERIFY_WITH_TIMEOUT(page->report() && page->report()->asOf == QDate(2024, 6, 30), 20000);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
        // The shop's views, then the six voice-of-the-customer views (the last: product feedback).
        QCOMPARE(tabs->count(), int(ReportView::Count) + 6);
        for (int v = 0; v < int(ReportView::Count); ++v) {
            tabs->setCurrentIndex(v);
            ReportViewWidget *view = page->view(v);
            QVERIFY(view->isVisible());
            QVERIFY(view->model()->rowCount() > 0 || v == int(ReportView::Intervals));
            const bool heatmap = view->model()->table().chart == ReportTable::Chart::Heatmap;
            QCOMPARE(view->chartView()->isVisible(), !heatmap);
            QVERIFY(!view->picture(QSize(600, 400)).isNull());
        }
        // The lifecycle chart's bar for silent / returning opens those customers, counted as of the
        // report's day (2024-06-30), not today: the list shows the bar's number.
        QSignalSpy asOfChanged(window.workspace(), &Workspace::asOfChanged);
        emit page->view(int(ReportView::Lifecycle))->barActivated(1, 1);
        QVERIFY(window.customersPage()->isVisible());
        QVERIFY(asOfChanged.wait(20000));
        QCOMPARE(window.workspace()->asOf(), QDate(2024, 6, 30));
        QTRY_COMPARE_WITH_TIMEOUT(window.customersPage()->matchCount(), qint64(page->report()->lifecycle[1][1]), 10000);
        QCOMPARE(window.customersPage()->matchCount(), 1); // C (README: silent / returning)
        // The drill-down left two filters on: one button puts them back, and everyone counted is listed.
        auto *clear = window.customersPage()->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
        QVERIFY(clear && clear->isVisible());
        qint64 everyone = 0;
        for (const auto &stage : page->report()->lifecycle)
            for (const auto count : stage)
                everyone += count;
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(window.customersPage()->matchCount(), everyone, 10000);
        QVERIFY(!clear->isVisible());
    }

    // A period with nothing to draw (no survey answers, say) showed empty axes 0–1; now a line says so.
    void aPeriodWithNothingToDrawSaysSo()
    {
        ReportTable zeros;
        zeros.view = ReportView::ProductFeedback;
        zeros.chart = ReportTable::Chart::GroupedBars;
        zeros.columns = {QStringLiteral("Answers")};
        zeros.firstSeriesColumn = 0;
        zeros.seriesCount = 1;
        zeros.rowLabels = {QStringLiteral("1"), QStringLiteral("2")};
        zeros.cells = {{0}, {0}};
        ReportViewWidget widget(ReportView::ProductFeedback);
        widget.resize(800, 600);
        widget.show();
        widget.setTable(zeros);
        QVERIFY(!widget.hasChart());
        auto *noData = widget.findChild<QLabel *>(QStringLiteral("reportNoData"));
        QVERIFY(noData && noData->isVisible());
        zeros.cells = {{0}, {3}};
        widget.setTable(zeros);
        QVERIFY(widget.hasChart());
        QVERIFY(!noData->isVisible());
    }

    // Product feedback ranks products by returns + complaints: the chart stacks the two, reads top-down
    // in the table's order, and leaves out products with neither (they crowded out the labels).
    void productRankingReadsTopDownAndSkipsQuietProducts()
    {
        ReportTable t;
        t.view = ReportView::ProductFeedback;
        t.chart = ReportTable::Chart::HorizontalBars;
        t.columns = {QStringLiteral("Returns"), QStringLiteral("Complaints")};
        t.firstSeriesColumn = 0;
        t.seriesCount = 2;
        t.rowLabels = {QStringLiteral("dress"), QStringLiteral("coat"), QStringLiteral("scarf")};
        t.cells = {{2, 1}, {0, 1}, {0, 0}};
        ReportViewWidget widget(ReportView::ProductFeedback);
        widget.setTable(t);
        QVERIFY(widget.hasChart());
        QChart *chart = widget.chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        QVERIFY(qobject_cast<QHorizontalStackedBarSeries *>(chart->series().first()));
        auto *axis = qobject_cast<QBarCategoryAxis *>(chart->axes(Qt::Vertical).first());
        QVERIFY(axis);
        // Qt draws the first category at the bottom, so the top row comes last.
        QCOMPARE(axis->categories(), (QStringList{QStringLiteral("coat"), QStringLiteral("dress")}));
        auto *bars = static_cast<QHorizontalStackedBarSeries *>(chart->series().first());
        QCOMPARE(bars->barSets().at(0)->at(1), 2.0); // dress's returns
        QCOMPARE(bars->barSets().at(1)->at(0), 1.0); // coat's complaints
    }
};

QTEST_MAIN(TestReports)
#include "test_reports.moc"
