// Drives the real main window, offscreen, on a temporary store.
#include "Clock.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "demo/ShopGenerator.h"
#include "importing/ImportPage.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/TagStore.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace huitou;

namespace {

QVariant scalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0) : QVariant();
}

GeneratedShop generateShop(const QString &dir, int customers)
{
    GeneratorOptions o;
    o.customers = customers;
    o.seed = 99;
    o.end = Clock::today();
    GeneratedShop shop;
    QString error;
    if (!ShopGenerator(o).write(dir, &shop, &error))
        qFatal("%s", qPrintable(error));
    return shop;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
    // GUI tests run on a pinned shop date (the CLI they start inherits it).
    PinnedClock m_clock{QDateTime(QDate(2026, 11, 16), QTime(10, 0), QTimeZone("Asia/Shanghai"))};
    QTemporaryDir m_dir;
    GeneratedShop m_shop;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    int m_round = 0;

    void openWindow()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
        m_dbPath = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_round));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(m_dbPath), QStringLiteral("gui"), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_dbPath, QStringLiteral("gui"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    bool importShop()
    {
        m_window->showPage(MainWindow::Import);
        dialogs::setNextFiles({m_shop.orderFile, m_shop.itemFile});
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("chooseFilesButton")), Qt::LeftButton);
        auto *start = m_window->findChild<QPushButton *>(QStringLiteral("startImportButton"));
        if (!start->isEnabled())
            return false;
        QSignalSpy finished(m_window->importPage(), &ImportPage::importFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        return finished.wait(60000);
    }

    qint64 countShown() { return m_window->customersPage()->matchCount(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_shop = generateShop(m_dir.filePath(QStringLiteral("shop")), 400);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
    }

    void emptyStoreWelcomesAndOpensTheDemoShop()
    {
        openWindow();
        auto *stack = m_window->findChild<QWidget *>(QStringLiteral("welcomePage"));
        QVERIFY(stack && stack->isVisible());
        QSignalSpy reloaded(m_window->customersPage(), &CustomersPage::reloaded);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("welcomeDemoButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            scalar(m_window->workspace()->db(), QStringLiteral("SELECT COUNT(*) FROM customers")).toInt() > 1000,
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->customersPage()->isVisible(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(countShown() > 1000, 10000);
    }

    // Issue 13 item 11: File → Backups… lists the automatic backup made
    // before the import, makes one by hand, restores the store as it was
    // before the import, and undoes the restore with the backup it made.
    void backupsDialogRestoresAndUndoes()
    {
        openWindow();
        QVERIFY(importShop());
        const auto orders = [this] {
            return scalar(m_window->workspace()->db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toInt();
        };
        const int imported = orders();
        QVERIFY(imported > 0);
        m_window->findChild<QAction *>(QStringLiteral("backupsAction"))->trigger();
        auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("backupsDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupList"));
        const int automatic = list->count(); // one before each imported file
        QVERIFY(automatic >= 1);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backUpNow")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), automatic + 1, 20000);
        list->setCurrentRow(list->count() - 1); // the oldest: the store before the import
        dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreBackup")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(orders(), 0, 20000);
        auto *status = dialog->findChild<QLabel *>(QStringLiteral("backupStatus"));
        QTRY_VERIFY(status->text().contains(QStringLiteral("restore it to undo")));
        QCOMPARE(list->count(), automatic + 2);
        list->setCurrentRow(0); // the backup the restore made
        dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("restoreBackup")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(orders(), imported, 20000);
        dialog->close();
    }

    void importThroughTheWizard()
    {
        openWindow();
        QVERIFY(importShop());
        const QList<ImportResult> results = m_window->importPage()->lastResults();
        QCOMPARE(results.size(), 2);
        QVERIFY2(results[0].ok(), qPrintable(results[0].error));
        QCOMPARE(results[0].format, QStringLiteral("taobao-orders"));
        QCOMPARE(results[0].counts.inserted, m_shop.orders);
        QCOMPARE(results[1].counts.inserted, m_shop.items);
        QCOMPARE(scalar(m_window->workspace()->db(), QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong(),
                 m_shop.orders);
        // The history lists both imports; the customers page shows everyone.
        auto *history = m_window->findChild<QTableWidget *>(QStringLiteral("historyTable"));
        QCOMPARE(history->rowCount(), 2);
        m_window->showPage(MainWindow::Customers);
        // Everyone with a paid order; buyers without one are counted apart (issue 9).
        const qint64 unpaid = CustomerStore(m_window->workspace()->db()).countWithoutPaidOrder();
        QTRY_COMPARE_WITH_TIMEOUT(countShown() + unpaid, m_shop.customers, 10000);
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusCustomerCount"));
        // Counted on a worker thread: it arrives a moment after the page.
        QTRY_VERIFY(status->text().contains(QLocale().toString(m_shop.customers - unpaid)));
    }

    void cancelledImportLeavesTheStoreUnchanged()
    {
        openWindow();
        QTemporaryDir bigDir;
        const GeneratedShop big = generateShop(bigDir.path(), 20000);
        m_window->showPage(MainWindow::Import);
        dialogs::setNextFiles({big.orderFile});
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("chooseFilesButton")), Qt::LeftButton);
        QSignalSpy finished(m_window->importPage(), &ImportPage::importFinished);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("startImportButton")), Qt::LeftButton);
        auto *progress = m_window->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
        QVERIFY(progress);
        // The user presses Cancel.
        auto *cancelButton = progress->findChild<QPushButton *>();
        QVERIFY(cancelButton);
        cancelButton->click();
        QVERIFY(finished.wait(60000));
        const QList<ImportResult> results = m_window->importPage()->lastResults();
        QCOMPARE(results.size(), 1);
        QVERIFY(results[0].cancelled);
        const QSqlDatabase db = m_window->workspace()->db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM orders")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM customers")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT COUNT(*) FROM imports")).toInt(), 0);
    }

    void searchFindsACustomerByFourPhoneDigits()
    {
        openWindow();
        QVERIFY(importShop());
        const QSqlDatabase db = m_window->workspace()->db();
        const qint64 id = scalar(db,
                                 QStringLiteral("SELECT id FROM customer_contacts WHERE phone IS NOT NULL "
                                                "ORDER BY id LIMIT 1"))
                              .toLongLong();
        const QString phone =
            scalar(db, QStringLiteral("SELECT phone FROM customer_contacts WHERE id = %1").arg(id)).toString();
        QVERIFY(phone.size() == 11);
        m_window->showPage(MainWindow::Customers);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        QSignalSpy reloaded(m_window->customersPage(), &CustomersPage::reloaded);
        QTest::keyClicks(search, phone.right(4));
        QTRY_VERIFY_WITH_TIMEOUT(countShown() < 50, 10000); // a search, not the whole list
        QTRY_VERIFY(m_window->customersPage()->model()->rowOf(id) >= 0);
        // The list shows phones masked.
        const int row = m_window->customersPage()->model()->rowOf(id);
        const QString shown =
            m_window->customersPage()->model()->index(row, int(CustomerColumn::Phone)).data().toString();
        QCOMPARE(shown, phone.left(3) + QStringLiteral("****") + phone.right(4));
    }

    void stageFilterAgreesWithTheCli()
    {
        openWindow();
        QVERIFY(importShop());
        m_window->showPage(MainWindow::Customers);
        auto *stage = m_window->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        QSignalSpy reloaded(m_window->customersPage(), &CustomersPage::reloaded);
        stage->setCurrentIndex(stage->findData(QStringLiteral("sleeping")));
        QVERIFY(reloaded.wait(10000));
        QProcess cli;
        cli.start(qEnvironmentVariable("HUITOU_CLI"),
                  {QStringLiteral("--db"), m_dbPath, QStringLiteral("customers"), QStringLiteral("--stage"),
                   QStringLiteral("sleeping"), QStringLiteral("--count")});
        QVERIFY(cli.waitForFinished(30000));
        const qint64 expected = cli.readAllStandardOutput().trimmed().toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(countShown(), expected);
    }

    void tagEditIsUndone()
    {
        openWindow();
        QVERIFY(importShop());
        m_window->showPage(MainWindow::Customers);
        QTRY_VERIFY_WITH_TIMEOUT(countShown() > 0, 10000);
        auto *table = m_window->findChild<QTableView *>(QStringLiteral("customerTable"));
        table->selectRow(0);
        const qint64 id = m_window->customersPage()->model()->customerId(0);
        auto *size = m_window->findChild<QComboBox *>(QStringLiteral("tag_size"));
        QVERIFY(size);
        const int m = size->findData(QStringLiteral("M"));
        QVERIFY(m > 0);
        size->setCurrentIndex(m);
        emit size->activated(m);
        TagStore tags(m_window->workspace()->db());
        QCOMPARE(tags.manualValues(id, QStringLiteral("size")), QStringList{QStringLiteral("M")});
        // The list's tag column shows the manual size in place of the automatic one.
        const QString shown = m_window->customersPage()->model()->index(0, int(CustomerColumn::Tags)).data().toString();
        QVERIFY2(shown.split(QLatin1Char(' ')).contains(QStringLiteral("M")), qPrintable(shown));
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        QVERIFY(undo->isEnabled());
        undo->trigger();
        QCOMPARE(tags.manualValues(id, QStringLiteral("size")), QStringList());
        m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(tags.manualValues(id, QStringLiteral("size")), QStringList{QStringLiteral("M")});
    }

    void customerModelIsAProperModel()
    {
        openWindow();
        QVERIFY(importShop());
        m_window->showPage(MainWindow::Customers);
        QTRY_VERIFY_WITH_TIMEOUT(countShown() > 0, 10000);
        QAbstractItemModelTester tester(m_window->customersPage()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *model = m_window->customersPage()->model();
        for (int r = 0; r < model->rowCount(); r += 37)
            QVERIFY(!model->index(r, int(CustomerColumn::Nick)).data().toString().isEmpty());
    }

    void languageSwitches()
    {
        openWindow();
        m_window->showPage(MainWindow::Settings);
        auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int zh = combo->findData(QStringLiteral("zh_CN"));
        combo->setCurrentIndex(zh);
        emit combo->activated(zh);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::Customers)->text(), QStringLiteral("顾客"));
        QVERIFY(m_window->findChild<QWidget *>(QStringLiteral("settingsPage"))->isVisible());
        combo = m_window->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int en = combo->findData(QStringLiteral("en"));
        combo->setCurrentIndex(en);
        emit combo->activated(en);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::Customers)->text(), QStringLiteral("Customers"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
