#include "TestFiles.h"
#include "storage/Database.h"
#include "storage/Migrations.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace huitou;

namespace {

// A store of the latest schema back to what version VERSION (< 11) held, as
// far as later steps would trip over it: v11 added columns, which SQLite
// cannot add twice.
bool rewindTo(QSqlQuery &q, int version)
{
    for (const char *column : {"mobile", "contact_name", "contact_email"}) {
        if (!q.exec(QStringLiteral("ALTER TABLE customers DROP COLUMN %1").arg(QLatin1String(column))))
            return false;
    }
    return q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private slots:
    // v10 -> v11: the contact facts move onto the customer row, filled once
    // by the migration with DESIGN.md's mobile rule (the latest valid mobile
    // by payment, else creation time, over all her orders, valid or not).
    void contactFactsAreBackfilled()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m11"), &error), qPrintable(error));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m11")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO imports (id, file_name, sha256, format, encoding, "
                                          "imported_at) VALUES (1, 'x', '', 'taobao', 'utf-8', '2024-01-01')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, customer_key, contact_order_id) VALUES "
                                          "(1, 'a', 3), (2, 'b', 4), (3, 'c', NULL)")));
            // a: the latest order's number is a landline, the one before has
            //    a mobile behind +86 and dashes, the oldest another mobile;
            // b: an unpaid order created after her paid one holds the latest mobile;
            // c: masked only.
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO orders (id, source, order_no, customer_id, status, created_at, paid_at, paid_fen, "
                "is_valid, receiver_name, phone, email, fingerprint, first_import_id, last_import_id) VALUES "
                "(1, 't', '1', 1, '交易成功', '2024-01-01T10:00:00', '2024-01-01T10:00:00', 100, 1, '甲', "
                "'13800000001', NULL, 0, 1, 1), "
                "(2, 't', '2', 1, '交易成功', '2024-02-01T10:00:00', '2024-02-01T10:00:00', 100, 1, '甲', "
                "'+86 139-0000-0002', NULL, 0, 1, 1), "
                "(3, 't', '3', 1, '交易成功', '2024-03-01T10:00:00', '2024-03-01T10:00:00', 100, 1, '甲二', "
                "'0571-88886666', 'a@x.cn', 0, 1, 1), "
                "(4, 't', '4', 2, '交易成功', '2024-01-01T10:00:00', '2024-01-01T10:00:00', 100, 1, '乙', "
                "'13700000003', NULL, 0, 1, 1), "
                "(5, 't', '5', 2, '等待买家付款', '2024-01-05T10:00:00', NULL, 100, 0, '乙', "
                "'(136)0000-0004', NULL, 0, 1, 1), "
                "(6, 't', '6', 3, '交易成功', '2024-01-01T10:00:00', '2024-01-01T10:00:00', 100, 1, '丙', "
                "'138****0006', NULL, 0, 1, 1)")));
            QVERIFY(rewindTo(q, 10)); // back to what a v10 store held
        }
        Database::close(QStringLiteral("m11"));
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m11"), &error), qPrintable(error));
        QSqlQuery q(Database::connection(QStringLiteral("m11")));
        QVERIFY(q.exec(QStringLiteral("SELECT id, COALESCE(mobile, '-'), COALESCE(contact_name, '-'), "
                                      "COALESCE(contact_email, '-') FROM customers ORDER BY id")));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString());
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("1 13900000002 甲二 a@x.cn"), QStringLiteral("2 13600000004 乙 -"),
                              QStringLiteral("3 - - -")}));
        q = QSqlQuery();
        Database::close(QStringLiteral("m11"));
    }

    // v5 -> v6: 蕾丝 moves from style to material in the default dictionary
    // and on customers; a customer tagged both ways keeps one tag.
    void laceBecomesAMaterial()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m6"), &error), qPrintable(error));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m6")));
            // Back to what a v5 store held.
            QVERIFY(q.exec(QStringLiteral(
                "UPDATE tag_groups SET tag_values = '[\"蕾丝\",\"淑女\",\"森系\",\"欧美\",\"甜美\",\"文艺\"]' "
                "WHERE group_key = 'style'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE tag_groups SET tag_values = '[\"雪纺\",\"棉\",\"真丝\",\"麻\"]' "
                                          "WHERE group_key = 'material'")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, customer_key) VALUES (1, 'a'), (2, 'b')")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) VALUES "
                                      "(1, 'style', '蕾丝', 'manual'), (1, 'style', '淑女', 'manual'), "
                                      "(2, 'style', '蕾丝', 'manual'), (2, 'material', '蕾丝', 'manual')")));
            QVERIFY(rewindTo(q, 5));
        }
        Database::close(QStringLiteral("m6"));
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m6"), &error), qPrintable(error));
        QSqlQuery q(Database::connection(QStringLiteral("m6")));
        QVERIFY(q.exec(QStringLiteral("SELECT group_key, tag_values FROM tag_groups WHERE group_key IN ('style', "
                                      "'material') ORDER BY group_key")));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("[\"雪纺\",\"棉\",\"真丝\",\"麻\",\"蕾丝\"]"));
        QVERIFY(q.next());
        QCOMPARE(q.value(1).toString(), QStringLiteral("[\"淑女\",\"森系\",\"欧美\",\"甜美\",\"文艺\"]"));
        QVERIFY(q.exec(QStringLiteral("SELECT customer_id, group_key, tag_value FROM customer_tags "
                                      "ORDER BY customer_id, group_key, tag_value")));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("1 material 蕾丝"), QStringLiteral("1 style 淑女"),
                              QStringLiteral("2 material 蕾丝")}));
        q = QSqlQuery();
        Database::close(QStringLiteral("m6"));
    }

    // v6 -> v7: the legacy single note field becomes a dated note in the
    // timeline, once: a note v4 already folded (same text) is not doubled, an
    // empty field makes none, and the field keeps its text. Notes without an
    // audit row (v4 made them) get one, so the timeline shows them.
    void singleNoteFieldBecomesADatedNote()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m7"), &error), qPrintable(error));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m7")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO customers (id, customer_key) VALUES (1, 'a'), (2, 'b'), (3, 'c')")));
            // a: typed after v4; b: folded by v4 (note row, no audit row); c: empty field.
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customer_profiles (customer_id, consent, notes) VALUES "
                                          "(1, 'unknown', ' 穿M码，喜欢雾霾蓝 '), (2, 'unknown', '退过一次'), "
                                          "(3, 'unknown', '')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customer_notes (id, customer_id, text, staff, created_at) "
                                          "VALUES (10, 2, '退过一次', '', '2026-01-05T10:00:00')")));
            QVERIFY(rewindTo(q, 6));
        }
        Database::close(QStringLiteral("m7"));
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m7"), &error), qPrintable(error));
        QSqlQuery q(Database::connection(QStringLiteral("m7")));
        QVERIFY(q.exec(
            QStringLiteral("SELECT customer_id, text, created_at <> '' FROM customer_notes ORDER BY customer_id")));
        QStringList notes;
        while (q.next())
            notes
                << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(notes, (QStringList{QStringLiteral("1 穿M码，喜欢雾霾蓝 1"), QStringLiteral("2 退过一次 1")}));
        QVERIFY(q.exec(QStringLiteral("SELECT customer_id, action, json_extract(detail, '$.text') FROM audit_log "
                                      "WHERE entity = 'note' ORDER BY customer_id")));
        QStringList audit;
        while (q.next())
            audit
                << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        QCOMPARE(audit,
                 (QStringList{QStringLiteral("1 note_added 穿M码，喜欢雾霾蓝"),
                              QStringLiteral("2 note_added 退过一次")}));
        QVERIFY(q.exec(QStringLiteral("SELECT notes FROM customer_profiles WHERE customer_id = 1")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral(" 穿M码，喜欢雾霾蓝 ")); // kept
        q = QSqlQuery();
        Database::close(QStringLiteral("m7"));
    }

    // v7 -> v8: the first-day and order-number indexes carry the columns
    // Today and the reviews import read, so those read the index alone.
    void widerIndexesForTodayAndReviews()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m8"), &error), qPrintable(error));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m8")));
            // Back to the v7 indexes.
            QVERIFY(q.exec(QStringLiteral("DROP INDEX customer_metrics_by_first_day")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE INDEX customer_metrics_by_first_day ON customer_metrics(first_day, customer_id)")));
            QVERIFY(q.exec(QStringLiteral("DROP INDEX orders_by_order_no")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX orders_by_order_no ON orders(order_no)")));
            QVERIFY(rewindTo(q, 7));
        }
        Database::close(QStringLiteral("m8"));
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m8"), &error), qPrintable(error));
        QSqlQuery q(Database::connection(QStringLiteral("m8")));
        const auto columns = [&q](const QString &index) {
            QStringList out;
            q.exec(QStringLiteral("PRAGMA index_info(%1)").arg(index));
            while (q.next())
                out << q.value(2).toString();
            return out;
        };
        QCOMPARE(columns(QStringLiteral("customer_metrics_by_first_day")),
                 (QStringList{QStringLiteral("first_day"), QStringLiteral("customer_id"), QStringLiteral("frequency"),
                              QStringLiteral("last_day")}));
        QCOMPARE(columns(QStringLiteral("orders_by_order_no")),
                 (QStringList{QStringLiteral("order_no"), QStringLiteral("id"), QStringLiteral("customer_id")}));
        q = QSqlQuery();
        Database::close(QStringLiteral("m8"));
    }

    // v17 -> v18: campaign members move to a table keyed by (campaign,
    // customer) alone, every row kept with its group.
    void campaignMembersKeepTheirRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("store.db"));
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m18"), &error), qPrintable(error));
        {
            QSqlQuery q(Database::connection(QStringLiteral("m18")));
            // Back to the v17 table, with two campaigns of members.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE campaign_members")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE campaign_members (campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE "
                "CASCADE, customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE, member_group TEXT "
                "NOT NULL, PRIMARY KEY (campaign_id, customer_id))")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE INDEX campaign_members_by_customer ON campaign_members(customer_id, member_group)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO customers (id, customer_key) VALUES (1, 'a'), (2, 'b'), "
                                          "(3, 'c')")));
            for (int id : {1, 2})
                QVERIFY(
                    q.exec(QStringLiteral("INSERT INTO campaigns (id, name, send_day, channel, file_format, file_name, "
                                          "staff, created_at, segment, exclusions, control_share, seed, "
                                          "cost_per_message_centifen, billed_messages, cost_fen, treatment_members, "
                                          "control_members) VALUES (%1, 'c', '2024-06-01', 'sms', 'csv', 'x.csv', 's', "
                                          "'2024-06-01T10:00:00', '{}', '{}', 0.1, 1, 0, 0, 0, 2, 1)")
                               .arg(id)));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO campaign_members VALUES (1, 3, 'treatment'), (1, 1, 'control'), (1, 2, 'treatment'), "
                "(2, 2, 'control')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 17")));
        }
        Database::close(QStringLiteral("m18"));
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m18"), &error), qPrintable(error));
        QSqlQuery q(Database::connection(QStringLiteral("m18")));
        QVERIFY(q.exec(QStringLiteral("SELECT campaign_id, customer_id, member_group FROM campaign_members")));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
        // Read in key order: the table is its primary key.
        QCOMPARE(rows,
                 (QStringList{QStringLiteral("1 1 control"), QStringLiteral("1 2 treatment"),
                              QStringLiteral("1 3 treatment"), QStringLiteral("2 2 control")}));
        QVERIFY(q.exec(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'campaign_members'")) && q.next());
        QVERIFY(q.value(0).toString().contains(QStringLiteral("WITHOUT ROWID")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE tbl_name = 'campaign_members' AND "
                                      "type = 'index' AND sql IS NOT NULL"))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A campaign deleted takes its members along (the one foreign key kept).
        QVERIFY(q.exec(QStringLiteral("DELETE FROM campaigns WHERE id = 1")));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM campaign_members")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        q = QSqlQuery();
        Database::close(QStringLiteral("m18"));
    }

    void emptyFileMigratesToLatest()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/sub/store.db")); // folders are created
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m1"), &error), qPrintable(error));
        QSqlDatabase db = Database::connection(QStringLiteral("m1"));
        QCOMPARE(Database::schemaVersion(db), Migrations::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : {"customers", "orders", "order_items", "imports", "import_rejects", "import_revisions",
                                  "column_mappings", "settings"})
            QVERIFY2(db.tables().contains(QString::fromLatin1(table)), table);
        db = QSqlDatabase();
        Database::close(QStringLiteral("m1"));
        // Opening again is a no-op migration.
        QVERIFY(Database::open(StoreLocation::file(path), QStringLiteral("m1"), &error));
        QCOMPARE(Database::schemaVersion(Database::connection(QStringLiteral("m1"))), Migrations::latestVersion());
        Database::close(QStringLiteral("m1"));
    }

    // Every released schema has a golden store in tests/data/db; each must open.
    void goldenStoresMigrate_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("v1") << QStringLiteral("db/v1.db");
    }
    void goldenStoresMigrate()
    {
        QFETCH(QString, file);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("golden.db"));
        QVERIFY(QFile::copy(test::testDataPath(file), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        QString error;
        QVERIFY2(Database::open(StoreLocation::file(path), QStringLiteral("m2"), &error), qPrintable(error));
        QSqlDatabase db = Database::connection(QStringLiteral("m2"));
        QCOMPARE(Database::schemaVersion(db), Migrations::latestVersion());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_contacts WHERE customer_key IS NOT NULL"))
                && q.next());
        QVERIFY(q.value(0).toInt() > 0);
        db = QSqlDatabase();
        Database::close(QStringLiteral("m2"));
    }

    void newerSchemaIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.db"));
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future_stuff (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrations::latestVersion() + 1)));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString error;
        QVERIFY(!Database::open(StoreLocation::file(path), QStringLiteral("m3"), &error));
        QVERIFY2(error.contains(QStringLiteral("newer version of Huitou")), qPrintable(error));
        // And it is left as it was.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QCOMPARE(Database::schemaVersion(raw), Migrations::latestVersion() + 1);
            QVERIFY(!raw.tables().contains(QStringLiteral("orders")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
