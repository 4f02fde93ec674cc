#include "OutreachStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "Transaction.h"
#include "postgres/PostgresDialect.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace huitou {

namespace {

qint64 julian(QByteArrayView iso)
{
    // YYYY-MM-DD without allocating.
    if (iso.size() < 10)
        return 0;
    auto num = [&](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + (iso[i] - '0');
        return v;
    };
    return QDate(num(0, 4), num(5, 2), num(8, 2)).toJulianDay();
}

// A read transaction around many small reads: without it every lookup
// takes and drops SQLite's shared lock (two fcntl calls each, half the
// time of a million lookups). Inside a caller's transaction it does nothing
// (SQLite refuses the second BEGIN). A PostgreSQL server has no file lock to
// save, and would only warn at a second BEGIN (so this one would commit the
// caller's transaction): none there.
class ReadTransaction
{
public:
    explicit ReadTransaction(QSqlDatabase db)
        : m_db(std::move(db))
        , m_began(!PostgresDialect::is(m_db) && m_db.transaction())
    {
    }
    ~ReadTransaction()
    {
        if (m_began)
            m_db.commit();
    }
    ReadTransaction(const ReadTransaction &) = delete;
    ReadTransaction &operator=(const ReadTransaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_began;
};

} // namespace

OutreachStore::OutreachStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool OutreachStore::scanCustomers(
    const std::vector<char> &wanted,
    const std::function<void(qint64, QByteArrayView, QByteArrayView, QByteArrayView, QByteArrayView)> &visit,
    QString *error, int columns) const
{
    if (wanted.empty())
        return true;
    // Only the columns asked for: a preview reads no names (an SMS preview
    // no keys either), SMS no e-mails.
    Statement s;
    if (!s.prepare(m_db,
                   QStringLiteral("SELECT id, %3, mobile, %1, %2 FROM customers WHERE id < ? ORDER BY id")
                       .arg(columns & ScanName ? QStringLiteral("contact_name") : QStringLiteral("''"),
                            columns & ScanEmail ? QStringLiteral("contact_email") : QStringLiteral("''"),
                            columns & ScanKey ? QStringLiteral("customer_key") : QStringLiteral("''")))) {
        *error = s.errorString();
        return false;
    }
    s.bind(1, qint64(wanted.size()));
    while (s.step()) {
        const qint64 id = s.int64(0);
        if (id < 0 || !wanted[std::size_t(id)])
            continue;
        visit(id, s.utf8(1), s.utf8(2), s.utf8(3), s.utf8(4));
    }
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    return true;
}

bool OutreachStore::lastDays(const std::vector<qint64> &customerIds,
                             const std::function<void(std::size_t, qint64)> &visit, QString *error) const
{
    if (customerIds.empty())
        return true;
    ReadTransaction snapshot(m_db);
    Statement s;
    if (!s.prepare(m_db, QStringLiteral("SELECT last_day FROM customer_metrics WHERE customer_id = ?"))) {
        *error = s.errorString();
        return false;
    }
    for (std::size_t i = 0; i < customerIds.size(); ++i) {
        s.bind(1, customerIds[i]);
        if (s.step())
            visit(i, julian(s.utf8(0)));
        s.reset();
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
    }
    return true;
}

bool OutreachStore::scanConsents(const std::function<void(qint64, QByteArrayView)> &visit, QString *error) const
{
    Statement s;
    if (!s.prepare(m_db,
                   QStringLiteral("SELECT customer_id, consent FROM customer_profiles WHERE consent <> 'unknown'"))) {
        *error = s.errorString();
        return false;
    }
    while (s.step())
        visit(s.int64(0), s.utf8(1));
    if (!s.ok()) {
        *error = s.errorString();
        return false;
    }
    return true;
}

bool OutreachStore::tagsTexts(const std::vector<char> &wanted,
                              const std::function<void(qint64, const QString &)> &visit, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT DISTINCT t.customer_id, g.name_zh, t.tag_value, g.position FROM customer_tags t "
                       "JOIN tag_groups g ON g.group_key = t.group_key "
                       "ORDER BY t.customer_id, g.position, t.tag_value"),
                   {}, error))
        return false;
    qint64 current = -1;
    QStringList parts;
    auto flush = [&] {
        if (current >= 0 && !parts.isEmpty()) {
            parts.removeDuplicates();
            visit(current, parts.join(QStringLiteral("; ")));
        }
        parts.clear();
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id < 0 || std::size_t(id) >= wanted.size() || !wanted[std::size_t(id)])
            continue;
        if (id != current) {
            flush();
            current = id;
        }
        parts << q.value(1).toString() + QLatin1Char(':') + q.value(2).toString();
    }
    flush();
    return true;
}

QSet<qint64> OutreachStore::customersWithOpenIssue(QString *error) const
{
    QSet<qint64> out;
    // A refund in progress: a Taobao order with a refund whose status is not
    // final. The partial index orders_with_refund (customer_id, source,
    // status WHERE refund_fen > 0) answers it alone; the statuses that are
    // final as stored are dropped in SQL, the few left are checked here (the
    // source, and the status trimmed as the import may have left blanks).
    // No test of source in SQL: SQLite would then pick the index on source.
    Statement s;
    if (!s.prepare(m_db,
                   QStringLiteral("SELECT customer_id, source, status FROM orders WHERE refund_fen > 0 AND "
                                  "status NOT IN ('交易成功', '交易关闭')"))) {
        *error = s.errorString();
        return out;
    }
    const QString finished[] = {QStringLiteral("交易成功"), QStringLiteral("交易关闭")};
    while (s.step()) {
        if (s.utf8(1) != QByteArrayView("taobao"))
            continue;
        const QString status = QString::fromUtf8(s.utf8(2)).trimmed();
        if (status != finished[0] && status != finished[1])
            out.insert(s.int64(0));
    }
    if (!s.ok()) {
        *error = s.errorString();
        return out;
    }
    s.finalize();
    if (m_db.tables().contains(QStringLiteral("reason_entries"))) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (sql::exec(q,
                      QStringLiteral("SELECT DISTINCT customer_id FROM reason_entries WHERE kind IN ('complaint', "
                                     "'return') AND resolved_at IS NULL AND deleted_at IS NULL"),
                      {}, error)) {
            while (q.next())
                out.insert(q.value(0).toLongLong());
        }
    }
    return out;
}

QSet<qint64> OutreachStore::customersContacted(const QDate &firstDay, const QDate &lastDay, QString *error) const
{
    QSet<qint64> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::exec(q,
                  QStringLiteral(
                      "SELECT m.customer_id FROM campaign_members m WHERE m.campaign_id IN (SELECT c.id FROM "
                      "campaigns c WHERE c.send_day >= ? AND c.send_day <= ?) AND m.member_group = 'treatment'"),
                  {firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate)}, error)) {
        while (q.next())
            out.insert(q.value(0).toLongLong());
    }
    return out;
}

bool OutreachStore::lastItems(const std::vector<qint64> &customerIds,
                              const std::function<void(std::size_t, const QString &)> &visit, QString *error) const
{
    if (customerIds.empty())
        return true;
    // One prepared statement for all (preparing one per customer cost 150 µs
    // each: 35 s of CPU for 230,000 messages with {last_item}).
    ReadTransaction snapshot(m_db);
    Statement s;
    if (!s.prepare(m_db,
                   QStringLiteral(
                       "SELECT o.titles, (SELECT i.title FROM order_items i WHERE i.source = o.source AND "
                       "i.order_no = o.order_no ORDER BY i.line_no LIMIT 1) FROM orders o "
                       "WHERE o.customer_id = ? AND o.is_valid = 1 ORDER BY o.paid_at DESC, o.id DESC LIMIT 1"))) {
        *error = s.errorString();
        return false;
    }
    for (std::size_t at = 0; at < customerIds.size(); ++at) {
        s.bind(1, customerIds[at]);
        if (s.step()) {
            QString item = QString::fromUtf8(s.utf8(1));
            if (item.isEmpty()) {
                // Titles of an order report are joined with commas or semicolons.
                item = QString::fromUtf8(s.utf8(0));
                for (const QChar sep : {QChar(0x2C), QChar(0x3B), QChar(0xFF0C), QChar(0xFF1B)}) {
                    const qsizetype cut = item.indexOf(sep);
                    if (cut > 0)
                        item.truncate(cut);
                }
                item = item.trimmed();
            }
            if (!item.isEmpty())
                visit(at, item);
        }
        s.reset();
        if (!s.ok()) {
            *error = s.errorString();
            return false;
        }
    }
    return true;
}

bool OutreachStore::forEachOrderPhone(const std::function<void(qint64, const QString &)> &visit, QString *error) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q, QStringLiteral("SELECT customer_id, phone FROM orders WHERE phone IS NOT NULL"), {}, error))
        return false;
    while (q.next())
        visit(q.value(0).toLongLong(), q.value(1).toString());
    return true;
}

QSet<QString> OutreachStore::optOutNumbers(QString *error) const
{
    QSet<QString> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (sql::exec(q, QStringLiteral("SELECT phone FROM opt_out_numbers"), {}, error)) {
        while (q.next())
            out.insert(q.value(0).toString());
    }
    return out;
}

bool OutreachStore::addOptOutNumbers(const QStringList &numbers, const QString &source, const QString &staff,
                                     int *added, QString *error)
{
    *added = 0;
    const QString now = AuditLog::nowText();
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral(
                          "INSERT INTO opt_out_numbers (phone, source, staff, created_at) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT (phone) DO NOTHING"),
                      error))
        return false;
    for (const QString &n : numbers) {
        if (!sql::run(q, {n, source, staff, now}, error))
            return false;
        *added += q.numRowsAffected() > 0 ? 1 : 0;
    }
    return true;
}

qint64 OutreachStore::insertCampaign(const CampaignRecord &c, const std::vector<CampaignMember> &members,
                                     QString *error, const BeforeCommit &beforeCommit)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
    if (!sql::exec(q,
                   QStringLiteral("INSERT INTO campaigns (name, send_day, channel, file_format, file_name, staff, "
                                  "created_at, segment, exclusions, message_template, coupon, control_share, seed, "
                                  "cost_per_message_centifen, billed_messages, cost_fen, treatment_members, "
                                  "control_members) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {text(c.name), c.sendDay.toString(Qt::ISODate), text(c.channel), text(c.fileFormat),
                    text(c.fileName), text(c.staff), c.createdAt.isEmpty() ? AuditLog::nowText() : c.createdAt,
                    text(c.segment), text(c.exclusions), c.messageTemplate, c.coupon, c.controlShare, c.seed,
                    c.costPerMessageCentifen, c.billedMessages, c.costFen, c.treatmentMembers, c.controlMembers},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    // In customer-id order, the two groups mixed, the members append to the
    // end of the table's one b-tree (schema v18: keyed by campaign and
    // customer); the control members as a second pass went into the middle
    // of it. They go in statements of up to kRows rows: a statement per
    // member cost more than the rows themselves (1.5 s of CPU for 255,000).
    std::vector<std::pair<qint64, bool>> sorted;
    sorted.reserve(members.size());
    for (const CampaignMember &m : members)
        sorted.emplace_back(m.customerId, m.control);
    std::sort(sorted.begin(), sorted.end());
    constexpr std::size_t kRows = 256;
    Statement s;
    std::size_t prepared = 0;
    for (std::size_t from = 0; from < sorted.size(); from += kRows) {
        const std::size_t n = std::min(kRows, sorted.size() - from);
        if (n != prepared) {
            QStringList rows;
            for (std::size_t i = 0; i < n; ++i)
                rows << QStringLiteral("(?, ?, CASE WHEN ? = 1 THEN 'control' ELSE 'treatment' END)");
            if (!s.prepare(m_db,
                           QStringLiteral(
                               "INSERT INTO campaign_members (campaign_id, customer_id, member_group) VALUES ")
                               + rows.join(QStringLiteral(", ")))) {
                *error = s.errorString();
                return 0;
            }
            prepared = n;
        }
        for (std::size_t i = 0; i < n; ++i) {
            s.bind(int(3 * i) + 1, id);
            s.bind(int(3 * i) + 2, sorted[from + i].first);
            s.bind(int(3 * i) + 3, qint64(sorted[from + i].second ? 1 : 0));
        }
        if (!s.exec()) {
            *error = s.errorString();
            return 0;
        }
    }
    if (beforeCommit) {
        CampaignRecord final = c;
        if (!beforeCommit(&final, error))
            return 0; // rolled back
        if (!sql::exec(q, QStringLiteral("UPDATE campaigns SET billed_messages = ?, cost_fen = ? WHERE id = ?"),
                       {final.billedMessages, final.costFen, id}, error))
            return 0;
    }
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return 0;
    }
    return id;
}

bool OutreachStore::deleteCampaign(qint64 id, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // The members first: no foreign key is trusted to be switched on here.
    if (!sql::exec(q, QStringLiteral("DELETE FROM campaign_members WHERE campaign_id = ?"), {id}, error)
        || !sql::exec(q, QStringLiteral("DELETE FROM campaigns WHERE id = ?"), {id}, error))
        return false;
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

namespace {

const char kCampaignSelect[] =
    "SELECT id, name, send_day, channel, file_format, file_name, staff, created_at, segment, exclusions, "
    "message_template, coupon, control_share, seed, cost_per_message_centifen, billed_messages, cost_fen, "
    "treatment_members, control_members FROM campaigns";

CampaignRecord readCampaign(const QSqlQuery &q)
{
    CampaignRecord c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.sendDay = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    c.channel = q.value(3).toString();
    c.fileFormat = q.value(4).toString();
    c.fileName = q.value(5).toString();
    c.staff = q.value(6).toString();
    c.createdAt = q.value(7).toString();
    c.segment = q.value(8).toString();
    c.exclusions = q.value(9).toString();
    c.messageTemplate = q.value(10).toString();
    c.coupon = q.value(11).toString();
    c.controlShare = q.value(12).toDouble();
    c.seed = q.value(13).toLongLong();
    c.costPerMessageCentifen = q.value(14).toLongLong();
    c.billedMessages = q.value(15).toLongLong();
    c.costFen = q.value(16).toLongLong();
    c.treatmentMembers = q.value(17).toLongLong();
    c.controlMembers = q.value(18).toLongLong();
    return c;
}

} // namespace

QList<CampaignRecord> OutreachStore::campaigns(QString *error) const
{
    QList<CampaignRecord> out;
    QSqlQuery q(m_db);
    if (sql::exec(q, QString::fromLatin1(kCampaignSelect) + QStringLiteral(" ORDER BY send_day DESC, id DESC"), {},
                  error)) {
        while (q.next())
            out << readCampaign(q);
    }
    return out;
}

std::optional<CampaignRecord> OutreachStore::campaign(qint64 id, QString *error) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QString::fromLatin1(kCampaignSelect) + QStringLiteral(" WHERE id = ?"), {id}, error) && q.next())
        return readCampaign(q);
    return std::nullopt;
}

bool OutreachStore::setCampaignCost(qint64 id, qint64 costFen, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("UPDATE campaigns SET cost_fen = ? WHERE id = ?"), {costFen, id}, error);
}

bool OutreachStore::groupTotals(qint64 campaignId, const QDate &from, const QDate &until, const QDate &asOf,
                                CampaignGroupTotals *treatment, CampaignGroupTotals *control, QString *error) const
{
    *treatment = {};
    *control = {};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!sql::exec(q,
                   QStringLiteral("SELECT member_group, COUNT(*) FROM campaign_members WHERE campaign_id = ? "
                                  "GROUP BY member_group"),
                   {campaignId}, error))
        return false;
    while (q.next())
        (q.value(0).toString() == QLatin1String("control") ? control : treatment)->members = q.value(1).toLongLong();
    // The window's last day, capped at the as-of day.
    const QDate last = std::min(until.addDays(-1), asOf);
    if (last < from)
        return true;
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT m.member_group, COUNT(DISTINCT m.customer_id), SUM(o.paid_fen - o.refund_fen) "
                       "FROM campaign_members m JOIN orders o ON o.customer_id = m.customer_id "
                       "WHERE m.campaign_id = ? AND o.is_valid = 1 AND o.paid_day >= ? AND o.paid_day <= ? "
                       "GROUP BY m.member_group"),
                   {campaignId, from.toString(Qt::ISODate), last.toString(Qt::ISODate)}, error))
        return false;
    while (q.next()) {
        CampaignGroupTotals *g = q.value(0).toString() == QLatin1String("control") ? control : treatment;
        g->converters = q.value(1).toLongLong();
        g->revenueFen = q.value(2).toLongLong();
    }
    return true;
}

QList<SavedSegment> OutreachStore::savedSegments(QString *error) const
{
    QList<SavedSegment> out;
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT name, definition, staff, updated_at FROM saved_segments ORDER BY name"), {},
                  error)) {
        while (q.next())
            out << SavedSegment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString()};
    }
    return out;
}

std::optional<SavedSegment> OutreachStore::savedSegment(const QString &name) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT name, definition, staff, updated_at FROM saved_segments WHERE name = ?"),
                  {name})
        && q.next())
        return SavedSegment{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    return std::nullopt;
}

bool OutreachStore::saveSegment(const SavedSegment &s, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral(
                         "INSERT INTO saved_segments (name, definition, staff, updated_at) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, "
                         "staff = excluded.staff, updated_at = excluded.updated_at"),
                     {s.name, s.definition, s.staff, s.updatedAt.isEmpty() ? AuditLog::nowText() : s.updatedAt}, error);
}

bool OutreachStore::removeSegment(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("DELETE FROM saved_segments WHERE name = ?"), {name}, error);
}

} // namespace huitou
