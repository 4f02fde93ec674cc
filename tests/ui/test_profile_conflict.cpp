// Two workstations edit one customer's profile (issue 15), in the real main
// window, offscreen: another connection to the same store stands for the
// other workstation. A field she changed and staff did not is kept without a
// question; a field both changed asks, naming her and her value, and staff
// either keep hers (nothing of theirs is written) or save theirs over it.
// A save made elsewhere while staff are not typing shows up by itself. The
// same store rules run on PostgreSQL in test_store_backends.
#include "BackendStore.h"
#include "TestFiles.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "customers/CustomersPage.h"
#include "customers/ProfilePane.h"
#include "importing/OrderImporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QSqlQuery>
#include <QtTest>

#include <memory>

using namespace huitou;
using test::BackendStore;

class TestProfileConflict : public QObject
{
    Q_OBJECT

    std::unique_ptr<BackendStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_customer = 0;

    ProfileStore other() const { return ProfileStore(Database::connection(QStringLiteral("other"))); }
    ProfileStore stored() const { return ProfileStore(Database::connection(QStringLiteral("gui"))); }
    ProfilePane *pane() const { return m_window->customersPage()->profile(); }
    QLineEdit *birthday() const { return pane()->findChild<QLineEdit *>(QStringLiteral("birthdayEdit")); }

private slots:
    void init()
    {
        m_store = std::make_unique<BackendStore>(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(Database::open(m_store->location(), QStringLiteral("gui"), &error), qPrintable(error));
        ImportOptions options;
        options.mapping = ColumnMapping::fromSpec(QStringLiteral("customer=customer,order=order,time=paid_at,"
                                                                 "amount=amount,refund=refund,status=status"),
                                                  &error);
        QVERIFY(OrderImporter(std::make_unique<ImportStore>(Database::connection(QStringLiteral("gui"))), options)
                    .importFile(test::testDataPath(QStringLiteral("report/small_shop/orders.csv")))
                    .ok());
        QVERIFY2(Database::open(m_store->location(), QStringLiteral("other"), &error), qPrintable(error));
        m_window = std::make_unique<MainWindow>(m_store->location().toString(), QStringLiteral("gui"));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        {
            QSqlQuery q(Database::connection(QStringLiteral("gui")));
            QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM customers")) && q.next());
            m_customer = q.value(0).toLongLong();
        }
        m_window->openCustomer(m_customer);
        QTRY_COMPARE(pane()->customerId(), m_customer);
    }

    void cleanup()
    {
        m_window.reset();
        Database::close(QStringLiteral("other"));
        Database::close(QStringLiteral("gui"));
        m_store.reset();
    }

    void bothChangedKeepHers()
    {
        // She sets the birthday on her workstation while staff type another one.
        CustomerProfile hers = other().load(m_customer);
        hers.birthday = QStringLiteral("03-08");
        QString error;
        QVERIFY2(other().save(m_customer, hers, &error, QStringLiteral("小李")), qPrintable(error));
        birthday()->setText(QStringLiteral("05-01"));
        dialogs::setNextChoice(0); // keep hers
        QVERIFY(pane()->commitProfile());
        QVERIFY2(dialogs::lastMessage().contains(QStringLiteral("小李")), qPrintable(dialogs::lastMessage()));
        QVERIFY(dialogs::lastMessage().contains(QStringLiteral("03-08")));
        QVERIFY(dialogs::lastMessage().contains(QStringLiteral("05-01")));
        QCOMPARE(stored().load(m_customer).birthday, QStringLiteral("03-08"));
        QTRY_COMPARE(birthday()->text(), QStringLiteral("03-08")); // hers on screen
        QVERIFY(!m_window->workspace()->undoStack()->canUndo()); // nothing of staff's was written
    }

    void bothChangedSaveMine()
    {
        CustomerProfile hers = other().load(m_customer);
        hers.birthday = QStringLiteral("03-08");
        QString error;
        QVERIFY2(other().save(m_customer, hers, &error, QStringLiteral("小李")), qPrintable(error));
        birthday()->setText(QStringLiteral("05-01"));
        dialogs::setNextChoice(1); // save mine over it
        QVERIFY(pane()->commitProfile());
        QCOMPARE(stored().load(m_customer).birthday, QStringLiteral("05-01"));
        // Undo brings hers back: nothing is lost.
        m_window->workspace()->undoStack()->undo();
        QCOMPARE(stored().load(m_customer).birthday, QStringLiteral("03-08"));
    }

    void savedElsewhereShowsUp()
    {
        // Not typing here: her save appears in the open profile without a
        // restart (the store's change counters, polled every second).
        CustomerProfile hers = other().load(m_customer);
        hers.birthday = QStringLiteral("12-24");
        QString error;
        QVERIFY2(other().save(m_customer, hers, &error, QStringLiteral("小李")), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(birthday()->text(), QStringLiteral("12-24"), 5000);
    }

    void differentFieldsBothKept()
    {
        // She refuses marketing; staff only set the birthday: no question, both stay.
        CustomerProfile hers = other().load(m_customer);
        hers.consent = QStringLiteral("refused");
        QString error;
        QVERIFY2(other().save(m_customer, hers, &error, QStringLiteral("小李")), qPrintable(error));
        dialogs::setNextChoice(0); // would keep hers and drop staff's birthday, were it asked
        birthday()->setText(QStringLiteral("05-01"));
        QVERIFY(pane()->commitProfile());
        const CustomerProfile now = stored().load(m_customer);
        QCOMPARE(now.birthday, QStringLiteral("05-01"));
        QCOMPARE(now.consent, QStringLiteral("refused"));
    }
};

QTEST_MAIN(TestProfileConflict)
#include "test_profile_conflict.moc"
