#include "Migrations.h"

#include "BackupStore.h"

#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace huitou {

namespace {

// v0 -> v1: the store and the import log.
const char *const kV1[] = {
    R"(CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        format TEXT NOT NULL,
        encoding TEXT NOT NULL,
        imported_at TEXT NOT NULL,
        rows_read INTEGER NOT NULL DEFAULT 0,
        inserted INTEGER NOT NULL DEFAULT 0,
        updated INTEGER NOT NULL DEFAULT 0,
        unchanged INTEGER NOT NULL DEFAULT 0,
        rejected INTEGER NOT NULL DEFAULT 0,
        reverted_at TEXT))",
    R"(CREATE TABLE import_rejects (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        record INTEGER NOT NULL,
        reason TEXT NOT NULL))",
    R"(CREATE INDEX import_rejects_by_import ON import_rejects(import_id))",
    // Contacts are not copied: a customer points at the order that holds her
    // latest contact details and the one with her latest unmasked phone.
    R"(CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        customer_key TEXT NOT NULL UNIQUE,
        contact_order_id INTEGER,
        contact_at TEXT,
        phone_order_id INTEGER,
        phone_at TEXT,
        created_import_id INTEGER REFERENCES imports(id)))",
    R"(CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        order_no TEXT NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers(id) DEFERRABLE INITIALLY DEFERRED,
        status TEXT NOT NULL,
        created_at TEXT,
        paid_at TEXT,
        paid_day TEXT,
        paid_fen INTEGER NOT NULL,
        refund_fen INTEGER NOT NULL DEFAULT 0,
        item_count INTEGER,
        is_valid INTEGER NOT NULL,
        receiver_name TEXT,
        phone TEXT,
        email TEXT,
        address TEXT,
        province TEXT,
        titles TEXT,
        fingerprint INTEGER NOT NULL,
        first_import_id INTEGER NOT NULL REFERENCES imports(id),
        last_import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, order_no)))",
    R"(CREATE INDEX orders_by_customer ON orders(customer_id))",
    R"(CREATE TABLE order_items (
        id INTEGER PRIMARY KEY,
        source TEXT NOT NULL,
        order_no TEXT NOT NULL,
        line_no INTEGER NOT NULL,
        title TEXT,
        price_fen INTEGER,
        quantity INTEGER,
        outer_id TEXT,
        sku_text TEXT,
        sku_color TEXT,
        sku_size TEXT,
        sku_attributes TEXT,
        status TEXT,
        merchant_code TEXT,
        fingerprint INTEGER NOT NULL,
        first_import_id INTEGER NOT NULL REFERENCES imports(id),
        last_import_id INTEGER NOT NULL REFERENCES imports(id),
        UNIQUE (source, order_no, line_no)))",
    R"(CREATE VIEW customer_contacts AS
        SELECT c.id, c.customer_key, co.receiver_name, co.address, co.province, co.phone AS phone_display,
               po.phone AS phone, co.email
        FROM customers c
        LEFT JOIN orders co ON co.id = c.contact_order_id
        LEFT JOIN orders po ON po.id = c.phone_order_id)",
    // The previous state of every row an import updated, so the import can be
    // reverted as a whole. previous_row is JSON of the replaced columns.
    R"(CREATE TABLE import_revisions (
        import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
        table_name TEXT NOT NULL,
        row_id INTEGER NOT NULL,
        previous_row TEXT NOT NULL))",
    R"(CREATE INDEX import_revisions_by_import ON import_revisions(import_id))",
    R"(CREATE TABLE column_mappings (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL))",
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
};

// v1 -> v2: per-customer analytics results, recomputed after every import
// and settings change, so customer lists filter on them instantly.
const char *const kV2[] = {
    R"(CREATE TABLE customer_metrics (
        customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
        frequency INTEGER NOT NULL,
        monetary_fen INTEGER NOT NULL,
        valid_orders INTEGER NOT NULL,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        recency INTEGER NOT NULL,
        stage TEXT NOT NULL,
        customer_type TEXT NOT NULL,
        tier TEXT NOT NULL,
        rfm_segment TEXT NOT NULL,
        r_score INTEGER NOT NULL,
        f_score INTEGER NOT NULL,
        m_score INTEGER NOT NULL,
        p_alive REAL,
        expected_90 REAL NOT NULL))",
    R"(CREATE INDEX customer_metrics_by_stage ON customer_metrics(stage, customer_type))",
    // Covering index for the analytics load: the report reads only this
    // narrow index, not the wide order rows.
    R"(CREATE INDEX orders_valid_facts ON orders(is_valid, paid_day, customer_id, paid_at, paid_fen, refund_fen,
        item_count, province))",
};

// v2 -> v3: what staff add to a customer: profile (birthday, marketing
// consent, notes), the tag dictionary and customer tags (manual or automatic).
const char *const kV3[] = {
    R"(CREATE TABLE customer_profiles (
        customer_id INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
        birthday TEXT,
        consent TEXT NOT NULL DEFAULT 'unknown',
        notes TEXT))",
    R"(CREATE TABLE tag_groups (
        group_key TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        kind TEXT NOT NULL,
        tag_values TEXT NOT NULL,
        position INTEGER NOT NULL))",
    R"(CREATE TABLE customer_tags (
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        group_key TEXT NOT NULL,
        tag_value TEXT NOT NULL,
        source TEXT NOT NULL,
        PRIMARY KEY (customer_id, group_key, tag_value, source)))",
    R"(CREATE INDEX customer_tags_by_value ON customer_tags(group_key, tag_value))",
    // Customers whose orders or items changed since their automatic tags
    // were last derived.
    R"(CREATE TABLE auto_tag_dirty (customer_id INTEGER PRIMARY KEY))",
    // The customer list opens sorted by last purchase: an index walk.
    R"(CREATE INDEX customer_metrics_by_last_day ON customer_metrics(last_day, customer_id))",
    // The dictionary of DESIGN.md, as a starting point the shop can edit.
    R"(INSERT INTO tag_groups (group_key, name_zh, name_en, kind, tag_values, position) VALUES
        ('size', '尺码', 'Size', 'single', '["S","M","L","XL","XXL","均码"]', 1),
        ('height', '身高', 'Height (cm)', 'numeric', '[]', 2),
        ('weight', '体重', 'Weight (kg)', 'numeric', '[]', 3),
        ('age_band', '年龄段', 'Age band', 'single', '["18-24","25-29","30-34","35-39","40+"]', 4),
        ('style', '风格', 'Style', 'multi', '["蕾丝","淑女","森系","欧美","甜美","文艺"]', 5),
        ('material', '材质', 'Material', 'multi', '["雪纺","棉","真丝","麻"]', 6),
        ('colour', '色系', 'Colour', 'multi', '["亮色","暗色"]', 7),
        ('occupation', '职业', 'Occupation', 'single', '["学生","白领","教师","医护","自由职业"]', 8),
        ('logistics', '物流偏好', 'Logistics', 'single', '["顺丰","中通","圆通","韵达","EMS"]', 9),
        ('spending', '消费能力', 'Spending power', 'single', '["高","中","低"]', 10))",
};

// v4 -> v5 (issue 11, outreach): saved segments, campaigns with their
// members (every export is one), numbers from opt-out lists, and an index
// for orders with a refund (the "refund in progress" exclusion).
const char *const kV5[] = {
    R"(CREATE TABLE saved_segments (
        name TEXT PRIMARY KEY,
        definition TEXT NOT NULL,
        staff TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        send_day TEXT NOT NULL,
        channel TEXT NOT NULL,
        file_format TEXT NOT NULL,
        file_name TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        segment TEXT NOT NULL,
        exclusions TEXT NOT NULL,
        message_template TEXT,
        coupon TEXT,
        control_share REAL NOT NULL,
        seed INTEGER NOT NULL,
        cost_per_message_centifen INTEGER NOT NULL,
        billed_messages INTEGER NOT NULL,
        cost_fen INTEGER NOT NULL,
        treatment_members INTEGER NOT NULL,
        control_members INTEGER NOT NULL))",
    R"(CREATE TABLE campaign_members (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        member_group TEXT NOT NULL,
        PRIMARY KEY (campaign_id, customer_id)))",
    R"(CREATE INDEX campaign_members_by_customer ON campaign_members(customer_id, member_group))",
    R"(CREATE TABLE opt_out_numbers (
        phone TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL))",
    R"(CREATE INDEX orders_with_refund ON orders(customer_id) WHERE refund_fen > 0)",
};

QStringList toList(const char *const *begin, const char *const *end)
{
    QStringList out;
    for (auto it = begin; it != end; ++it)
        out << QString::fromUtf8(*it);
    return out;
}

} // namespace

int Migrations::latestVersion()
{
    return 5;
}

QStringList Migrations::step(int fromVersion)
{
    switch (fromVersion) {
    case 0:
        return toList(std::begin(kV1), std::end(kV1));
    case 1:
        return toList(std::begin(kV2), std::end(kV2));
    case 2:
        return toList(std::begin(kV3), std::end(kV3));
    case 3:
        return {}; // v4 is reserved for another issue's step (placeholder until it lands)
    case 4:
        return toList(std::begin(kV5), std::end(kV5));
    default:
        return {};
    }
}

bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = QCoreApplication::translate("Migrations", "Cannot read the schema version: %1")
                     .arg(q.lastError().text());
        return false;
    }
    int version = q.value(0).toInt();
    q.finish(); // an unfinished statement makes the backup's VACUUM INTO fail
    if (version > latestVersion()) {
        *error = QCoreApplication::translate(
                     "Migrations",
                     "This store was written by a newer version of Huitou (schema %1; this "
                     "program knows up to %2). Please update Huitou to open it.")
                     .arg(version)
                     .arg(latestVersion());
        return false;
    }
    if (version > 0 && version < latestVersion()) {
        // An automatic backup of the store as this version wrote it.
        QString backupError;
        if (!BackupStore(db).create(QStringLiteral("migration"), nullptr, &backupError)) {
            *error = QCoreApplication::translate("Migrations", "Cannot back up the store before upgrading it: %1")
                         .arg(backupError);
            return false;
        }
    }
    while (version < latestVersion()) {
        Transaction tx(db);
        for (const QString &statement : step(version)) {
            if (!q.exec(statement)) {
                *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                             .arg(version + 1)
                             .arg(q.lastError().text());
                return false;
            }
        }
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) || !tx.commit()) {
            *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                         .arg(version + 1)
                         .arg(q.lastError().text());
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace huitou
