// Issue 9: what a new staff member and a manager tripped over, driven through
// the real main window, offscreen, on a temporary store. Each test failed
// before its fix.
#include "Clock.h"
#include "analytics/AnalyticsService.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "customers/ProfilePane.h"
#include "demo/ShopGenerator.h"
#include "importing/ImportPage.h"
#include "reports/ReportViewWidget.h"
#include "reports/ReportsPage.h"
#include "settings/SettingsPage.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/NoteStore.h"
#include "storage/ProfileStore.h"
#include "storage/SettingsStore.h"
#include "storage/StoreLock.h"
#include "storage/TagStore.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace huitou;

namespace {

GeneratedShop generateShop(const QString &dir, int customers, const QDate &end)
{
    GeneratorOptions o;
    o.customers = customers;
    o.seed = 7;
    o.end = end;
    GeneratedShop shop;
    QString error;
    if (!ShopGenerator(o).write(dir, &shop, &error))
        qFatal("%s", qPrintable(error));
    return shop;
}

// A wheel turn over W (not focused), as the mouse would send it.
void wheel(QWidget *w, int steps)
{
    const QPoint centre = w->rect().center();
    for (int i = 0; i < steps; ++i) {
        QWheelEvent event(QPointF(centre), QPointF(w->mapToGlobal(centre)), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(w, &event);
    }
}

// Text as a Chinese input method commits it (QTest::keyClicks is ASCII only).
void typeChinese(QWidget *w, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(w, &event);
}

} // namespace

namespace {

// The widget named NAME below PARENT that is on screen (a rebuilt editor's old
// copy lingers, hidden, until it is deleted).
template <typename T>
T *visibleChild(QWidget *parent, const QString &name)
{
    for (T *w : parent->findChildren<T *>(name))
        if (w->isVisible())
            return w;
    return nullptr;
}

} // namespace

class TestWorkspaceFit : public QObject
{
    Q_OBJECT
    // A pinned day: the shops are generated up to "today", and every
    // figure below is counted from it (first, so it outlives the window).
    PinnedClock m_clock{QDateTime(QDate(2026, 10, 31), QTime(12, 0), QTimeZone("Asia/Shanghai"))};
    QTemporaryDir m_dir;
    GeneratedShop m_shop; // orders up to today
    GeneratedShop m_oldShop; // orders ending 200 days ago
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
    int m_round = 0;

    void openWindow(const QSize &size = QSize(1024, 700))
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
        m_dbPath = m_dir.filePath(QStringLiteral("store%1.db").arg(++m_round));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(m_dbPath), QStringLiteral("gui"), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_dbPath, QStringLiteral("gui"));
        m_window->adoptLock(MainWindow::lockStore(m_dbPath, nullptr));
        m_window->resize(size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    bool importShop(const GeneratedShop &shop)
    {
        m_window->showPage(MainWindow::Import);
        m_window->importPage()->addFiles({shop.orderFile, shop.itemFile});
        auto *start = m_window->findChild<QPushButton *>(QStringLiteral("startImportButton"));
        if (!start->isEnabled())
            return false;
        QSignalSpy finished(m_window->importPage(), &ImportPage::importFinished);
        QTest::mouseClick(start, Qt::LeftButton);
        return finished.wait(60000);
    }

    // The customers page with the list loaded and the first customer shown.
    qint64 showFirstCustomer()
    {
        m_window->showPage(MainWindow::Customers);
        CustomersPage *page = m_window->customersPage();
        if (!QTest::qWaitFor([page] { return page->matchCount() > 1 && page->model()->rowCount() > 1; }, 10000))
            return 0;
        table()->selectRow(0);
        return page->model()->customerId(0);
    }

    QTableView *table() { return m_window->findChild<QTableView *>(QStringLiteral("customerTable")); }
    ProfilePane *profile() { return m_window->findChild<ProfilePane *>(QStringLiteral("profilePane")); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Language::apply(QStringLiteral("en"));
        m_shop = generateShop(m_dir.filePath(QStringLiteral("shop")), 300, AnalyticsService::today());
        m_oldShop = generateShop(m_dir.filePath(QStringLiteral("old")), 300, AnalyticsService::today().addDays(-200));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        Database::close(QStringLiteral("gui"));
    }

    // Tagging from the keyboard: a save rebuilds the tag editors, and a change
    // on another workstation reloads the profile; neither may take the focus
    // away from the group staff are in.
    void tagEditorsKeepTheFocus()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        const qint64 id = showFirstCustomer();
        QTRY_COMPARE(profile()->customerId(), id);
        QPointer<QComboBox> size;
        QTRY_VERIFY((size = visibleChild<QComboBox>(profile(), QStringLiteral("tag_size"))));
        // Focus needs the active window; under load activation can come late.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        size->setFocus();
        QTRY_VERIFY(size->hasFocus());
        auto *orders = profile()->findChild<QTreeWidget *>(QStringLiteral("ordersTree"));
        auto *timeline = profile()->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QVERIFY(orders->topLevelItemCount() > 0 && timeline->topLevelItemCount() > 0);
        const QTreeWidgetItem *firstOrder = orders->topLevelItem(0);
        const QTreeWidgetItem *firstEntry = timeline->topLevelItem(0);
        // Nothing of hers changed: the very same editor stays, focused, and her
        // orders and timeline are not refilled (they keep their scroll position).
        emit m_window->workspace()->customersChangedElsewhere();
        QCOMPARE(visibleChild<QComboBox>(profile(), QStringLiteral("tag_size")), size.data());
        QVERIFY(size->hasFocus());
        QCOMPARE(orders->topLevelItem(0), firstOrder);
        QCOMPARE(timeline->topLevelItem(0), firstEntry);
        // Down picks the next size and saves it; the rebuilt editor of the group has the focus.
        const TagStore tags(m_window->workspace()->db());
        QCOMPARE(tags.manualValues(id, QStringLiteral("size")), QStringList());
        QTest::keyClick(size, Qt::Key_Down);
        QTRY_COMPARE(tags.manualValues(id, QStringLiteral("size")).size(), 1);
        QPointer<QComboBox> rebuilt;
        QTRY_VERIFY((rebuilt = visibleChild<QComboBox>(profile(), QStringLiteral("tag_size"))));
        QTRY_VERIFY(rebuilt->hasFocus());
        QCOMPARE(rebuilt->currentText(), tags.manualValues(id, QStringLiteral("size")).first());
    }

    // Item 1: a wheel over a tag box scrolled through 顺丰→中通→圆通→韵达→EMS and saved each.
    void wheelOverTheProfileScrollsAndChangesNothing()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        const qint64 id = showFirstCustomer();
        QVERIFY(id > 0);
        QTRY_COMPARE(profile()->customerId(), id);
        auto *logistics = profile()->findChild<QComboBox *>(QStringLiteral("tag_logistics"));
        QVERIFY(logistics);
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        search->setFocus();
        QVERIFY(!logistics->hasFocus());
        const int index = logistics->currentIndex();
        const TagStore tags(m_window->workspace()->db());
        const QStringList before = tags.manualValues(id, QStringLiteral("logistics"));
        auto *scroll = profile()->findChild<QScrollArea *>(QStringLiteral("profileScroll"));
        QVERIFY(scroll->verticalScrollBar()->maximum() > 0); // the pane is taller than the window
        scroll->verticalScrollBar()->setValue(0);
        wheel(logistics, 5);
        QCOMPARE(logistics->currentIndex(), index);
        QCOMPARE(tags.manualValues(id, QStringLiteral("logistics")), before);
        QVERIFY(!m_window->workspace()->undoStack()->canUndo());
        QVERIFY(!logistics->hasFocus()); // the wheel did not take the focus either
        QVERIFY(scroll->verticalScrollBar()->value() > 0); // the pane scrolled instead
        // Every combo and spin box of every page: the wheel cannot focus one.
        // (Widgets are set up when first shown; hidden pages are checked when they show.)
        for (const QWidget *w : m_window->findChildren<QWidget *>()) {
            if (w->isVisible() && (qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)))
                QVERIFY2(w->focusPolicy() != Qt::WheelFocus, qPrintable(w->objectName()));
        }
        // The consent box and the settings' spin boxes take no wheel either.
        auto *consent = profile()->findChild<QComboBox *>(QStringLiteral("consentCombo"));
        const int consentIndex = consent->currentIndex();
        wheel(consent, 2);
        QCOMPARE(consent->currentIndex(), consentIndex);
        m_window->showPage(MainWindow::Settings);
        auto *active = m_window->findChild<QAbstractSpinBox *>(QStringLiteral("activeDays"));
        QVERIFY(active->focusPolicy() != Qt::WheelFocus);
        m_window->findChild<QWidget *>(QStringLiteral("navigation"))->setFocus(); // the page gave it the focus
        QTRY_VERIFY(!active->hasFocus());
        const QString days = active->text();
        wheel(active, 3);
        QCOMPARE(active->text(), days);
        // With the focus, the wheel still works as people expect.
        m_window->showPage(MainWindow::Customers);
        // The tag editors are rebuilt when the profile reloads (a change seen by the store watcher, under
        // load at any moment): take the one on screen now.
        QPointer<QComboBox> shown;
        QTRY_VERIFY((shown = visibleChild<QComboBox>(profile(), QStringLiteral("tag_logistics"))));
        shown->setFocus();
        QTRY_VERIFY(shown && shown->hasFocus());
        wheel(shown, 1);
        QVERIFY(shown->currentIndex() != index);
    }

    // Item 2: birthday, consent and note were dropped when another customer was chosen.
    void profileFieldsSaveWhenCommittedAndUndo()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        const qint64 first = showFirstCustomer();
        QVERIFY(first > 0);
        QTRY_COMPARE(profile()->customerId(), first);
        QVERIFY(!m_window->findChild<QPushButton *>(QStringLiteral("saveProfileButton"))); // nothing to forget to press
        auto *birthday = profile()->findChild<QLineEdit *>(QStringLiteral("birthdayEdit"));
        auto *consent = profile()->findChild<QComboBox *>(QStringLiteral("consentCombo"));
        // One note box (schema v7 folded the old single field into the dated notes).
        QVERIFY(!profile()->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit")));
        auto *notes = profile()->findChild<QPlainTextEdit *>(QStringLiteral("newNoteEdit"));
        auto *saved = profile()->findChild<QLabel *>(QStringLiteral("profileSavedLabel"));
        const ProfileStore store(m_window->workspace()->db());
        const NoteStore noteStore(m_window->workspace()->db());
        const auto notesOf = [&noteStore](qint64 id) {
            QStringList texts;
            for (const CustomerNote &n : noteStore.notesOf(id))
                texts << n.text;
            return texts;
        };

        // The consent box saves when picked, and says so.
        const int consented = consent->findData(QStringLiteral("consented"));
        consent->setCurrentIndex(consented);
        emit consent->activated(consented);
        QCOMPARE(store.load(first).consent, QStringLiteral("consented"));
        QVERIFY(!saved->text().isEmpty());

        // Birthday and note typed, then another customer chosen without pressing anything.
        QTest::keyClicks(birthday, QStringLiteral("03-08"));
        notes->setFocus();
        typeChinese(notes, QStringLiteral("穿M码，喜欢雾霾蓝"));
        table()->selectRow(1);
        const qint64 second = m_window->customersPage()->model()->customerId(1);
        QTRY_COMPARE(profile()->customerId(), second);
        CustomerProfile p = store.load(first);
        QCOMPARE(p.birthday, QStringLiteral("03-08"));
        QCOMPARE(notesOf(first), QStringList{QStringLiteral("穿M码，喜欢雾霾蓝")});
        QVERIFY(notes->toPlainText().isEmpty()); // the box is for the next note
        QCOMPARE(p.consent, QStringLiteral("consented"));

        // Each save is one step of Edit → Undo.
        auto *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
        undo->trigger(); // the note
        QCOMPARE(notesOf(first), QStringList());
        QCOMPARE(store.load(first).birthday, QStringLiteral("03-08"));
        undo->trigger(); // the birthday
        p = store.load(first);
        QCOMPARE(p.birthday, QString());
        QCOMPARE(p.consent, QStringLiteral("consented"));
        m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        m_window->findChild<QAction *>(QStringLiteral("redoAction"))->trigger();
        QCOMPARE(notesOf(first), QStringList{QStringLiteral("穿M码，喜欢雾霾蓝")});

        // A note being typed survives a refresh of the same customer (a tag set meanwhile).
        notes->setFocus();
        typeChinese(notes, QStringLiteral("退过一次"));
        emit m_window->workspace()->customerChanged(second);
        QCOMPARE(notes->toPlainText(), QStringLiteral("退过一次"));
        QCOMPARE(notesOf(second), QStringList());

        // Leaving the page saves it, dated and signed.
        typeChinese(notes, QStringLiteral("，要开发票"));
        m_window->showPage(MainWindow::Reports);
        QCOMPARE(notesOf(second), QStringList{QStringLiteral("退过一次，要开发票")});
        m_window->showPage(MainWindow::Customers);
        // Ctrl+Enter adds one at once; the timeline shows it.
        notes->setFocus();
        typeChinese(notes, QStringLiteral("要开发票"));
        QTest::keyClick(notes, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(notesOf(second).first(), QStringLiteral("要开发票"));
        auto *timeline = profile()->findChild<QTreeWidget *>(QStringLiteral("timelineTree"));
        QVERIFY(timeline->topLevelItem(0)->text(1).contains(QStringLiteral("要开发票")));
        // Every cell carries the whole entry as its tooltip; an order's row is as tall as its wrapped text.
        for (int c = 0; c < 3; ++c)
            QVERIFY(timeline->topLevelItem(0)->toolTip(c).contains(QStringLiteral("要开发票")));
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = timeline->topLevelItem(i);
            if (item->data(0, Qt::UserRole).toString() != QLatin1String("order"))
                continue;
            const QModelIndex index = timeline->model()->index(i, 1);
            const int lines = timeline->fontMetrics().horizontalAdvance(item->text(1))
                    / std::max(1, timeline->columnWidth(1))
                + 1;
            QVERIFY(timeline->sizeHintForIndex(index).height() >= lines * timeline->fontMetrics().height());
            break;
        }

        // A birthday that is not a date is not saved, not lost, and staff are told.
        birthday->clear();
        QTest::keyClicks(birthday, QStringLiteral("13-45"));
        dialogs::setNextAnswer(QMessageBox::Ok);
        table()->selectRow(0);
        QTRY_COMPARE(profile()->customerId(), first);
        QCOMPARE(store.load(second).birthday, QString());
        QVERIFY2(dialogs::lastMessage().contains(QStringLiteral("13-45")), qPrintable(dialogs::lastMessage()));
    }

    // Item 13: a multi-value tag menu closed after every tick.
    void multiValueTagMenuStaysOpen()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        const qint64 id = showFirstCustomer();
        QTRY_COMPARE(profile()->customerId(), id);
        auto *menu = profile()->findChild<QMenu *>(QStringLiteral("tagMenu_style"));
        QVERIFY(menu);
        menu->popup(profile()->mapToGlobal(QPoint(20, 20)));
        QTRY_VERIFY(menu->isVisible());
        const QList<QAction *> actions = menu->actions();
        QVERIFY(actions.size() >= 2);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(actions[0]).center());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(actions[1]).center());
        QVERIFY(menu->isVisible()); // still open for the next tick
        const TagStore tags(m_window->workspace()->db());
        QStringList expected{actions[0]->text(), actions[1]->text()};
        expected.sort();
        QCOMPARE(tags.manualValues(id, QStringLiteral("style")), expected);
        // From the keyboard: Space on the highlighted value ticks it and the menu stays open.
        menu->setActiveAction(actions[0]);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible());
        QVERIFY(!actions[0]->isChecked());
        QCOMPARE(tags.manualValues(id, QStringLiteral("style")), QStringList{actions[1]->text()});
        menu->setActiveAction(actions[0]);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(menu->isVisible());
        QCOMPARE(tags.manualValues(id, QStringLiteral("style")), expected);
        menu->hide();
        // Values joined the Chinese way in the Chinese UI, the English way here.
        auto *button = profile()->findChild<QToolButton *>(QStringLiteral("tag_style"));
        QTRY_VERIFY(button && button->text().contains(QStringLiteral(", ")));
    }

    // Item 7: the profile kept its scroll position, and stayed after a filter removed its customer.
    void profileStartsAtTheTopAndLeavesWithItsCustomer()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        const qint64 first = showFirstCustomer();
        QTRY_COMPARE(profile()->customerId(), first);
        auto *scroll = profile()->findChild<QScrollArea *>(QStringLiteral("profileScroll"));
        scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
        QVERIFY(scroll->verticalScrollBar()->value() > 0);
        table()->selectRow(1);
        QTRY_VERIFY(profile()->customerId() != first);
        QCOMPARE(scroll->verticalScrollBar()->value(), 0);
        // A search that leaves her out clears the pane.
        const qint64 shown = profile()->customerId();
        auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        QTest::keyClicks(search, QStringLiteral("no-such-customer-at-all"));
        // Under load a reload started before the last key may land first: wait for the search's own result.
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customersPage()->model()->rowCount(), 0, 10000);
        QCOMPARE(m_window->customersPage()->model()->rowOf(shown), -1);
        QTRY_COMPARE(profile()->customerId(), 0);
        QVERIFY(!profile()->isEnabled());
    }

    // Item 8: at 1024 × 700 the search box collapsed, filters were clipped, the window grew to 1142 px.
    void fitsA1024ScreenAndNeverResizesItself()
    {
        for (const QSize size : {QSize(1024, 700), QSize(1024, 640)}) {
            openWindow(size);
            QVERIFY(importShop(m_shop));
            // Every page fits (a page that asks for more names itself).
            QString wide;
            for (QWidget *page :
                 m_window->findChild<QStackedWidget *>()->findChildren<QWidget *>(QString(),
                                                                                  Qt::FindDirectChildrenOnly))
                if (page->minimumSizeHint().width() > 1024 - 180)
                    wide += QStringLiteral("%1 %2; ").arg(page->objectName()).arg(page->minimumSizeHint().width());
            QVERIFY2(m_window->minimumSizeHint().width() <= 1024, qPrintable(wide));
            QVERIFY(m_window->minimumSizeHint().height() <= size.height());
            QVERIFY(showFirstCustomer() > 0);
            QTRY_VERIFY(profile()->customerId() != 0);
            QCoreApplication::processEvents();
            QCOMPARE(m_window->size(), size);
            auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
            QVERIFY2(search->width() >= 200, qPrintable(QString::number(search->width())));
            // Every filter is shown whole, inside the page.
            QWidget *page = m_window->customersPage();
            const QRect pageRect = page->rect();
            for (const char *name : {"customerSearch", "stageFilter", "typeFilter", "tierFilter", "segmentFilter",
                                     "tagFilter", "showUnpaidCheck", "asOfDate", "bulkTagButton"}) {
                auto *w = page->findChild<QWidget *>(QString::fromLatin1(name));
                QVERIFY2(w && w->isVisible(), name);
                const QRect r(w->mapTo(page, QPoint(0, 0)), w->size());
                QVERIFY2(pageRect.contains(r), name);
                QVERIFY2(w->width() >= w->minimumSizeHint().width(), name);
            }
            // Long names and orders wrap: the profile never asks for more than the window.
            for (int row = 0; row < 20 && row < m_window->customersPage()->model()->rowCount(); ++row) {
                table()->selectRow(row);
                QCoreApplication::processEvents();
                QCOMPARE(m_window->size(), size);
            }
        }
    }

    // Item 10: a store whose orders end months ago showed everyone as lost; drill-downs used today.
    void asOfDateIsShownChangeableAndFollowsTheReport()
    {
        openWindow();
        QVERIFY(importShop(m_oldShop));
        m_window->showPage(MainWindow::Customers);
        const QDate latest = CustomerStore(m_window->workspace()->db()).latestPaidDay();
        QVERIFY(latest.isValid() && latest < AnalyticsService::today().addDays(-30));
        auto *asOf = m_window->findChild<QDateEdit *>(QStringLiteral("asOfDate"));
        QCOMPARE(asOf->date(), AnalyticsService::today());
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusAsOf"));
        QVERIFY(status->text().contains(AnalyticsService::today().toString(Qt::ISODate)));
        auto *note = m_window->findChild<QLabel *>(QStringLiteral("staleDataNote"));
        QTRY_VERIFY(note->isVisible());
        QVERIFY(note->text().contains(latest.toString(Qt::ISODate)));
        // Offered: look as of the latest order.
        QSignalSpy asOfChanged(m_window->workspace(), &Workspace::asOfChanged);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("asOfLatestOrderButton")), Qt::LeftButton);
        QVERIFY(asOfChanged.wait(30000));
        QCOMPARE(m_window->workspace()->asOf(), latest);
        QCOMPARE(asOf->date(), latest);
        QTRY_VERIFY(status->text().contains(latest.toString(Qt::ISODate)));
        QVERIFY(!note->isVisible());
        // The stored figures are now as of that day: somebody is active again.
        auto *stage = m_window->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("active")));
        // Waited for by its result: a reload started by the day change may land before the filter's own.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->customersPage()->matchCount() > 0, 10000);

        // A report of an earlier month drills down as of its own last day.
        ReportsPage *reports = m_window->reportsPage();
        m_window->showPage(MainWindow::Reports);
        const QDate monthEnd = QDate(latest.year(), latest.month(), 1).addMonths(-2).addMonths(1).addDays(-1);
        reports->setMonth(monthEnd);
        QTRY_VERIFY_WITH_TIMEOUT(reports->report() && reports->report()->asOf == monthEnd, 30000);
        const int expected = reports->report()->lifecycle[1][1]; // silent, returning
        QSignalSpy drilled(m_window->workspace(), &Workspace::asOfChanged);
        emit reports->view(int(ReportView::Lifecycle))->barActivated(1, 1);
        QVERIFY(drilled.wait(30000));
        QCOMPARE(m_window->workspace()->asOf(), monthEnd);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customersPage()->matchCount(), qint64(expected), 10000);
        // The date box sets the day by hand too; Today goes back.
        QSignalSpy today(m_window->workspace(), &Workspace::asOfChanged);
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("asOfTodayButton")), Qt::LeftButton);
        QVERIFY(today.wait(30000));
        QVERIFY(m_window->workspace()->asOfIsToday());
        QCOMPARE(asOf->date(), AnalyticsService::today());
    }

    // Item 16: "Import your orders…", File → Import orders… and the drop area only switched pages.
    void everyImportEntryOpensTheFileDialog()
    {
        openWindow();
        auto *files = m_window->findChild<QListWidget *>(QStringLiteral("importFiles"));
        dialogs::setNextFiles({m_shop.orderFile});
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("welcomeImportButton")), Qt::LeftButton);
        QCOMPARE(files->count(), 1);
        QVERIFY(m_window->importPage()->isVisible());

        m_window->showPage(MainWindow::Customers);
        files->clear();
        dialogs::setNextFiles({m_shop.itemFile});
        m_window->findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(files->count(), 1);
        QVERIFY(m_window->importPage()->isVisible());

        files->clear();
        dialogs::setNextFiles({m_shop.orderFile, m_shop.itemFile});
        QTest::mouseClick(m_window->findChild<QLabel *>(QStringLiteral("detectedLabel")), Qt::LeftButton);
        QCOMPARE(files->count(), 2);
    }

    // Item 12: the file dialog said "Folder" in the Chinese UI (on a desktop in another language).
    void qtDialogsSpeakTheAppsLanguage()
    {
        // The tests run with LANG=C.UTF-8: an English system.
        Language::apply(QStringLiteral("zh_CN"));
        const QString folder = QCoreApplication::translate("QFileDialog", "Folder");
        const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel");
        const bool qtDialog = dialogs::fileDialogOptions().testFlag(QFileDialog::DontUseNativeDialog);
        Language::apply(QStringLiteral("en"));
        QCOMPARE(folder, QStringLiteral("文件夹")); // Qt's own catalogue is loaded
        QCOMPARE(cancel, QStringLiteral("取消"));
        QVERIFY(qtDialog); // and Qt's dialog, which uses it, rather than the desktop's English one
        QVERIFY(!dialogs::fileDialogOptions().testFlag(QFileDialog::DontUseNativeDialog));
    }

    // Item 9: the status bar said 2,999 customers where the reports said 2,898.
    void countsAgreeAndNeverPaidBuyersAreNamed()
    {
        openWindow();
        QVERIFY(importShop(m_shop));
        m_window->showPage(MainWindow::Customers);
        const CustomerStore store(m_window->workspace()->db());
        const qint64 unpaid = store.countWithoutPaidOrder();
        QSignalSpy reloaded(m_window->customersPage(), &CustomersPage::reloaded);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customersPage()->matchCount(), store.count() - unpaid, 10000);
        auto *check = m_window->findChild<QCheckBox *>(QStringLiteral("showUnpaidCheck"));
        QVERIFY(!check->isChecked());
        check->setChecked(true);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->customersPage()->matchCount(), store.count(), 10000);
        auto *status = m_window->findChild<QLabel *>(QStringLiteral("statusCustomerCount"));
        QTRY_VERIFY(status->text().contains(QLocale().toString(store.count() - unpaid)));
        if (unpaid > 0)
            QVERIFY2(status->text().contains(QStringLiteral("without a paid order")), qPrintable(status->text()));
        // Item 4: the shop's name comes from the export's 店铺名称, for the reports.
        QCOMPARE(SettingsStore(m_window->workspace()->db()).value(QStringLiteral("shop_name")),
                 QStringLiteral("回头女装旗舰店"));
    }

    // Item 19: a second window on the same store warns; stores open from the File menu.
    void aSecondWindowOnTheStoreIsWarnedAndStoresSwitch()
    {
        openWindow();
        QVERIFY(QFileInfo::exists(m_dbPath + QStringLiteral(".lock")));
        dialogs::setNextAnswer(QMessageBox::No);
        QVERIFY(!MainWindow::lockStore(m_dbPath, nullptr));
        QVERIFY2(dialogs::lastMessage().contains(QStringLiteral("already open")), qPrintable(dialogs::lastMessage()));
        QVERIFY(dialogs::lastMessage().contains(QString::number(QCoreApplication::applicationPid())));

        // File → New store…: the window moves to the new store, the old one is released.
        const QString first = m_dbPath;
        const QString second = m_dir.filePath(QStringLiteral("second.db"));
        dialogs::setNextFiles({second});
        m_window->newStore();
        QCOMPARE(m_window->workspace()->storePath(), second);
        QVERIFY(QFileInfo::exists(second + QStringLiteral(".lock")));
        StoreLock again(first);
        QVERIFY(again.tryLock()); // released
        again.unlock();
        auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentStoresMenu"));
        bool listed = false;
        for (QAction *a : recent->actions())
            listed |= a->text() == QDir::toNativeSeparators(QFileInfo(first).absoluteFilePath());
        QVERIFY(listed);
        // The pages work on the new store.
        m_window->showPage(MainWindow::Settings);
        QVERIFY(m_window->settingsPage()->isVisible());
    }
};

QTEST_MAIN(TestWorkspaceFit)
#include "test_workspace_fit.moc"
