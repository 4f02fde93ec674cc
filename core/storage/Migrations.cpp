#include "Migrations.h"

#include "BackupStore.h"

#include "Transaction.h"
#include "postgres/PostgresDialect.h"
#include "postgres/PostgresRoles.h"
#include "sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QRegularExpression>
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

// v3 -> v4: care and the voice of the customer. Everything staff record is
// signed (staff) and dated; nothing is deleted: rows are superseded or carry
// deleted_at / undone_at, and audit_log keeps every action for the timeline.
const char *const kV4[] = {
    R"(CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER,
        detail TEXT NOT NULL DEFAULT '{}',
        staff TEXT NOT NULL,
        at TEXT NOT NULL,
        undone_at TEXT))",
    R"(CREATE INDEX audit_log_by_customer ON audit_log(customer_id, at))",
    R"(CREATE TABLE customer_notes (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        replaces_id INTEGER REFERENCES customer_notes(id),
        deleted_at TEXT))",
    R"(CREATE INDEX customer_notes_by_customer ON customer_notes(customer_id))",
    // The single note field of v3 becomes the first dated note.
    R"(INSERT INTO customer_notes (customer_id, text, staff, created_at)
        SELECT customer_id, notes, '', strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime') FROM customer_profiles
        WHERE notes IS NOT NULL AND notes <> '')",
    R"(CREATE TABLE consent_changes (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        state TEXT NOT NULL,
        previous_state TEXT NOT NULL,
        source TEXT NOT NULL,
        staff TEXT NOT NULL,
        changed_day TEXT NOT NULL,
        changed_at TEXT NOT NULL))",
    R"(CREATE INDEX consent_changes_by_customer ON consent_changes(customer_id))",
    R"(CREATE TABLE care_tasks (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        task_key TEXT NOT NULL,
        due_day TEXT NOT NULL,
        status TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        undone_at TEXT))",
    R"(CREATE INDEX care_tasks_by_customer ON care_tasks(customer_id, task_key))",
    R"(CREATE INDEX care_tasks_by_due ON care_tasks(due_day))",
    R"(CREATE TABLE reason_categories (
        code TEXT PRIMARY KEY,
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        position INTEGER NOT NULL))",
    R"(CREATE TABLE reasons (
        code TEXT PRIMARY KEY,
        category_code TEXT NOT NULL REFERENCES reason_categories(code),
        name_zh TEXT NOT NULL,
        name_en TEXT NOT NULL,
        keywords TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        merged_into TEXT REFERENCES reasons(code)))",
    R"(INSERT INTO reason_categories (code, name_zh, name_en, position) VALUES
        ('product', '商品', 'Product', 1), ('logistics', '物流', 'Logistics', 2), ('service', '客服', 'Service', 3),
        ('warehouse', '仓库', 'Warehouse', 4), ('other', '其他', 'Other', 5))",
    R"(INSERT INTO reasons (code, category_code, name_zh, name_en, keywords, position) VALUES
        ('size_large', 'product', '尺码偏大', 'Too large', '偏大', 1),
        ('size_small', 'product', '尺码偏小', 'Too small', '偏小', 2),
        ('colour_differs', 'product', '色差', 'Colour differs', '', 3),
        ('fabric', 'product', '面料', 'Fabric', '', 4),
        ('pilling', 'product', '起球', 'Pilling', '', 5),
        ('fading', 'product', '掉色/褪色', 'Fading', '掉色 褪色', 6),
        ('too_thin', 'product', '太薄', 'Too thin', '薄', 7),
        ('workmanship', 'product', '做工/线头', 'Workmanship', '做工 线头', 8),
        ('odour', 'product', '异味', 'Odour', '', 9),
        ('not_as_pictured', 'product', '与图片不符', 'Not as pictured', '不好看', 10),
        ('poor_quality', 'product', '质量差', 'Poor quality', '差 粗糙 坑 失望', 11),
        ('slow_delivery', 'logistics', '物流慢', 'Slow delivery', '慢 龟速 蜗牛', 12),
        ('not_delivered', 'logistics', '未送达', 'Not delivered', '不送', 13),
        ('damaged', 'logistics', '包裹破损', 'Parcel damaged', '', 14),
        ('attitude', 'service', '态度差', 'Poor attitude', '态度', 15),
        ('slow_reply', 'service', '回复慢', 'Slow reply', '不理 反应', 16),
        ('slow_dispatch', 'warehouse', '发货慢', 'Slow dispatch', '', 17),
        ('wrong_item', 'warehouse', '发错', 'Wrong item', '发错 错发', 18),
        ('missing_item', 'warehouse', '漏发', 'Missing item', '漏发 少发', 19),
        ('price_value', 'other', '性价比', 'Price / value', '', 20),
        ('changed_mind', 'other', '不想要了', 'Changed mind', '', 21),
        ('other', 'other', '其他', 'Other', '', 22))",
    R"(CREATE TABLE reason_entries (
        id INTEGER PRIMARY KEY,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        reason_code TEXT NOT NULL REFERENCES reasons(code),
        order_id INTEGER REFERENCES orders(id),
        item_id INTEGER REFERENCES order_items(id),
        text TEXT NOT NULL DEFAULT '',
        logged_day TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        resolved_at TEXT,
        resolution TEXT,
        resolved_by TEXT,
        deleted_at TEXT,
        deleted_by TEXT,
        source TEXT NOT NULL DEFAULT 'manual',
        review_id INTEGER,
        confirmed INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE INDEX reason_entries_by_customer ON reason_entries(customer_id))",
    R"(CREATE INDEX reason_entries_by_day ON reason_entries(logged_day, kind))",
    R"(CREATE TABLE callback_samples (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        population TEXT NOT NULL,
        sampling_day TEXT NOT NULL,
        requested_size INTEGER NOT NULL,
        by_tier INTEGER NOT NULL,
        seed TEXT NOT NULL,
        population_size INTEGER NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        deleted_at TEXT))",
    R"(CREATE TABLE callback_members (
        sample_id INTEGER NOT NULL REFERENCES callback_samples(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        tier TEXT,
        PRIMARY KEY (sample_id, position)))",
    R"(CREATE INDEX callback_members_by_customer ON callback_members(customer_id))",
    R"(CREATE TABLE survey_answers (
        id INTEGER PRIMARY KEY,
        sample_id INTEGER NOT NULL REFERENCES callback_samples(id),
        customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
        reached TEXT NOT NULL,
        satisfaction INTEGER,
        problem_codes TEXT NOT NULL DEFAULT '',
        problem_text TEXT NOT NULL DEFAULT '',
        expectations TEXT NOT NULL DEFAULT '',
        buy_again TEXT,
        why_not_codes TEXT NOT NULL DEFAULT '',
        why_not_text TEXT NOT NULL DEFAULT '',
        follow_up INTEGER NOT NULL DEFAULT 0,
        answered_day TEXT NOT NULL,
        staff TEXT NOT NULL,
        created_at TEXT NOT NULL,
        superseded_at TEXT))",
    R"(CREATE INDEX survey_answers_by_sample ON survey_answers(sample_id, customer_id))",
    // Today's new customers come from the stored per-customer results.
    R"(CREATE INDEX customer_metrics_by_first_day ON customer_metrics(first_day, customer_id))",
    // Reviews (and staff) name orders by their number alone.
    R"(CREATE INDEX orders_by_order_no ON orders(order_no))",
    R"(CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        order_no TEXT NOT NULL,
        order_id INTEGER REFERENCES orders(id),
        customer_id INTEGER REFERENCES customers(id) ON DELETE CASCADE,
        rating INTEGER NOT NULL,
        text TEXT NOT NULL,
        reviewed_at TEXT,
        reviewed_day TEXT,
        import_id INTEGER REFERENCES imports(id),
        UNIQUE (order_no, reviewed_at, text)))",
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

// v5 -> v6: 蕾丝 (lace) is a material, not a style (issue 9). The shop's
// dictionary moves only while it still holds the defaults (a shop that edited
// it keeps its own), and customers' 蕾丝 style tags become material tags.
const char *const kV6[] = {
    R"(UPDATE tag_groups SET tag_values = '["淑女","森系","欧美","甜美","文艺"]'
        WHERE group_key = 'style' AND tag_values = '["蕾丝","淑女","森系","欧美","甜美","文艺"]')",
    R"(UPDATE tag_groups SET tag_values = '["雪纺","棉","真丝","麻","蕾丝"]'
        WHERE group_key = 'material' AND tag_values = '["雪纺","棉","真丝","麻"]')",
    // A customer tagged 蕾丝 as both style and material keeps the one tag.
    R"(UPDATE OR IGNORE customer_tags SET group_key = 'material' WHERE group_key = 'style' AND tag_value = '蕾丝')",
    R"(DELETE FROM customer_tags WHERE group_key = 'style' AND tag_value = '蕾丝')",
};

// v6 -> v7 (issue 10): one note box. The legacy single note field of the
// profile becomes a dated note in the timeline for every customer whose note
// is not already one (v4 folded the notes of that day; staff kept typing in
// the field since). The field's text is kept as it was. Notes without an
// audit row (those v4 made) get one, so every note shows in the timeline.
const char *const kV7[] = {
    R"(INSERT INTO customer_notes (customer_id, text, staff, created_at)
        SELECT p.customer_id, TRIM(p.notes), '', strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')
        FROM customer_profiles p
        WHERE p.notes IS NOT NULL AND TRIM(p.notes) <> '' AND NOT EXISTS (
            SELECT 1 FROM customer_notes n WHERE n.customer_id = p.customer_id AND n.text = TRIM(p.notes)))",
    R"(INSERT INTO audit_log (customer_id, action, entity, entity_id, detail, staff, at)
        SELECT n.customer_id, 'note_added', 'note', n.id, json_object('text', n.text, 'from_notes_field', 1),
               n.staff, n.created_at
        FROM customer_notes n
        WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.entity = 'note' AND a.entity_id = n.id))",
};

// v7 -> v8 (issue 10, speed on a million customers): two wider indexes.
const char *const kV8[] = {
    // Today's new customers: the first-day index also carries F and the last
    // purchase day, so the list reads the index alone, not a million-row
    // table at random (on 1,000,000 customers: 130 ms less CPU per Today).
    R"(DROP INDEX IF EXISTS customer_metrics_by_first_day)",
    R"(CREATE INDEX customer_metrics_by_first_day ON customer_metrics(first_day, customer_id, frequency, last_day))",
    // A review names its order by number: the index answers with the order
    // and its customer in id order, without reading the order row or sorting.
    R"(DROP INDEX IF EXISTS orders_by_order_no)",
    R"(CREATE INDEX orders_by_order_no ON orders(order_no, id, customer_id))",
};

// v8 -> v9 (issue 11, outreach speed): segment counts on a million
// customers filter stage with tier, type or RFM segment; the index holds all
// four, so such a count reads the index alone (stage + tier: 0.6 s → tens of
// ms). It replaces the (stage, customer_type) index, a prefix of it.
const char *const kV9[] = {
    R"(DROP INDEX IF EXISTS customer_metrics_by_stage)",
    R"(CREATE INDEX customer_metrics_by_stage ON customer_metrics(stage, customer_type, tier, rfm_segment))",
    // The export's "refund in progress" rule reads source and status of every
    // refunded order: from the index alone (230,000 table lookups took 0.8 s).
    R"(DROP INDEX IF EXISTS orders_with_refund)",
    R"(CREATE INDEX orders_with_refund ON orders(customer_id, source, status) WHERE refund_fen > 0)",
};

// v9 -> v10 (issue 12): the customer list filtered by stage opens sorted by
// the last purchase: one covering index range in that order instead of a
// sort of the stage's rows with a table lookup each.
const char *const kV10[] = {
    R"(CREATE INDEX IF NOT EXISTS customer_metrics_by_stage_last_day ON customer_metrics(stage, last_day, customer_id))",
};

// v10 -> v11 (issue 11, outreach speed): a customer's contact facts on her
// own row, so the export funnel reads one row per customer instead of looking
// up her orders (850,000 order lookups took seconds on a million customers).
// mobile: DESIGN.md's contact phone (the latest valid mobile by payment, else
// creation time, over all her orders; 11 digits; NULL when none);
// contact_name / contact_email: those of the order contact_order_id names.
// Kept by CustomerContacts::refresh after every import and revert; this step
// fills them once with the same rule (the SQL of MobileNumber::normalize).
const char *const kV11[] = {
    R"(ALTER TABLE customers ADD COLUMN mobile TEXT)",
    R"(ALTER TABLE customers ADD COLUMN contact_name TEXT)",
    R"(ALTER TABLE customers ADD COLUMN contact_email TEXT)",
    R"(UPDATE customers SET
        contact_name = (SELECT o.receiver_name FROM orders o WHERE o.id = customers.contact_order_id),
        contact_email = (SELECT o.email FROM orders o WHERE o.id = customers.contact_order_id),
        mobile = (SELECT p.mobile FROM (
            SELECT CASE WHEN o.phone GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN o.phone WHEN o.phone LIKE '%*%' THEN NULL ELSE (
                SELECT CASE WHEN d GLOB '1[3-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]' THEN d END FROM (
                SELECT CASE WHEN length(s) = 14 AND substr(s, 1, 3) = '+86' THEN substr(s, 4)
                    WHEN length(s) = 15 AND substr(s, 1, 4) = '0086' THEN substr(s, 5)
                    WHEN length(s) = 13 AND substr(s, 1, 2) = '86' THEN substr(s, 3) ELSE s END AS d FROM (
                SELECT CASE WHEN substr(r, 1, 1) = '''' THEN substr(r, 2) ELSE r END AS s FROM (
                SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(o.phone, ' ', ''), char(9), ''), char(13), ''), char(10), ''), '-', ''), '(', ''), ')', ''), char(12288), ''), char(160), ''), '（', ''), '）', '') AS r) mobile_r) mobile_s) mobile_d) END AS mobile,
                COALESCE(o.paid_at, o.created_at, '') AS at, o.id
            FROM orders o WHERE o.customer_id = customers.id AND o.phone IS NOT NULL) p
            WHERE p.mobile IS NOT NULL ORDER BY p.at DESC, p.id DESC LIMIT 1))",
};

// v11 -> v12 (issue 12): the customers page's search (nick, contact name,
// phone digits) reads a trigram index for its candidates instead of testing
// LIKE on every customer (a 4-digit phone search on a million customers:
// seconds → milliseconds). One row per customer, rowid = customer id, kept
// by triggers; a bulk first import drops the triggers and fills the index
// once (storage/sqlite/CustomerSearch). SQLite only: on PostgreSQL these
// statements are no-ops and the search scans (pg_trgm is a later step).
const char *const kV12[] = {
    // detail = none: only which rows hold a trigram, no positions (half the
    // cost to fill); the search asks for every trigram of its text and the
    // LIKE conditions confirm. A contact phone equal to the phone order's is
    // indexed once.
    R"(CREATE VIRTUAL TABLE IF NOT EXISTS customer_search USING fts5(nick, name, phones, tokenize = 'trigram',
        detail = none, columnsize = 0))",
    R"(DELETE FROM customer_search)",
    R"(INSERT INTO customer_search (rowid, nick, name, phones)
        SELECT id, customer_key, receiver_name,
                CASE WHEN phone_display = phone THEN phone
                     ELSE COALESCE(phone_display, '') || ' ' || COALESCE(phone, '') END
        FROM customer_contacts)",
    R"(CREATE TRIGGER IF NOT EXISTS customer_search_insert AFTER INSERT ON customers BEGIN
        INSERT INTO customer_search (rowid, nick, name, phones)
            SELECT id, customer_key, receiver_name,
                CASE WHEN phone_display = phone THEN phone
                     ELSE COALESCE(phone_display, '') || ' ' || COALESCE(phone, '') END
            FROM customer_contacts WHERE id = new.id;
        END)",
    R"(CREATE TRIGGER IF NOT EXISTS customer_search_update
        AFTER UPDATE OF customer_key, contact_order_id, phone_order_id ON customers BEGIN
        DELETE FROM customer_search WHERE rowid = old.id;
        INSERT INTO customer_search (rowid, nick, name, phones)
            SELECT id, customer_key, receiver_name,
                CASE WHEN phone_display = phone THEN phone
                     ELSE COALESCE(phone_display, '') || ' ' || COALESCE(phone, '') END
            FROM customer_contacts WHERE id = new.id;
        END)",
    R"(CREATE TRIGGER IF NOT EXISTS customer_search_delete AFTER DELETE ON customers BEGIN
        DELETE FROM customer_search WHERE rowid = old.id;
        END)",
    // An order's name or phone changed (a later export): its buyer's row
    // again, whether or not the order is her contact order.
    R"(CREATE TRIGGER IF NOT EXISTS customer_search_order
        AFTER UPDATE OF receiver_name, phone, customer_id ON orders
        WHEN old.receiver_name IS NOT new.receiver_name OR old.phone IS NOT new.phone
            OR old.customer_id IS NOT new.customer_id BEGIN
        DELETE FROM customer_search WHERE rowid IN (old.customer_id, new.customer_id);
        INSERT INTO customer_search (rowid, nick, name, phones)
            SELECT id, customer_key, receiver_name,
                CASE WHEN phone_display = phone THEN phone
                     ELSE COALESCE(phone_display, '') || ' ' || COALESCE(phone, '') END
            FROM customer_contacts WHERE id IN (old.customer_id, new.customer_id);
        END)",
};

// v12 -> v13 (issue 15): staff and manager roles. Nothing changes in an
// SQLite file (one person, one machine: everything stays allowed); on a
// PostgreSQL server this step creates the roles, the GRANTs and the row-level
// security (PostgresDialect::afterStep → postgres/PostgresRoles), and every
// later step re-applies them so new tables get their rights too.
const char *const kV13[] = {
    R"(SELECT 1)",
};

// v13 -> v14 (issue 15): a customer profile carries a version, who changed
// it last and when, so a save over a newer version (another workstation) is
// noticed instead of silently overwriting it.
const char *const kV14[] = {
    R"(ALTER TABLE customer_profiles ADD COLUMN version INTEGER NOT NULL DEFAULT 0)",
    R"(ALTER TABLE customer_profiles ADD COLUMN changed_by TEXT)",
    R"(ALTER TABLE customer_profiles ADD COLUMN changed_at TEXT)",
};

// v14 -> v15 (issue 15): other workstations notice changes. One counter per
// kind of change (an import or revert; a customer's profile, notes or manual
// tags; care tasks and reason entries), bumped by triggers in the writing
// transaction, so a reader polling the counters sees a change once it is
// committed. Only low-volume tables: an import's orders bump "imports" once
// (its imports row), not per order, so SQLite imports keep their speed. On
// PostgreSQL the triggers are not created (translate() drops them): the
// server notifies instead (LISTEN / NOTIFY, PostgresDialect::afterStep).
const char *const kV15[] = {
    R"(CREATE TABLE IF NOT EXISTS store_changes (kind TEXT PRIMARY KEY, counter INTEGER NOT NULL DEFAULT 0))",
    R"(INSERT INTO store_changes (kind) VALUES ('imports'), ('customers'), ('care') ON CONFLICT (kind) DO NOTHING)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_imports_insert AFTER INSERT ON imports BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'imports'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_imports_update AFTER UPDATE ON imports BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'imports'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_imports_delete AFTER DELETE ON imports BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'imports'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_profiles_insert AFTER INSERT ON customer_profiles BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_profiles_update AFTER UPDATE ON customer_profiles BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_profiles_delete AFTER DELETE ON customer_profiles BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_notes_insert AFTER INSERT ON customer_notes BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_notes_update AFTER UPDATE ON customer_notes BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_notes_delete AFTER DELETE ON customer_notes BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_tags_insert AFTER INSERT ON customer_tags WHEN NEW.source = 'manual' BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_tags_update AFTER UPDATE ON customer_tags WHEN NEW.source = 'manual' BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_customer_tags_delete AFTER DELETE ON customer_tags WHEN OLD.source = 'manual' BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'customers'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_reason_entries_insert AFTER INSERT ON reason_entries BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_reason_entries_update AFTER UPDATE ON reason_entries BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_reason_entries_delete AFTER DELETE ON reason_entries BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_care_tasks_insert AFTER INSERT ON care_tasks BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_care_tasks_update AFTER UPDATE ON care_tasks BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
    R"(CREATE TRIGGER IF NOT EXISTS store_changes_care_tasks_delete AFTER DELETE ON care_tasks BEGIN
        UPDATE store_changes SET counter = counter + 1 WHERE kind = 'care'; END)",
};

// Tag segments read (group, value) → the customers and each tag's source:
// from this index alone, not the table row of every tagged customer (66k
// look-ups for one size on a million customers). It covers the old
// (group_key, tag_value) index, which goes.
const char *const kV16[] = {
    R"(CREATE INDEX IF NOT EXISTS customer_tags_covering ON customer_tags(group_key, tag_value, source, customer_id))",
    R"(DROP INDEX IF EXISTS customer_tags_by_value)",
};

// v16 -> v17 (issue 15): staff never read a customer's full phone number,
// e-mail or address. Nothing changes in an SQLite file; on a server the roles
// are re-applied after this step (PostgresDialect::afterStep): column GRANTs
// without those columns, the masked views orders_shown and
// customer_contacts_shown, and the owner's functions for the import's
// contact refresh and revisions and the look-up by phone digits.
const char *const kV17[] = {
    R"(SELECT 1)",
};

// v17 -> v18 (issue 11): a campaign's members are one b-tree keyed by
// (campaign, customer) and nothing else. Every query reads them by campaign
// (the contact window, the evaluation); the index by customer and the
// customer foreign key served only the cascade when a customer is deleted,
// and they made recording half a million members cost 2 µs a row (each row
// a place in the middle of an index as large as all earlier campaigns).
// A revert that deletes customers now deletes their memberships itself
// (ImportHistory); an import drops only customers it created in the same
// transaction, who cannot be members yet.
const char *const kV18[] = {
    R"(CREATE TABLE campaign_members_v18 (
        campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL,
        member_group TEXT NOT NULL,
        PRIMARY KEY (campaign_id, customer_id)) WITHOUT ROWID)",
    R"(INSERT INTO campaign_members_v18 (campaign_id, customer_id, member_group)
        SELECT campaign_id, customer_id, member_group FROM campaign_members ORDER BY campaign_id, customer_id)",
    R"(DROP TABLE campaign_members)",
    R"(ALTER TABLE campaign_members_v18 RENAME TO campaign_members)",
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
    return 18;
}

QStringList Migrations::step(int fromVersion)
{
    switch (fromVersion) {
    case 0: return toList(std::begin(kV1), std::end(kV1));
    case 1: return toList(std::begin(kV2), std::end(kV2));
    case 2: return toList(std::begin(kV3), std::end(kV3));
    case 3: return toList(std::begin(kV4), std::end(kV4));
    case 4: return toList(std::begin(kV5), std::end(kV5));
    case 5: return toList(std::begin(kV6), std::end(kV6));
    case 6: return toList(std::begin(kV7), std::end(kV7));
    case 7: return toList(std::begin(kV8), std::end(kV8));
    case 8: return toList(std::begin(kV9), std::end(kV9));
    case 9: return toList(std::begin(kV10), std::end(kV10));
    case 10: return toList(std::begin(kV11), std::end(kV11));
    case 11: return toList(std::begin(kV12), std::end(kV12));
    case 12: return toList(std::begin(kV13), std::end(kV13));
    case 13: return toList(std::begin(kV14), std::end(kV14));
    case 14: return toList(std::begin(kV15), std::end(kV15));
    case 15: return toList(std::begin(kV16), std::end(kV16));
    case 16: return toList(std::begin(kV17), std::end(kV17));
    case 17: return toList(std::begin(kV18), std::end(kV18));
    default: return {};
    }
}

bool Migrations::migrate(QSqlDatabase &db, QString *error)
{
    QString versionError;
    const bool server = PostgresDialect::is(db);
    int version = server ? PostgresDialect::schemaVersion(db, &versionError)
                         : SqliteDialect::userVersion(db, &versionError);
    if (version < 0) {
        *error = QCoreApplication::translate("Migrations", "Cannot read the schema version: %1").arg(versionError);
        return false;
    }
    if (version > latestVersion()) {
        *error = QCoreApplication::translate("Migrations",
                                             "This store was written by a newer version of Huitou (schema %1; this "
                                             "program knows up to %2). Please update Huitou to open it.")
                     .arg(version)
                     .arg(latestVersion());
        return false;
    }
    // On a server only the store's owner may change its tables: a staff or
    // manager login is told whom to ask instead of a permission error.
    if (server && version > 0 && version < latestVersion() && !PostgresRoles::isOwner(db)) {
        *error = QCoreApplication::translate("Migrations",
                                             "This store needs an upgrade (schema %1 to %2) that only the login that "
                                             "created it may run: ask the shop's owner to open it once with this "
                                             "version of Huitou, then try again.")
                     .arg(version)
                     .arg(latestVersion());
        return false;
    }
    // A server's backups are the server's (pg_dump); BackupStore copies SQLite files.
    if (!server && version > 0 && version < latestVersion()) {
        // An automatic backup of the store as this version wrote it.
        QString backupError;
        if (!BackupStore(db).create(QStringLiteral("migration"), nullptr, &backupError)) {
            *error = QCoreApplication::translate("Migrations", "Cannot back up the store before upgrading it: %1")
                         .arg(backupError);
            return false;
        }
    }
    QSqlQuery q(db);
    while (version < latestVersion()) {
        Transaction tx(db);
        if (server) {
            // Another workstation may be upgrading the same server: wait for it,
            // then read the version again, so each step runs once.
            if (!PostgresDialect::lockForMigration(db, &versionError)) {
                *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                             .arg(version + 1)
                             .arg(versionError);
                return false;
            }
            version = PostgresDialect::schemaVersion(db, &versionError);
            if (version < 0 || version >= latestVersion()) {
                if (version < 0) {
                    *error = QCoreApplication::translate("Migrations", "Cannot read the schema version: %1")
                                 .arg(versionError);
                    return false;
                }
                return tx.commit() || version == latestVersion();
            }
        }
        for (const QString &sqliteStatement : step(version)) {
            // Every step may run again over a newer schema (an old
            // user_version restored): an ADD COLUMN already done is skipped.
            static const QRegularExpression addColumn(QStringLiteral("^ALTER TABLE (\\w+) ADD COLUMN (\\w+)"));
            const auto added = addColumn.match(sqliteStatement);
            if (!server && added.hasMatch() && SqliteDialect::hasColumn(db, added.captured(1), added.captured(2)))
                continue;
            const QString statement = server ? PostgresDialect::translate(sqliteStatement) : sqliteStatement;
            if (!q.exec(statement)) {
                *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                             .arg(version + 1)
                             .arg(q.lastError().text());
                return false;
            }
        }
        if (server && !PostgresDialect::afterStep(db, version + 1, &versionError)) {
            *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                         .arg(version + 1)
                         .arg(versionError);
            return false;
        }
        const bool versionSet = server ? PostgresDialect::setSchemaVersion(db, version + 1, &versionError)
                                       : SqliteDialect::setUserVersion(db, version + 1, &versionError);
        if (!versionSet || !tx.commit()) {
            *error = QCoreApplication::translate("Migrations", "Schema upgrade to %1 failed: %2")
                         .arg(version + 1)
                         .arg(versionError.isEmpty() ? q.lastError().text() : versionError);
            return false;
        }
        ++version;
    }
    return true;
}

} // namespace huitou
