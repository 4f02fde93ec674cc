// Drives the real main window's Outreach page, offscreen: build a segment,
// export it with a control group, see the campaign, import later orders and
// read its result.
#include "Clock.h"
#include "TestFiles.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "common/ChoiceButton.h"
#include "common/Dialogs.h"
#include "customers/CustomersPage.h"
#include "importing/ImportPage.h"
#include "outreach/ExportContactsDialog.h"
#include "outreach/OutreachPage.h"
#include "outreach/SegmentBuilder.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportViewWidget.h"
#include "storage/Database.h"
#include "storage/OutreachStore.h"
#include <QUndoStack>

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QtTest>

#include <memory>

using namespace huitou;

class TestOutreachPage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    bool importFile(const QString &path)
    {
        m_window->showPage(MainWindow::Import);
        dialogs::setNextFiles({path});
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("chooseFilesButton")), Qt::LeftButton);
        auto *start = m_window->findChild<QPushButton *>(QStringLiteral("startImportButton"));
        if (!start->isEnabled())
            return false;
        QSignalSpy finished(m_window->importPage(), &ImportPage::importFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        return finished.wait(60000);
    }

    // QInputDialog::getText has no seam: answer the next one when it shows.
    static void answerNextInputDialog(const QString &text, double number = 0.0)
    {
        auto *timer = new QTimer;
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, text, number] {
            for (QWidget *w : QApplication::topLevelWidgets()) {
                auto *d = qobject_cast<QInputDialog *>(w);
                if (d && d->isVisible()) {
                    if (d->inputMode() == QInputDialog::DoubleInput)
                        d->setDoubleValue(number);
                    else
                        d->setTextValue(text);
                    d->accept();
                    timer->deleteLater();
                    return;
                }
            }
        });
        timer->start();
    }

    QString funnelCell(QTableWidget *t, int row) const { return t->item(row, 1) ? t->item(row, 1)->text() : QString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("HuitouTestOutreach"));
        Language::apply(QStringLiteral("en"));
        Clock::pin(QDateTime(QDate(2024, 6, 30), QTime(12, 0), QTimeZone("Asia/Shanghai")));
        QSettings().setValue(QStringLiteral("staff/name"), QStringLiteral("小王"));
        const QString db = m_dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(db), QStringLiteral("gui"), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(db, QStringLiteral("gui"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(importFile(test::testDataPath(QStringLiteral("outreach/funnel/orders.csv"))));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
        QSettings().clear();
        Clock::pin(QDateTime());
    }

    void segmentCountsLive()
    {
        m_window->showPage(MainWindow::Outreach);
        OutreachPage *page = m_window->outreachPage();
        QTRY_COMPARE(page->segmentCount(), 12);
        // Tick "returning" in the type button's menu, as staff do.
        auto *type = page->findChild<ChoiceButton *>(QStringLiteral("segmentType"));
        QVERIFY(type);
        QAction *returning = nullptr;
        for (QAction *a : type->menu()->actions())
            if (a->data().toString() == QLatin1String("returning"))
                returning = a;
        QVERIFY(returning);
        returning->trigger();
        QTRY_COMPARE(page->segmentCount(), 1); // g_fallback alone bought on two days
        returning->trigger();
        QTRY_COMPARE(page->segmentCount(), 12);
        // A condition under "More conditions": F >= 2 is the same customer.
        QTest::mouseClick(page->findChild<QToolButton *>(QStringLiteral("segmentMore")), Qt::LeftButton);
        auto *fMin = page->findChild<QSpinBox *>(QStringLiteral("segmentFMin"));
        QVERIFY(fMin->isVisible());
        fMin->setValue(2);
        QTRY_COMPARE(page->segmentCount(), 1);
        // Saved by name, then edited and saved again under the same name.
        answerNextInputDialog(QStringLiteral("回头客"));
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("saveSegmentButton")), Qt::LeftButton);
        auto *saved = page->findChild<QComboBox *>(QStringLiteral("savedSegments"));
        QTRY_COMPARE(saved->currentText(), QStringLiteral("回头客"));
        const auto stored =
            OutreachStore(Database::connection(QStringLiteral("gui"))).savedSegment(QStringLiteral("回头客"));
        QVERIFY(stored);
        QCOMPARE(stored->definition, QStringLiteral("{\"frequency\":{\"min\":2}}"));
        QCOMPARE(stored->staff, QStringLiteral("小王"));
        fMin->setValue(-1); // "any"
        QTRY_COMPARE(page->segmentCount(), 12);
        // Loading it back puts F >= 2 into the builder.
        saved->setCurrentIndex(0);
        saved->activated(saved->findText(QStringLiteral("回头客")));
        QCOMPARE(fMin->value(), 2);
        QTRY_COMPARE(page->segmentCount(), 1);
        fMin->setValue(-1);
        QTRY_COMPARE(page->segmentCount(), 12);
    }

    void customersPageStartsASegment()
    {
        // The customers page's filter opens in the builder.
        m_window->showPage(MainWindow::Customers);
        auto *customers = m_window->findChild<CustomersPage *>();
        QVERIFY(customers);
        auto *typeFilter = customers->findChild<QComboBox *>(QStringLiteral("typeFilter"));
        QVERIFY(typeFilter);
        typeFilter->setCurrentIndex(typeFilter->findData(QStringLiteral("returning")));
        QTest::mouseClick(customers->findChild<QPushButton *>(QStringLiteral("segmentFromFilterButton")),
                          Qt::LeftButton);
        OutreachPage *page = m_window->outreachPage();
        QTRY_VERIFY(page->isVisible());
        QCOMPARE(page->builder()->segment().types, QList<CustomerType>{CustomerType::Returning});
        QTRY_COMPARE(page->segmentCount(), 1);
        typeFilter->setCurrentIndex(0);
        page->showSegment(Segment());
        QTRY_COMPARE(page->segmentCount(), 12);
    }

    void optOutListRefusesConsent()
    {
        // a_refused's number, one junk line.
        const QString path = m_dir.filePath(QStringLiteral("退订.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("13800000001\n退订名单\n");
        f.close();
        OutreachPage *page = m_window->outreachPage();
        dialogs::setNextFiles({path});
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("optOutButton")), Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = page->findChild<QMessageBox *>(QStringLiteral("optOutResult"))) != nullptr);
        QVERIFY2(box->text().contains(QStringLiteral("now refuse marketing: 1 ")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(QStringLiteral(": 2")), qPrintable(box->text())); // junk on line 2
        box->close();
    }

    void exportWithControlGroup()
    {
        OutreachPage *page = m_window->outreachPage();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("exportSegmentButton")), Qt::LeftButton);
        ExportContactsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page->findChild<ExportContactsDialog *>()) != nullptr);
        auto *funnel = dialog->findChild<QTableWidget *>(QStringLiteral("funnelTable"));
        auto *control = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("controlShare"));
        control->setValue(50.0);
        // Funnel rows: audience, consent, open issue, contacted, no contact, duplicate, remaining, control, exported.
        QTRY_COMPARE(funnelCell(funnel, 7), QStringLiteral("4"));
        QCOMPARE(funnelCell(funnel, 0), QStringLiteral("12"));
        QCOMPARE(funnelCell(funnel, 1), QStringLiteral("1"));
        QCOMPARE(funnelCell(funnel, 2), QStringLiteral("1"));
        QCOMPARE(funnelCell(funnel, 3), QStringLiteral("0"));
        QCOMPARE(funnelCell(funnel, 4), QStringLiteral("2"));
        QCOMPARE(funnelCell(funnel, 5), QStringLiteral("1"));
        QCOMPARE(funnelCell(funnel, 6), QStringLiteral("7"));
        QCOMPARE(funnelCell(funnel, 8), QStringLiteral("3"));
        // An unknown placeholder disables the export.
        auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateEdit"));
        auto *exportButton = dialog->findChild<QPushButton *>(QStringLiteral("exportContactsButton"));
        edit->setPlainText(QStringLiteral("{name}您好 {coupn}"));
        QVERIFY(!exportButton->isEnabled());
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("templateInfo"))->text().contains(QStringLiteral("{coupn}")));
        edit->setPlainText(QStringLiteral("【回头】{name}您好，送您{coupon}"));
        QVERIFY(exportButton->isEnabled());
        const QString out = m_dir.filePath(QStringLiteral("sms.xlsx"));
        dialog->setOutputPath(out);
        dialogs::setNextAnswer(QMessageBox::No); // do not open the folder
        QSignalSpy exported(dialog, &ExportContactsDialog::exported);
        QSignalSpy reloaded(page, &OutreachPage::campaignsReloaded);
        QTest::mouseClick(exportButton, Qt::LeftButton);
        QPointer<ExportContactsDialog> open(dialog);
        QVERIFY(exported.wait(30000));
        QVERIFY(QFile::exists(out));
        QVERIFY(reloaded.wait(10000));
        // The dialog closes itself: left open, it would offer the control group as the next export.
        QTRY_VERIFY(!open);
        auto *campaigns = page->findChild<QTableWidget *>(QStringLiteral("campaignTable"));
        QCOMPARE(campaigns->rowCount(), 1);
        QCOMPARE(campaigns->item(0, 3)->text(), QStringLiteral("3"));
        QCOMPARE(campaigns->item(0, 4)->text(), QStringLiteral("4"));
        QCOMPARE(campaigns->item(0, 5)->text(), QStringLiteral("小王"));
        QVERIFY(campaigns->item(0, 7)->text().startsWith(QStringLiteral("Window open")));
    }

    void laterOrdersShowTheResult()
    {
        Clock::pin(QDateTime(QDate(2024, 7, 21), QTime(12, 0), QTimeZone("Asia/Shanghai")));
        QVERIFY(importFile(test::testDataPath(QStringLiteral("outreach/later/orders.csv"))));
        OutreachPage *page = m_window->outreachPage();
        m_window->showPage(MainWindow::Outreach);
        auto *campaigns = page->findChild<QTableWidget *>(QStringLiteral("campaignTable"));
        QTRY_VERIFY(campaigns->item(0, 7) && campaigns->item(0, 7)->text().startsWith(QStringLiteral("Uplift")));
        // Expected per group from the campaign's members (tests/data/outreach/later/README.md).
        QSqlQuery q(Database::connection(QStringLiteral("gui")));
        QVERIFY(q.exec(QStringLiteral("SELECT c.customer_key, m.member_group FROM campaign_members m "
                                      "JOIN customers c ON c.id = m.customer_id")));
        QHash<QString, QString> group;
        while (q.next())
            group.insert(q.value(0).toString(), q.value(1).toString());
        QCOMPARE(group.size(), 7);
        int converters[2] = {0, 0};
        double revenue[2] = {0, 0};
        const std::pair<const char *, double> buys[] = {{"c_control", 200.0}, {"f_plus86", 150.0}};
        for (const auto &[key, amount] : buys) {
            const int g = group.value(QString::fromLatin1(key)) == QLatin1String("control") ? 1 : 0;
            ++converters[g];
            revenue[g] += amount;
        }
        auto *result = page->findChild<ReportViewWidget *>(QStringLiteral("campaignResult"));
        ReportTableModel *model = result->model();
        QTRY_COMPARE(model->rowCount(), 2);
        // Columns: conversion rate, members, converters, revenue, revenue per member.
        QCOMPARE(model->index(0, 1).data().toLongLong(), 3);
        QCOMPARE(model->index(1, 1).data().toLongLong(), 4);
        QCOMPARE(model->index(0, 2).data().toLongLong(), converters[0]);
        QCOMPARE(model->index(1, 2).data().toLongLong(), converters[1]);
        QCOMPARE(model->index(0, 3).data().toDouble(), revenue[0]);
        QCOMPARE(model->index(1, 3).data().toDouble(), revenue[1]);
        // The cost is edited on the page (the ROI divides by it) and Edit → Undo takes it back.
        QSqlQuery cost(Database::connection(QStringLiteral("gui")));
        const auto storedCost = [&cost] {
            cost.exec(QStringLiteral("SELECT cost_fen FROM campaigns"));
            return cost.next() ? cost.value(0).toLongLong() : -1;
        };
        const qint64 before = storedCost();
        campaigns->selectRow(0);
        auto *costButton = page->findChild<QPushButton *>(QStringLiteral("editCostButton"));
        QVERIFY(costButton->isEnabled());
        answerNextInputDialog(QString(), 12.5);
        QTest::mouseClick(costButton, Qt::LeftButton);
        QTRY_COMPARE(storedCost(), 1250);
        QTRY_COMPARE(campaigns->item(0, 6)->text(), QStringLiteral("¥12.50"));
        m_window->workspace()->undoStack()->undo();
        QTRY_COMPARE(storedCost(), before);
    }

    void customersPageExportsItsSelection()
    {
        m_window->showPage(MainWindow::Customers);
        CustomersPage *customers = m_window->customersPage();
        QTRY_VERIFY(customers->matchCount() > 0);
        QTest::mouseClick(customers->findChild<QPushButton *>(QStringLiteral("exportContactsFromList")),
                          Qt::LeftButton);
        ExportContactsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->outreachPage()->findChild<ExportContactsDialog *>()) != nullptr);
        auto *funnel = dialog->findChild<QTableWidget *>(QStringLiteral("funnelTable"));
        QTRY_COMPARE(funnelCell(funnel, 0), QStringLiteral("12"));
        dialog->close();
    }
};

QTEST_MAIN(TestOutreachPage)
#include "test_outreach_page.moc"
