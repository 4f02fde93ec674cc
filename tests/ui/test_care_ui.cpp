// Care and the voice of the customer, clicked through the real main window
// (offscreen) on the fixture shop of tests/data/care/shop, with the clock
// pinned to 2026-10-20.
#include "Clock.h"
#include "TestFiles.h"
#include "app/MainWindow.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "care/CallbacksPage.h"
#include "care/TodayModel.h"
#include "care/TodayPage.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/ProfilePane.h"
#include "feedback/ToConfirmPage.h"
#include "importing/OrderImporter.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportViewWidget.h"
#include "reports/ReportsPage.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

#include <functional>
#include <memory>

using namespace huitou;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

// Runs FILL on the next modal dialog as soon as it opens.
void onNextDialog(std::function<void(QDialog *)> fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            onNextDialog(fill);
            return;
        }
        fill(dialog);
    });
}

int rowOf(const TodayModel *model, const QString &key, const QString &task)
{
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->item(r)->customerKey == key && model->item(r)->taskKey == task)
            return r;
    return -1;
}

} // namespace

class TestCareUi : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    int m_round = 0;

    void openWindow()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
        const QString path = m_dir.filePath(QStringLiteral("care%1.db").arg(++m_round));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("gui"), &error), qPrintable(error));
        ImportOptions options;
        options.mapping.customer = QStringLiteral("customer");
        options.mapping.order = QStringLiteral("order");
        options.mapping.time = QStringLiteral("paid_at");
        options.mapping.amount = QStringLiteral("amount");
        options.mapping.status = QStringLiteral("status");
        const ImportResult r = OrderImporter(std::make_unique<ImportStore>(Database::connection(QStringLiteral("gui"))),
                                             options)
                                   .importFile(test::testDataPath(QStringLiteral("care/shop/orders.csv")));
        QVERIFY2(r.ok(), qPrintable(r.error));
        m_window = std::make_unique<MainWindow>(path, QStringLiteral("gui"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QSqlDatabase db() const { return m_window->workspace()->db(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HuitouTest"));
        Clock::pin(QDateTime(QDate(2026, 10, 20), QTime(10, 0), QTimeZone("Asia/Shanghai")));
        Staff::setName(QStringLiteral("测试员"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
        Clock::pin(QDateTime());
    }

    void staffNameInTheStatusBar()
    {
        openWindow();
        auto *label = m_window->findChild<QLabel *>(QStringLiteral("statusStaff"));
        QVERIFY(label->text().contains(QStringLiteral("测试员")));
    }

    void touchDoneAndUndone()
    {
        openWindow();
        m_window->showPage(MainWindow::Today);
        TodayPage *page = m_window->todayPage();
        QVERIFY(page->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("N1"), QStringLiteral("touch:0")) >= 0, 10000);
        const int touches = page->model()->result().counts[int(TodayKind::Touch)];
        QCOMPARE(touches, 9); // the fixture's 8, plus N6's day-0 touch, not closed here
        auto *table = page->findChild<QTableView *>(QStringLiteral("todayTable"));
        table->selectRow(rowOf(page->model(), QStringLiteral("N1"), QStringLiteral("touch:0")));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("todayDone")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("N1"), QStringLiteral("touch:0")), -1, 10000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT staff || '/' || status FROM care_tasks")).toString(),
                 QStringLiteral("测试员/done"));
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(page->model(), QStringLiteral("N1"), QStringLiteral("touch:0")) >= 0, 10000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM care_tasks WHERE undone_at IS NOT NULL")).toInt(),
                 1);
        // Another day: the date control.
        page->findChild<QDateEdit *>(QStringLiteral("todayDate"))->setDate(QDate(2026, 10, 28));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->result().asOf, QDate(2026, 10, 28), 10000);
    }

    // A birthday typed into a profile shows among today's greetings the next
    // time the list is looked at, without a restart.
    void birthdaySetInAProfileShowsToday()
    {
        openWindow();
        m_window->showPage(MainWindow::Today);
        TodayPage *today = m_window->todayPage();
        QTRY_VERIFY_WITH_TIMEOUT(today->model()->result().asOf == QDate(2026, 10, 20), 10000);
        // Past the store watcher's first look (it reports the import, which refreshes the list anyway).
        QTest::qWait(1500);
        const int before = today->model()->result().counts[int(TodayKind::Birthday)];
        m_window->showPage(MainWindow::Customers);
        CustomersPage *customers = m_window->customersPage();
        QTRY_VERIFY_WITH_TIMEOUT(customers->model()->rowCount() > 0, 10000);
        customers->findChild<QTableView *>(QStringLiteral("customerTable"))->selectRow(0);
        ProfilePane *profile = customers->profile();
        QTRY_VERIFY(profile->customerId() != 0);
        auto *birthday = profile->findChild<QLineEdit *>(QStringLiteral("birthdayEdit"));
        birthday->setText(QStringLiteral("10-22")); // in two days
        QVERIFY(profile->commitProfile());
        m_window->showPage(MainWindow::Today);
        QTRY_COMPARE_WITH_TIMEOUT(today->model()->result().counts[int(TodayKind::Birthday)], before + 1, 10000);
    }

    void drawSampleAndFillSurvey()
    {
        openWindow();
        m_window->showPage(MainWindow::Callbacks);
        CallbacksPage *page = m_window->callbacksPage();
        page->findChild<QDateEdit *>(QStringLiteral("sampleMonth"))->setDate(QDate(2026, 11, 1));
        page->findChild<QSpinBox *>(QStringLiteral("sampleSize"))->setValue(3);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("drawSampleButton")), Qt::LeftButton);
        auto *members = page->findChild<QTableWidget *>(QStringLiteral("sampleMembers"));
        QTRY_COMPARE_WITH_TIMEOUT(members->rowCount(), 3, 10000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT seed || '/' || staff FROM callback_samples")).toString(),
                 QStringLiteral("202611/测试员"));
        // Phones stay masked in the list.
        onNextDialog([](QDialog *dialog) {
            auto *satisfaction = dialog->findChild<QComboBox *>(QStringLiteral("surveySatisfaction"));
            satisfaction->setCurrentIndex(satisfaction->findData(4));
            auto *buyAgain = dialog->findChild<QComboBox *>(QStringLiteral("surveyBuyAgain"));
            buyAgain->setCurrentIndex(buyAgain->findData(QStringLiteral("yes")));
            dialog->findChild<QCheckBox *>(QStringLiteral("surveyFollowUp"))->setChecked(true);
            dialog->findChild<QLineEdit *>(QStringLiteral("surveyProblemText"))->setText(QStringLiteral("裤子有点短"));
            QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("surveySave")), Qt::LeftButton);
        });
        page->openSurvey(0);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM survey_answers")).toInt(), 1, 5000);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT satisfaction FROM survey_answers")).toInt(), 4);
        auto *progress = page->findChild<QLabel *>(QStringLiteral("sampleProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(progress->text().startsWith(QStringLiteral("1 ")), 5000);
        auto *results = page->findChild<ReportViewWidget *>(QStringLiteral("surveyResults"));
        QCOMPARE(results->model()->table().cells[3][0].toInt(), 1); // one answer with satisfaction 4
        // The follow-up is on Today.
        m_window->showPage(MainWindow::Today);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->todayPage()->model()->result().counts[int(TodayKind::FollowUp)], 1, 10000);
        // Undo withdraws the answer.
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT COUNT(*) FROM survey_answers WHERE superseded_at IS NULL")).toInt(), 0);
    }

    void logComplaintSeeTopFiveAndTimeline()
    {
        openWindow();
        const qint64 n2 = CustomerStore(db()).idOf(QStringLiteral("N2"));
        m_window->openCustomer(n2);
        ProfilePane *profile = m_window->customersPage()->profile();
        QTRY_COMPARE(profile->customerId(), n2);
        onNextDialog([](QDialog *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("reasonKind"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("complaint")));
            auto *reason = dialog->findChild<QComboBox *>(QStringLiteral("reasonCode"));
            // No reason chosen for her: OK waits for one.
            auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(reason->currentData().toString().isEmpty());
            QVERIFY(!ok->isEnabled());
            reason->setCurrentIndex(reason->findData(QStringLiteral("size_small")));
            QVERIFY(ok->isEnabled());
            auto *order = dialog->findChild<QComboBox *>(QStringLiteral("reasonOrder"));
            // The newest order comes selected, its amount shown.
            QVERIFY(order->currentIndex() == 1 && order->currentText().contains(QStringLiteral("¥")));
            order->setCurrentIndex(order->findData(QStringLiteral("N2-1")));
            dialog->findChild<QLineEdit *>(QStringLiteral("reasonText"))->setText(QStringLiteral("偏小一码"));
            dialog->accept();
        });
        QTest::mouseClick(profile->findChild<QPushButton *>(QStringLiteral("logReasonButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scalar(db(), QStringLiteral("SELECT COUNT(*) FROM reason_entries")).toInt(), 1, 5000);
        QCOMPARE(scalar(db(),
                        QStringLiteral("SELECT o.order_no FROM reason_entries e JOIN orders o ON o.id = e.order_id"))
                     .toString(),
                 QStringLiteral("N2-1"));
        // Said in the pane, as every save there.
        QTRY_VERIFY(profile->findChild<QLabel *>(QStringLiteral("profileSavedLabel"))
                        ->text()
                        .contains(QStringLiteral("complaint")));
        // In the timeline, signed.
        auto *timeline = profile->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QTRY_VERIFY(timeline->topLevelItemCount() >= 2);
        QTreeWidgetItem *newest = timeline->topLevelItem(0);
        QCOMPARE(newest->data(0, Qt::UserRole).toString(), QStringLiteral("reason"));
        QVERIFY(newest->text(1).contains(QStringLiteral("N2-1")));
        QCOMPARE(newest->text(2), QStringLiteral("测试员"));
        // On the Top 5 of the month.
        ReportsPage *reports = m_window->reportsPage();
        QSignalSpy voice(reports, &ReportsPage::voiceRefreshed);
        m_window->showPage(MainWindow::Reports);
        reports->setMonth(QDate(2026, 10, 20)); // the month of the complaint
        QTRY_VERIFY_WITH_TIMEOUT(reports->voiceView(0)->model()->rowCount() == 1, 10000);
        QCOMPARE(reports->voiceView(0)->model()->table().rowKeys.first(), QStringLiteral("size_small"));
        // A dated note in the timeline too; undo removes it from the profile.
        m_window->showPage(MainWindow::Customers);
        profile->findChild<QPlainTextEdit *>(QStringLiteral("newNoteEdit"))->setPlainText(QStringLiteral("穿L码"));
        QTest::mouseClick(profile->findChild<QPushButton *>(QStringLiteral("addNoteButton")), Qt::LeftButton);
        QTRY_VERIFY(timeline->topLevelItem(0)->text(1).contains(QStringLiteral("穿L码")));
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_VERIFY(!timeline->topLevelItem(0)->text(1).contains(QStringLiteral("穿L码")));
    }

    void confirmSuggestedReviewReason()
    {
        openWindow();
        m_window->showPage(MainWindow::Reviews);
        ToConfirmPage *page = m_window->toConfirmPage();
        QSignalSpy imported(page, &ToConfirmPage::imported);
        page->importReviews(test::testDataPath(QStringLiteral("feedback/reviews.csv")), QStringLiteral("订单编号"),
                            QStringLiteral("评分"), QStringLiteral("评价内容"), QStringLiteral("评价时间"));
        QVERIFY(imported.wait(10000));
        QTRY_COMPARE_WITH_TIMEOUT(page->pending(), 4, 5000);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("toConfirmTable"));
        table->setFocus();
        table->selectRow(0);
        const qint64 entry = table->item(0, 0)->data(Qt::UserRole).toLongLong();
        // One key press accepts the suggestion.
        QTest::keyClick(table, Qt::Key_Return);
        QTRY_COMPARE(page->pending(), 3);
        QCOMPARE(scalar(db(), QStringLiteral("SELECT confirmed FROM reason_entries WHERE id = %1").arg(entry)).toInt(),
                 1);
        // Delete dismisses (softly).
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_Delete);
        QTRY_COMPARE(page->pending(), 2);
        QCOMPARE(
            scalar(db(), QStringLiteral("SELECT COUNT(*) FROM reason_entries WHERE deleted_at IS NOT NULL")).toInt(),
            1);
        // Undo brings the dismissed one back; undo again unconfirms the first.
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_COMPARE(page->pending(), 3);
        m_window->findChild<QAction *>(QStringLiteral("undoAction"))->trigger();
        QTRY_COMPARE(page->pending(), 4);
    }
};

QTEST_MAIN(TestCareUi)
#include "test_care_ui.moc"
