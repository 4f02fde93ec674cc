// Staff and manager roles (issue 15), enforced by the PostgreSQL server
// itself: a staff login cannot revert an import, change a setting, edit the
// taxonomy or tag dictionary, export contacts (record a campaign) or manage
// logins, neither through Huitou's functions nor with SQL sent directly; it
// can import, tag and log a complaint. A manager can do all of it. In an
// SQLite file everything stays allowed. The PostgreSQL half needs
// HUITOU_TEST_PG (installer/test.sh starts a throwaway cluster); without it
// the test says SKIPPED for that half on its first line.
#include "BackendStore.h"
#include "SmallShop.h"
#include "TestFiles.h"
#include "analytics/AnalyticsService.h"
#include "customers/Segment.h"
#include "importing/OrderImporter.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerMetricsQuery.h"
#include "storage/Database.h"
#include "storage/ImportHistory.h"
#include "storage/ImportStore.h"
#include "storage/Migrations.h"
#include "storage/OutreachStore.h"
#include "storage/ReasonStore.h"
#include "storage/SegmentQuery.h"
#include "storage/SettingsStore.h"
#include "storage/StoreRoles.h"
#include "storage/TagStore.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

#include <cstdio>

using namespace huitou;
using test::BackendStore;
using test::importSmallShop;
using test::serverUrl;

namespace {

// The search fixture (tests/data/search/README.md: phones, a masked one,
// addresses), imported as FILE (or a file beside it) by the login of DB.
ImportResult importSearchShop(const QSqlDatabase &db, const QString &path)
{
    ColumnMapping m;
    m.customer = QStringLiteral("customer");
    m.order = QStringLiteral("order");
    m.time = QStringLiteral("paid_at");
    m.amount = QStringLiteral("amount");
    m.phone = QStringLiteral("phone");
    m.address = QStringLiteral("address");
    ImportOptions options;
    options.mapping = m;
    return OrderImporter(std::make_unique<ImportStore>(db), options).importFile(path);
}

// The customer keys a search for TEXT finds, sorted, through SegmentQuery (the customers page's search).
QString searched(const QSqlDatabase &db, const QString &text)
{
    Segment s;
    s.search = text;
    QString error;
    const std::vector<qint64> ids = SegmentQuery(db, s).idsById(&error);
    if (!error.isEmpty())
        return QStringLiteral("error: ") + error;
    return test::keysOf(db, ids);
}

// SQL sent directly, as a modified client would: the server's SQLSTATE, ""
// when the statement ran.
QString refusedState(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return QString();
    return q.lastError().nativeErrorCode();
}

const QString kInsufficientPrivilege = QStringLiteral("42501");

// What recording an export's campaign sends (OutreachStore::insertCampaign).
const QString kInsertCampaign = QStringLiteral(
    "INSERT INTO campaigns (name, send_day, channel, file_format, file_name, staff, created_at, segment, exclusions, "
    "control_share, seed, cost_per_message_centifen, billed_messages, cost_fen, treatment_members, control_members) "
    "VALUES ('x', '2024-07-01', 'sms', 'csv', 'x.csv', 'x', '2024-07-01', '{}', '{}', 0.1, 1, 0, 0, 0, 0, 0)");

} // namespace

class TestStoreRoles : public QObject
{
    Q_OBJECT

    QString m_staff, m_manager; // this run's login names (roles belong to the whole cluster)

private slots:
    void initTestCase()
    {
        const QString prefix = QStringLiteral("huitou_t%1_").arg(QCoreApplication::applicationPid());
        m_staff = prefix + QStringLiteral("clerk");
        m_manager = prefix + QStringLiteral("boss");
    }

    void cleanupTestCase()
    {
        if (serverUrl().isEmpty())
            return;
        BackendStore::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_staff));
        BackendStore::adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(m_manager));
    }

    void sqliteAllowsEverything()
    {
        BackendStore store(QStringLiteral("sqlite"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(StoreRoles::role(store.db()), StoreRoles::Role::Manager);
        for (auto right :
             {StoreRoles::Right::RevertImports, StoreRoles::Right::ChangeSettings, StoreRoles::Right::ExportContacts,
              StoreRoles::Right::ManageStaff, StoreRoles::Right::SeeFullNumbers})
            QVERIFY(StoreRoles::may(store.db(), right));
        QVERIFY(!StoreRoles::hasAccounts(store.db()));
        QVERIFY(!StoreRoles::setAccount(store.db(), QStringLiteral("someone"), StoreRoles::Role::Staff, {}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(importSmallShop(store.db()).ok());
        QVERIFY2(ImportHistory(store.db()).revert(1, &error), qPrintable(error));
    }

    void serverEnforcesRoles()
    {
        if (serverUrl().isEmpty())
            return; // said in the SKIPPED line
        BackendStore store(QStringLiteral("postgresql"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        // The owner (who created the store) is a manager; she makes a manager
        // login, and that manager adds a staff login.
        QCOMPARE(StoreRoles::role(store.db()), StoreRoles::Role::Manager);
        QVERIFY2(StoreRoles::setAccount(store.db(), m_manager, StoreRoles::Role::Manager, {}, &error),
                 qPrintable(error));
        const QString boss = QStringLiteral("roles-boss"), clerk = QStringLiteral("roles-clerk");
        QVERIFY2(store.openAs(m_manager, boss, &error), qPrintable(error));
        const auto closeBoss = qScopeGuard([&] { Database::close(boss); }); // after the handle goes
        const QSqlDatabase manager = Database::connection(boss);
        QCOMPARE(StoreRoles::role(manager), StoreRoles::Role::Manager);
        QVERIFY2(StoreRoles::setAccount(manager, m_staff, StoreRoles::Role::Staff, {}, &error), qPrintable(error));
        const auto accounts = StoreRoles::accounts(manager, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList listed;
        for (const auto &a : accounts)
            listed << a.login + QLatin1Char('=') + StoreRoles::key(a.role);
        QVERIFY2(listed.contains(m_staff + QStringLiteral("=staff")), qPrintable(listed.join(QLatin1Char(' '))));
        QVERIFY(listed.contains(m_manager + QStringLiteral("=manager")));

        QVERIFY2(store.openAs(m_staff, clerk, &error), qPrintable(error));
        const auto closeClerk = qScopeGuard([&] { Database::close(clerk); });
        const QSqlDatabase staff = Database::connection(clerk);
        QCOMPARE(StoreRoles::role(staff), StoreRoles::Role::Staff);
        QVERIFY(!StoreRoles::may(staff, StoreRoles::Right::RevertImports));

        // Staff CAN import (and the figures follow), tag and log a complaint.
        const ImportResult imported = importSmallShop(staff);
        QVERIFY2(imported.ok(), qPrintable(imported.error));
        QCOMPARE(imported.counts.inserted, qint64(13));
        QVERIFY2(AnalyticsService(staff).recompute(QDate(2024, 6, 30), &error), qPrintable(error));
        const qint64 customer = store.scalar(QStringLiteral("SELECT MIN(id) FROM customers")).toLongLong();
        QVERIFY(customer > 0);
        QVERIFY2(TagStore(staff).addTag({customer}, QStringLiteral("size"), QStringLiteral("M"), &error,
                                        QStringLiteral("小王")),
                 qPrintable(error));
        ReasonEntry complaint;
        complaint.customerId = customer;
        complaint.kind = QStringLiteral("complaint");
        complaint.reasonCode = QStringLiteral("size_small");
        complaint.text = QStringLiteral("偏小一码");
        complaint.loggedDay = QDate(2024, 6, 30);
        const qint64 entry = ReasonStore(staff).add(complaint, QStringLiteral("小王"), &error);
        QVERIFY2(entry > 0, qPrintable(error));
        QCOMPARE(
            store.scalar(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE source = 'manual'")).toLongLong(), 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT staff FROM reason_entries")).toString(), QStringLiteral("小王"));

        // Staff CANNOT revert the import: Huitou says so before trying, and the
        // server refuses the statements a revert would send.
        const qint64 importId = store.scalar(QStringLiteral("SELECT MAX(id) FROM imports")).toLongLong();
        QVERIFY(!ImportHistory(staff).revert(importId, &error));
        QCOMPARE(error, StoreRoles::refusal(StoreRoles::Right::RevertImports));
        QCOMPARE(
            refusedState(staff,
                         QStringLiteral("UPDATE imports SET reverted_at = '2024-07-01' WHERE id = %1").arg(importId)),
            kInsufficientPrivilege);
        QCOMPARE(refusedState(staff, QStringLiteral("DELETE FROM orders WHERE first_import_id = %1").arg(importId)),
                 kInsufficientPrivilege);
        QCOMPARE(refusedState(staff, QStringLiteral("DELETE FROM import_revisions")), kInsufficientPrivilege);
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong(), 13);

        // Staff CANNOT change a setting (row-level security on settings), the
        // tag dictionary or the reason taxonomy.
        QVERIFY(!SettingsStore(staff).setValue(QStringLiteral("stage_thresholds"), QStringLiteral("1,2,3"), &error));
        QCOMPARE(refusedState(staff, QStringLiteral("INSERT INTO settings (key, value) VALUES ('backup_keep', '1')")),
                 kInsufficientPrivilege);
        QVERIFY(SettingsStore(store.db())
                    .setValue(QStringLiteral("shop_time_zone"), QStringLiteral("Asia/Shanghai"), &error));
        {
            // An UPDATE or DELETE of a manager's row sees no row at all.
            QSqlQuery q(staff);
            QVERIFY(q.exec(QStringLiteral("UPDATE settings SET value = 'UTC' WHERE key = 'shop_time_zone'")));
            QCOMPARE(q.numRowsAffected(), 0);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM settings WHERE key = 'shop_time_zone'")));
            QCOMPARE(q.numRowsAffected(), 0);
        }
        QCOMPARE(store.scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'shop_time_zone'")).toString(),
                 QStringLiteral("Asia/Shanghai"));
        QCOMPARE(refusedState(staff, QStringLiteral("UPDATE tag_groups SET name_zh = 'x'")), kInsufficientPrivilege);
        QCOMPARE(refusedState(staff,
                              QStringLiteral("INSERT INTO reasons (code, category_code, name_zh, name_en, "
                                             "keywords, position) VALUES ('x', 'product', 'x', 'x', '', 99)")),
                 kInsufficientPrivilege);
        // … but may write the marker of the stored figures and read every setting.
        QCOMPARE(refusedState(staff, QStringLiteral("SELECT value FROM settings")), QString());

        // Staff CANNOT export contacts: an export records its campaign, which
        // the server refuses.
        QCOMPARE(refusedState(staff, kInsertCampaign), kInsufficientPrivilege);
        QCOMPARE(refusedState(staff, QStringLiteral("UPDATE campaigns SET cost_fen = 0")), kInsufficientPrivilege);

        // Staff CANNOT manage logins, nor make herself a manager.
        QVERIFY(!StoreRoles::setAccount(staff, m_staff, StoreRoles::Role::Manager, {}, &error));
        QCOMPARE(refusedState(staff, QStringLiteral("GRANT huitou_manager TO %1").arg(m_staff)),
                 kInsufficientPrivilege);
        QCOMPARE(StoreRoles::role(staff), StoreRoles::Role::Staff);

        // The manager can do all of it.
        QVERIFY2(SettingsStore(manager).setValue(QStringLiteral("backup_keep"), QStringLiteral("5"), &error),
                 qPrintable(error));
        QCOMPARE(refusedState(manager, kInsertCampaign), QString());
        QVERIFY2(ImportHistory(manager).revert(importId, &error), qPrintable(error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM orders")).toLongLong(), 0);

        // Taken out of the staff, the login reads nothing any more.
        QVERIFY2(StoreRoles::removeAccount(manager, m_staff, &error), qPrintable(error));
        QCOMPARE(refusedState(staff, QStringLiteral("SELECT COUNT(*) FROM customers")), kInsufficientPrivilege);
    }

    void staffNeverReadsFullNumbers()
    {
        // Issue 15: a new hire cannot export the customer list. A staff login
        // reads no full phone number, e-mail or address, whatever SQL she
        // sends; she sees them masked, finds a customer by phone digits and
        // imports as before. The manager still reads and exports them.
        if (serverUrl().isEmpty())
            return;
        BackendStore store(QStringLiteral("postgresql"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(store.db(), m_staff, StoreRoles::Role::Staff, {}, &error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(store.db(), m_manager, StoreRoles::Role::Manager, {}, &error),
                 qPrintable(error));
        const QString clerk = QStringLiteral("phones-clerk"), boss = QStringLiteral("phones-boss");
        QVERIFY2(store.openAs(m_staff, clerk, &error), qPrintable(error));
        const auto closeClerk = qScopeGuard([&] { Database::close(clerk); });
        QVERIFY2(store.openAs(m_manager, boss, &error), qPrintable(error));
        const auto closeBoss = qScopeGuard([&] { Database::close(boss); });
        const QSqlDatabase staff = Database::connection(clerk);
        const QSqlDatabase manager = Database::connection(boss);

        // Staff import the fixture: the contact refresh (mobile, name, e-mail
        // on the customer rows) runs in the owner's function.
        const ImportResult first = importSearchShop(staff, test::testDataPath(QStringLiteral("search/first.csv")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.counts.inserted, qint64(6));
        QCOMPARE(store.scalar(QStringLiteral("SELECT mobile FROM customers WHERE customer_key = 'LiSi'")).toString(),
                 QStringLiteral("15988880000"));

        // The server refuses every column that holds them, and every view or
        // revision that would hand them over.
        for (const char *statement :
             {"SELECT phone FROM orders", "SELECT email FROM orders", "SELECT address FROM orders",
              "SELECT * FROM orders", "SELECT mobile FROM customers", "SELECT contact_name FROM customers",
              "SELECT contact_email FROM customers", "SELECT * FROM customers", "SELECT phone FROM customer_contacts",
              "SELECT previous_row FROM import_revisions", "SELECT phone FROM opt_out_numbers",
              "SELECT o.id FROM orders o WHERE o.phone LIKE '159%'"})
            QCOMPARE(refusedState(staff, QString::fromLatin1(statement)), kInsufficientPrivilege);
        // What she works with stays readable.
        QCOMPARE(refusedState(staff,
                              QStringLiteral(
                                  "SELECT o.id, c.customer_key, o.receiver_name, o.province, o.paid_fen FROM "
                                  "orders o JOIN customers c ON c.id = o.customer_id")),
                 QString());

        // Her profile and her list show the numbers masked by the server.
        const qint64 lisi = test::idOf(staff, QStringLiteral("LiSi"));
        QVERIFY(lisi > 0);
        CustomerContact contact;
        CustomerFigures figures;
        CustomerMetricsQuery(staff).one(lisi, &contact, &figures);
        QCOMPARE(contact.key, QStringLiteral("LiSi"));
        QCOMPARE(contact.phone, QStringLiteral("159****0000"));
        QCOMPARE(contact.phoneDisplay, QStringLiteral("159****0000"));
        QCOMPARE(contact.address, QStringLiteral("江苏省 南京****"));
        QCOMPARE(contact.province, QStringLiteral("江苏")); // as the import derives it
        CustomerMetricsQuery(manager).one(lisi, &contact, &figures);
        QCOMPARE(contact.phone, QStringLiteral("15988880000"));
        const QList<CustomerRow> rows = CustomerListQuery(staff).rows({lisi}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().phone, QStringLiteral("159****0000"));

        // Search by phone digits still finds her customers (the server's
        // look-up answers with ids), the masked middle digits included.
        QCOMPARE(searched(staff, QStringLiteral("8888")), QStringLiteral("LiSi zhangsan_88"));
        QCOMPARE(searched(staff, QStringLiteral("88880")), QStringLiteral("LiSi"));
        QCOMPARE(searched(staff, QStringLiteral("1234 8888")), QStringLiteral("zhangsan_88"));
        QCOMPARE(searched(staff, QStringLiteral("5678")), QStringLiteral("zhangsan_88"));
        QCOMPARE(searched(staff, QStringLiteral("王小明")), QStringLiteral("王小明"));
        QCOMPARE(searched(staff, QStringLiteral("8888")), searched(manager, QStringLiteral("8888")));

        // A later staff import that changes an order: its previous row (with
        // the phone) is kept for a revert through the owner's function.
        const QString changed = store.dir() + QStringLiteral("/changed.csv");
        {
            QFile f(changed);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("customer,order,paid_at,amount,phone,address\n"
                    "LiSi,T1003,2024-01-07 11:00:00,85.00,15988880001,江苏省 南京市 玄武区 中山路2号\n");
        }
        const ImportResult second = importSearchShop(staff, changed);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.counts.updated, qint64(1));
        QCOMPARE(store.scalar(QStringLiteral("SELECT mobile FROM customers WHERE customer_key = 'LiSi'")).toString(),
                 QStringLiteral("15988880001"));
        QVERIFY(store.scalar(QStringLiteral("SELECT previous_row FROM import_revisions WHERE table_name = 'orders'"))
                    .toString()
                    .contains(QLatin1String("15988880000")));

        // The manager reverts it and reads every number for an export.
        const qint64 secondId = store.scalar(QStringLiteral("SELECT MAX(id) FROM imports")).toLongLong();
        QVERIFY2(ImportHistory(manager).revert(secondId, &error), qPrintable(error));
        QCOMPARE(store.scalar(QStringLiteral("SELECT mobile FROM customers WHERE customer_key = 'LiSi'")).toString(),
                 QStringLiteral("15988880000"));
        const qint64 maxId = store.scalar(QStringLiteral("SELECT MAX(id) FROM customers")).toLongLong();
        std::vector<char> everyone(std::size_t(maxId + 1), 1);
        QStringList mobiles;
        QVERIFY2(OutreachStore(manager).scanCustomers(
                     everyone,
                     [&](qint64, QByteArrayView, QByteArrayView mobile, QByteArrayView, QByteArrayView) {
                         if (!mobile.isEmpty())
                             mobiles << QString::fromUtf8(mobile);
                     },
                     &error),
                 qPrintable(error));
        mobiles.sort();
        QCOMPARE(mobiles.join(QLatin1Char(' ')), QStringLiteral("13812348888 15988880000 17711112222 18600001234"));
        // … which staff cannot.
        QVERIFY(!OutreachStore(staff).scanCustomers(
            everyone, [](qint64, QByteArrayView, QByteArrayView, QByteArrayView, QByteArrayView) {}, &error));
        QVERIFY(!StoreRoles::may(staff, StoreRoles::Right::SeeFullNumbers));
        QVERIFY(StoreRoles::may(manager, StoreRoles::Right::SeeFullNumbers));
    }

    void upgradeKeepsRights()
    {
        // A second workstation opening the store (no step left to run) and a
        // re-applied grant leave the rights as they were: apply is idempotent.
        if (serverUrl().isEmpty())
            return;
        BackendStore store(QStringLiteral("postgresql"));
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QVERIFY2(StoreRoles::setAccount(store.db(), m_staff, StoreRoles::Role::Staff, {}, &error), qPrintable(error));
        QVERIFY2(store.openAs(m_staff, QStringLiteral("roles-again"), &error), qPrintable(error));
        {
            const QSqlDatabase staff = Database::connection(QStringLiteral("roles-again"));
            QCOMPARE(refusedState(staff, QStringLiteral("DELETE FROM orders")), kInsufficientPrivilege);
            QCOMPARE(refusedState(staff, QStringLiteral("SELECT COUNT(*) FROM customer_contacts_shown")), QString());
            QCOMPARE(refusedState(staff, QStringLiteral("SELECT COUNT(*) FROM customer_contacts")),
                     kInsufficientPrivilege);
        }
        Database::close(QStringLiteral("roles-again"));
        // A store that needs an upgrade: only its owner may run it, and a
        // staff login is told so (not a permission error from the server).
        QVERIFY(
            QSqlQuery(store.db())
                .exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(Migrations::latestVersion() - 1)));
        QVERIFY(!store.openAs(m_staff, QStringLiteral("roles-old"), &error));
        QVERIFY2(error.contains(QLatin1String("only the login that created it")), qPrintable(error));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (serverUrl().isEmpty())
        std::printf("SKIPPED: the PostgreSQL half of test_store_roles (HUITOU_TEST_PG is not set; "
                    "installer/test.sh starts a throwaway cluster)\n");
    TestStoreRoles test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_store_roles.moc"
