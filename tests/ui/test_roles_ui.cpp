// The real main window, offscreen, as each role sees it (issue 15): in a
// store file everything is offered; connected to a shop server as staff the
// revert, the contact export and the campaign cost are hidden and the
// settings are read-only; as a manager Settings has the staff logins, and
// adding one through the form makes her a staff login on the server. The
// PostgreSQL half needs HUITOU_TEST_PG (installer/test.sh starts a throwaway
// cluster); without it the test says SKIPPED for that half on its first line.
#include "BackendStore.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "storage/Database.h"
#include "storage/StoreRoles.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QtTest>

#include <cstdio>
#include <memory>

using namespace huitou;
using test::BackendStore;
using test::serverUrl;

class TestRolesUi : public QObject
{
    Q_OBJECT

    QString m_staff, m_manager, m_hire;

    template <typename T>
    static T *find(QWidget *window, const char *name)
    {
        return window->findChild<T *>(QString::fromLatin1(name));
    }

    static std::unique_ptr<MainWindow> openWindow(const QString &location)
    {
        auto window = std::make_unique<MainWindow>(location, QStringLiteral("gui"));
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()))
            return nullptr;
        return window;
    }

private slots:
    void initTestCase()
    {
        const QString prefix = QStringLiteral("huitou_u%1_").arg(QCoreApplication::applicationPid());
        m_staff = prefix + QStringLiteral("clerk");
        m_manager = prefix + QStringLiteral("boss");
        m_hire = prefix + QStringLiteral("hire");
    }

    void cleanupTestCase()
    {
        if (serverUrl().isEmpty())
            return;
        for (const QString &login : {m_staff, m_manager, m_hire})
            BackendStore::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login));
    }

    void fileOffersEverything()
    {
        BackendStore store(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(Database::open(store.location(), QStringLiteral("gui"), &error), qPrintable(error));
        {
            auto window = openWindow(store.location().toString());
            QVERIFY(window);
            QVERIFY(!find<QPushButton>(window.get(), "revertButton")->isHidden());
            QVERIFY(!find<QPushButton>(window.get(), "exportSegmentButton")->isHidden());
            QVERIFY(!find<QPushButton>(window.get(), "exportContactsFromList")->isHidden());
            QVERIFY(find<QPushButton>(window.get(), "applySettingsButton")->isEnabled());
            QVERIFY(!find<QLabel>(window.get(), "settingsReadOnly"));
            QVERIFY(!find<QWidget>(window.get(), "staffAccounts")); // a file has no logins
        }
        Database::close(QStringLiteral("gui"));
    }

    void staffSeesWhatStaffMayDo()
    {
        if (serverUrl().isEmpty())
            return; // said in the SKIPPED line
        BackendStore store(QStringLiteral("postgresql"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(store.db(), m_staff, StoreRoles::Role::Staff, {}, &error), qPrintable(error));
        QVERIFY2(store.openAs(m_staff, QStringLiteral("gui"), &error), qPrintable(error));
        const QString url = Database::location(Database::connection(QStringLiteral("gui"))).toString();
        QVERIFY(url.startsWith(QLatin1String("postgresql://")));
        {
            auto window = openWindow(url);
            QVERIFY(window);
            QVERIFY(find<QPushButton>(window.get(), "revertButton")->isHidden());
            QVERIFY(find<QPushButton>(window.get(), "exportSegmentButton")->isHidden());
            QVERIFY(find<QPushButton>(window.get(), "exportContactsFromList")->isHidden());
            QVERIFY(find<QPushButton>(window.get(), "editCostButton")->isHidden());
            QVERIFY(!find<QPushButton>(window.get(), "applySettingsButton")->isEnabled());
            QVERIFY(!find<QLineEdit>(window.get(), "shopNameEdit")->isEnabled());
            QVERIFY(find<QLabel>(window.get(), "settingsReadOnly"));
            QVERIFY(!find<QWidget>(window.get(), "staffAccounts"));
            // What staff may do stays: tagging, the import button.
            QVERIFY(!find<QPushButton>(window.get(), "bulkTagButton")->isHidden());
            QVERIFY(find<QLabel>(window.get(), "statusStaff")
                        ->text()
                        .contains(StoreRoles::displayName(StoreRoles::Role::Staff)));
        }
        Database::close(QStringLiteral("gui"));
    }

    void connectDialogOpensTheServer()
    {
        // File → Connect to a shop server…, filled in as staff would, from a
        // window on a store file: the window is then on the server, as staff.
        if (serverUrl().isEmpty())
            return;
        BackendStore server(QStringLiteral("postgresql"));
        BackendStore file(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(server.open(&error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(server.db(), m_staff, StoreRoles::Role::Staff, {}, &error), qPrintable(error));
        QVERIFY2(Database::open(file.location(), QStringLiteral("gui"), &error), qPrintable(error));
        {
            auto window = openWindow(file.location().toString());
            QVERIFY(window);
            bool filled = false;
            QTimer::singleShot(0, [&] {
                auto *dialog = window->findChild<QDialog *>(QStringLiteral("connectServerDialog"));
                if (!dialog)
                    return;
                const StoreLocation at = server.location();
                dialog->findChild<QLineEdit *>(QStringLiteral("serverHost"))->setText(at.host());
                dialog->findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(at.database());
                dialog->findChild<QLineEdit *>(QStringLiteral("serverUser"))->setText(m_staff);
                filled = true;
                dialog->accept();
            });
            window->findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
            QVERIFY(filled);
            QVERIFY(window->workspace()->location().isServer());
            QCOMPARE(window->workspace()->location().user(), m_staff);
            QCOMPARE(window->workspace()->role(), StoreRoles::Role::Staff);
            QTRY_VERIFY(find<QPushButton>(window.get(), "revertButton"));
            QVERIFY(find<QPushButton>(window.get(), "revertButton")->isHidden());
        }
        Database::close(QStringLiteral("gui"));
    }

    void managerAddsStaff()
    {
        if (serverUrl().isEmpty())
            return;
        BackendStore store(QStringLiteral("postgresql"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(store.db(), m_manager, StoreRoles::Role::Manager, {}, &error),
                 qPrintable(error));
        QVERIFY2(store.openAs(m_manager, QStringLiteral("gui"), &error), qPrintable(error));
        const QString url = Database::location(Database::connection(QStringLiteral("gui"))).toString();
        {
            auto window = openWindow(url);
            QVERIFY(window);
            QVERIFY(!find<QPushButton>(window.get(), "revertButton")->isHidden());
            QVERIFY(!find<QPushButton>(window.get(), "exportSegmentButton")->isHidden());
            QVERIFY(find<QPushButton>(window.get(), "applySettingsButton")->isEnabled());
            QVERIFY(find<QWidget>(window.get(), "staffAccounts"));
            auto *table = find<QTableWidget>(window.get(), "staffTable");
            QTRY_VERIFY(!table->findItems(m_manager, Qt::MatchExactly).isEmpty());
            find<QLineEdit>(window.get(), "staffLogin")->setText(m_hire);
            QTest::mouseClick(find<QPushButton>(window.get(), "addStaffButton"), Qt::LeftButton);
            QTRY_VERIFY(!table->findItems(m_hire, Qt::MatchExactly).isEmpty());
        }
        Database::close(QStringLiteral("gui"));
        // The server made her staff: she may not change a setting.
        QVERIFY2(store.openAs(m_hire, QStringLiteral("hire"), &error), qPrintable(error));
        QCOMPARE(StoreRoles::role(Database::connection(QStringLiteral("hire"))), StoreRoles::Role::Staff);
        Database::close(QStringLiteral("hire"));
    }
};

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    if (serverUrl().isEmpty())
        std::printf("SKIPPED: the PostgreSQL half of test_roles_ui (HUITOU_TEST_PG is not set; "
                    "installer/test.sh starts a throwaway cluster)\n");
    TestRolesUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_roles_ui.moc"
