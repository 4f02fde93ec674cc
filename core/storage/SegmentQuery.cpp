#include "SegmentQuery.h"

#include "SqlUtil.h"
#include "Statement.h"
#include "StoreRoles.h"
#include "sqlite/CustomerSearch.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace huitou {

namespace {

// One SQL condition. Customer conditions hold %1 where the customer id goes
// (c.id, or m.customer_id when walking the figures alone); figure
// conditions use m.*; contact conditions use c.*, co.* and po.*.
struct Condition
{
    QString sql;
    QVariantList values;
};

// The stored figures a segment can test, as customer_metrics holds them
// (keys and ISO days as text, counts and fen as integers).
enum class Figure { Stage, Type, Tier, RfmSegment, Frequency, MonetaryFen, Recency, FirstDay, LastDay };

// One figure condition: the figure is one of VALUES, or at least / at most
// VALUES[0]. The SQL condition and the in-memory test are both read off it,
// with the very values the SQL binds, so the two cannot disagree.
struct FigureCondition
{
    enum Op { OneOf, AtLeast, AtMost };
    Figure figure;
    Op op;
    QVariantList values;
};

QString figureColumn(Figure f)
{
    switch (f) {
    case Figure::Stage: return QStringLiteral("m.stage");
    case Figure::Type: return QStringLiteral("m.customer_type");
    case Figure::Tier: return QStringLiteral("m.tier");
    case Figure::RfmSegment: return QStringLiteral("m.rfm_segment");
    case Figure::Frequency: return QStringLiteral("m.frequency");
    case Figure::MonetaryFen: return QStringLiteral("m.monetary_fen");
    case Figure::Recency: return QStringLiteral("m.recency");
    case Figure::FirstDay: return QStringLiteral("m.first_day");
    case Figure::LastDay: return QStringLiteral("m.last_day");
    }
    return {};
}

// The value customer_metrics stores for F (see AnalyticsStore::save).
QVariant figureValue(Figure f, const CustomerFigures &m)
{
    switch (f) {
    case Figure::Stage: return stageKey(m.stage);
    case Figure::Type: return customerTypeKey(m.type());
    case Figure::Tier: return tierKey(m.tier);
    case Figure::RfmSegment: return segmentKey(m.segment);
    case Figure::Frequency: return qint64(m.frequency);
    case Figure::MonetaryFen: return qint64(m.monetaryFen);
    case Figure::Recency: return qint64(m.recency);
    case Figure::FirstDay: return QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate);
    case Figure::LastDay: return QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate);
    }
    return {};
}

// SQL's comparison of a stored value with a bound one: integers as numbers,
// text (keys, ISO days) by its characters, as SQLite and PostgreSQL (C
// collation for these ASCII values) compare them.
int compareFigure(const QVariant &stored, const QVariant &bound)
{
    if (stored.typeId() == QMetaType::LongLong) {
        const qint64 a = stored.toLongLong(), b = bound.toLongLong();
        return a < b ? -1 : a > b ? 1 : 0;
    }
    return QString::compare(stored.toString(), bound.toString(), Qt::CaseSensitive);
}

bool holds(const FigureCondition &c, const CustomerFigures &m)
{
    const QVariant value = figureValue(c.figure, m);
    switch (c.op) {
    case FigureCondition::OneOf:
        return std::any_of(c.values.cbegin(), c.values.cend(),
                           [&value](const QVariant &v) { return compareFigure(value, v) == 0; });
    case FigureCondition::AtLeast: return compareFigure(value, c.values.constFirst()) >= 0;
    case FigureCondition::AtMost: return compareFigure(value, c.values.constFirst()) <= 0;
    }
    return false;
}

// "column IN (?, …)" (or "= ?" for one value, which walks an index alike).
QString inList(const QString &column, int n)
{
    if (n == 1)
        return column + QStringLiteral(" = ?");
    QStringList marks;
    for (int i = 0; i < n; ++i)
        marks << QStringLiteral("?");
    return column + QStringLiteral(" IN (") + marks.join(QLatin1Char(',')) + QLatin1Char(')');
}

// COLUMN, or COLUMN marked for the planner not to start from its index.
Condition toSql(const FigureCondition &c, const QString &column)
{
    switch (c.op) {
    case FigureCondition::OneOf: return Condition{inList(column, int(c.values.size())), c.values};
    case FigureCondition::AtLeast: return Condition{column + QStringLiteral(" >= ?"), c.values};
    case FigureCondition::AtMost: return Condition{column + QStringLiteral(" <= ?"), c.values};
    }
    return {};
}

// Every figure condition of S, in a fixed order. The only place that says
// which figures a segment's fields test.
QList<FigureCondition> figureConditions(const Segment &s)
{
    QList<FigureCondition> out;
    const auto keys = [&out](Figure figure, const auto &values, auto key) {
        if (values.isEmpty())
            return;
        FigureCondition c{figure, FigureCondition::OneOf, {}};
        for (auto v : values)
            c.values << key(v);
        out << c;
    };
    keys(Figure::Stage, s.stages, &stageKey);
    keys(Figure::Type, s.types, &customerTypeKey);
    keys(Figure::Tier, s.tiers, &tierKey);
    keys(Figure::RfmSegment, s.rfmSegments, &segmentKey);
    const auto range = [&out](Figure figure, const Range &r) {
        if (r.min)
            out << FigureCondition{figure, FigureCondition::AtLeast, {*r.min}};
        if (r.max)
            out << FigureCondition{figure, FigureCondition::AtMost, {*r.max}};
    };
    range(Figure::Frequency, s.frequency);
    range(Figure::MonetaryFen, s.monetaryFen);
    range(Figure::Recency, s.recency);
    const auto dates = [&out](Figure figure, const DateRange &r) {
        if (r.from.isValid())
            out << FigureCondition{figure, FigureCondition::AtLeast, {r.from.toString(Qt::ISODate)}};
        if (r.to.isValid())
            out << FigureCondition{figure, FigureCondition::AtMost, {r.to.toString(Qt::ISODate)}};
    };
    dates(Figure::FirstDay, s.firstPurchase);
    dates(Figure::LastDay, s.lastPurchase);
    return out;
}

struct Parts
{
    QList<Condition> figures, customer, contact;
    std::optional<bool> hasFigures;
    bool ok = true;
    QString contactOrders = QStringLiteral("orders"); // or the masked view (StoreRoles::contactOrders)
};

class SegmentQueryText
{
    Q_DECLARE_TR_FUNCTIONS(SegmentQuery)
};

QString contactJoins(const QString &orders)
{
    return QStringLiteral(" LEFT JOIN %1 co ON co.id = c.contact_order_id LEFT JOIN %1 po ON po.id = c.phone_order_id")
        .arg(orders);
}

QString sortExpression(CustomerColumn column)
{
    switch (column) {
    case CustomerColumn::Nick: return QStringLiteral("c.customer_key");
    case CustomerColumn::Name: return QStringLiteral("co.receiver_name");
    case CustomerColumn::Phone: return QStringLiteral("co.phone");
    case CustomerColumn::Province: return QStringLiteral("co.province");
    case CustomerColumn::Frequency: return QStringLiteral("m.frequency");
    case CustomerColumn::Monetary: return QStringLiteral("m.monetary_fen");
    case CustomerColumn::LastPurchase: return QStringLiteral("m.last_day");
    case CustomerColumn::Recency: return QStringLiteral("m.recency");
    case CustomerColumn::Stage: return QStringLiteral("m.stage");
    case CustomerColumn::Type: return QStringLiteral("m.customer_type");
    case CustomerColumn::Tier: return QStringLiteral("m.tier");
    case CustomerColumn::Segment: return QStringLiteral("m.rfm_segment");
    default: return QStringLiteral("c.id");
    }
}

bool sortsByFigure(CustomerColumn column)
{
    return column >= CustomerColumn::Frequency && column <= CustomerColumn::Segment;
}

// A manual tag, or an automatic one where the group has no manual tag. As
// "IN (the tag's customers)": the set is read once from
// customer_tags_covering, not probed per customer (a million probes took a
// second for a segment count).
QString tagCondition()
{
    return QStringLiteral(
        "%1 IN (SELECT t.customer_id FROM customer_tags t WHERE t.group_key = ? AND t.tag_value = ? AND "
        "(t.source = 'manual' OR NOT EXISTS (SELECT 1 FROM customer_tags x WHERE x.customer_id = t.customer_id "
        "AND x.group_key = t.group_key AND x.source = 'manual')))");
}

QString joined(const QList<Condition> &conditions, const QString &id, QVariantList *values)
{
    QStringList parts;
    for (const Condition &c : conditions) {
        parts << (c.sql.contains(QLatin1String("%1")) ? c.sql.arg(id) : c.sql);
        *values << c.values;
    }
    return parts.join(QStringLiteral(" AND "));
}

// With a tag to have, the tag's customers (from customer_tags_covering)
// usually are far fewer than a stage's: the key conditions are then marked
// (sql::unindexed) so the planner does not walk the stage index but looks
// each tagged customer's figures up by id instead (SQLite, stage + tier +
// tag on a million: 0.3 s → 0.1 s).
bool drivenByTags(const Segment &s, Figure figure)
{
    const bool keyFigure = figure == Figure::Stage || figure == Figure::Type || figure == Figure::Tier
        || figure == Figure::RfmSegment;
    return keyFigure && (!s.tagsAny.isEmpty() || !s.tagsAll.isEmpty());
}

Parts buildParts(const QSqlDatabase &db, const Segment &s, bool tagsDrive, QString *error)
{
    Parts p;
    p.contactOrders = StoreRoles::contactOrders(db);
    if (s.asOf.isValid() && (s.usesFigures() || s.hasPaidOrder)) {
        const QDate stored = AnalyticsStore(db).metricsAsOf();
        if (stored != s.asOf) {
            *error = SegmentQueryText::tr("The stored figures are for %1, not %2.")
                         .arg(stored.toString(Qt::ISODate), s.asOf.toString(Qt::ISODate));
            p.ok = false;
            return p;
        }
    }
    for (const FigureCondition &c : figureConditions(s)) {
        const QString column = figureColumn(c.figure);
        p.figures << toSql(c, tagsDrive && drivenByTags(s, c.figure) ? sql::unindexed(db, column) : column);
    }
    p.hasFigures = s.hasPaidOrder;

    if (!s.tagsAny.isEmpty()) {
        Condition c;
        QStringList any;
        for (const TagRef &t : s.tagsAny) {
            any << tagCondition();
            c.values << t.group << t.value;
        }
        c.sql = s.tagsAny.size() == 1 ? any.first()
                                      : QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        p.customer << c;
    }
    for (const TagRef &t : s.tagsAll)
        p.customer << Condition{tagCondition(), {t.group, t.value}};
    for (const TagRef &t : s.tagsNone)
        p.customer << Condition{QStringLiteral("NOT ") + tagCondition(), {t.group, t.value}};
    if (s.birthdayMonth > 0) {
        // "MM-DD" or "YYYY-MM-DD": the month is 5 characters from the end.
        p.customer << Condition{QStringLiteral("EXISTS (SELECT 1 FROM customer_profiles p WHERE p.customer_id = %1 "
                                               "AND length(p.birthday) IN (5, 10) AND "
                                               "CAST(substr(p.birthday, length(p.birthday) - 4, 2) AS INTEGER) = ?)"),
                                {qint64(s.birthdayMonth)}};
    }
    if (!s.consents.isEmpty()) {
        Condition c{inList(QStringLiteral("COALESCE((SELECT p.consent FROM customer_profiles p WHERE "
                                          "p.customer_id = %1), 'unknown')"),
                           int(s.consents.size())),
                    {}};
        for (Consent v : s.consents)
            c.values << consentKey(v);
        p.customer << c;
    }
    const QString like = QLatin1Char(' ') + sql::likeNoCase(db) + QStringLiteral(" ?");
    if (!s.productCode.isEmpty() || !s.productTitle.isEmpty()) {
        Condition c{QStringLiteral("EXISTS (SELECT 1 FROM orders o JOIN order_items i ON i.source = o.source AND "
                                   "i.order_no = o.order_no WHERE o.customer_id = %1 AND o.is_valid = 1"),
                    {}};
        if (!s.productCode.isEmpty()) {
            c.sql += QStringLiteral(" AND i.merchant_code = ?");
            c.values << s.productCode;
        }
        if (!s.productTitle.isEmpty()) {
            c.sql += QStringLiteral(" AND i.title") + like;
            c.values << QLatin1Char('%') + s.productTitle + QLatin1Char('%');
        }
        c.sql += QLatin1Char(')');
        p.customer << c;
    }

    const QString search = s.search.trimmed();
    if (!search.isEmpty()) {
        const QString pattern = QLatin1Char('%') + search + QLatin1Char('%');
        QString digits = search;
        digits.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
        bool allDigits = !digits.isEmpty();
        for (QChar ch : digits)
            allDigits &= ch.isDigit();
        QStringList any{QStringLiteral("c.customer_key") + like, QStringLiteral("co.receiver_name") + like,
                        QStringLiteral("c.id IN (SELECT customer_id FROM orders WHERE order_no = ?)")};
        Condition c{{}, {pattern, pattern, search}};
        if (allDigits && digits.size() >= 3) {
            // Phone digits match the contact phone, masked or not. A login
            // that may not read full numbers (staff on a server) asks the
            // server's look-up, which answers with customer ids only.
            if (p.contactOrders == QLatin1String("orders")) {
                any << QStringLiteral("co.phone LIKE ?") << QStringLiteral("po.phone LIKE ?");
                c.values << QLatin1Char('%') + digits + QLatin1Char('%')
                         << QLatin1Char('%') + digits + QLatin1Char('%');
            } else {
                any << QStringLiteral("c.id IN (SELECT huitou_customers_by_phone(?))");
                c.values << digits;
            }
        }
        c.sql = QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        // On SQLite the trigram index names the candidates (a superset of the
        // LIKE matches, plus the order's buyer); the conditions above decide.
        const QString match = db.driverName() == QLatin1String("QSQLITE")
            ? CustomerSearch::matchExpression(search, allDigits && digits.size() >= 3 ? digits : QString())
            : QString();
        if (!match.isEmpty()) {
            c.sql.prepend(QStringLiteral("c.id IN (SELECT rowid FROM customer_search WHERE customer_search MATCH ? "
                                         "UNION SELECT customer_id FROM orders WHERE order_no = ?) AND "));
            c.values.prepend(search);
            c.values.prepend(match);
        }
        p.contact << c;
    }
    if (!s.provinces.isEmpty()) {
        Condition c{inList(QStringLiteral("co.province"), int(s.provinces.size())), {}};
        for (const QString &v : s.provinces)
            c.values << v;
        p.contact << c;
    }
    return p;
}

// FROM and WHERE over every customer: figures joined (inner when a
// condition needs them), contacts joined when asked.
QString generalFromWhere(const QList<Condition> &figures, const QList<Condition> &customer,
                         const QList<Condition> &contact, std::optional<bool> hasFigures, bool contacts,
                         const QString &contactOrders, QVariantList *values)
{
    const bool innerFigures = !figures.isEmpty() || hasFigures == true;
    QString sql = innerFigures
        ? QStringLiteral(" FROM customers c JOIN customer_metrics m ON m.customer_id = c.id")
        : QStringLiteral(" FROM customers c LEFT JOIN customer_metrics m ON m.customer_id = c.id");
    if (contacts || !contact.isEmpty())
        sql += contactJoins(contactOrders);
    QStringList where;
    const QString id = QStringLiteral("c.id");
    for (const auto *list : {&figures, &customer, &contact}) {
        const QString part = joined(*list, id, values);
        if (!part.isEmpty())
            where << part;
    }
    if (hasFigures == false)
        where << QStringLiteral("m.customer_id IS NULL");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    return sql;
}

} // namespace

SegmentQuery::SegmentQuery(QSqlDatabase db, Segment segment)
    : m_db(std::move(db))
    , m_segment(std::move(segment))
{
}

bool SegmentQuery::appendIds(const QString &statement, const QVariantList &values, std::vector<qint64> *out,
                             QString *error) const
{
    // A million ids: on SQLite straight from the statement, not through QVariants.
    Statement q;
    if (!q.prepare(m_db, statement)) {
        *error = q.errorString();
        return false;
    }
    q.bindAll(values);
    while (q.step())
        out->push_back(q.int64(0));
    if (!q.ok()) {
        *error = q.errorString();
        return false;
    }
    return true;
}

std::vector<qint64> SegmentQuery::ids(const CustomerSort &sort, QString *error) const
{
    const Parts p = buildParts(m_db, m_segment, false, error);
    if (!p.ok)
        return {};
    const QString direction = sort.ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    std::vector<qint64> out;
    if (!p.contact.isEmpty() || !sortsByFigure(sort.column)) {
        QVariantList values;
        const bool contacts = sort.column == CustomerColumn::Name || sort.column == CustomerColumn::Phone
            || sort.column == CustomerColumn::Province;
        const QString statement = QStringLiteral("SELECT c.id")
            + generalFromWhere(p.figures, p.customer, p.contact, p.hasFigures, contacts, p.contactOrders, &values)
            + QStringLiteral(" ORDER BY ") + sortExpression(sort.column) + direction + QStringLiteral(", c.id")
            + direction;
        appendIds(statement, values, &out, error);
        return out;
    }

    // Sorted by a figure and not searching: walk customer_metrics in index
    // order, then add the customers without figures (their sort value is
    // NULL: last when descending, first when ascending), as the general
    // query would order them.
    std::vector<qint64> without;
    if (p.figures.isEmpty() && p.hasFigures != true) {
        QVariantList values;
        QString statement = QStringLiteral("SELECT c.id FROM customers c WHERE NOT EXISTS "
                                           "(SELECT 1 FROM customer_metrics m WHERE m.customer_id = c.id)");
        const QString customer = joined(p.customer, QStringLiteral("c.id"), &values);
        if (!customer.isEmpty())
            statement += QStringLiteral(" AND ") + customer;
        statement += QStringLiteral(" ORDER BY c.id") + direction;
        if (!appendIds(statement, values, &without, error))
            return {};
    }
    if (sort.ascending)
        out = std::move(without);
    if (p.hasFigures != false) {
        QVariantList values;
        QStringList where;
        for (const auto *list : {&p.figures, &p.customer}) {
            const QString part = joined(*list, QStringLiteral("m.customer_id"), &values);
            if (!part.isEmpty())
                where << part;
        }
        QString statement = QStringLiteral("SELECT m.customer_id FROM customer_metrics m");
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
        statement += QStringLiteral(" ORDER BY ") + sortExpression(sort.column) + direction
            + QStringLiteral(", m.customer_id") + direction;
        if (!appendIds(statement, values, &out, error))
            return {};
    }
    if (!sort.ascending)
        out.insert(out.end(), without.begin(), without.end());
    return out;
}

std::vector<qint64> SegmentQuery::idsById(QString *error) const
{
    const Parts p = buildParts(m_db, m_segment, true, error);
    if (!p.ok)
        return {};
    QVariantList values;
    QString statement;
    if (p.contact.isEmpty() && p.hasFigures != false && (!p.figures.isEmpty() || p.hasFigures == true)) {
        // Only customers with figures: customer_metrics alone (its indexes
        // cover stage, type, tier and segment).
        QStringList where;
        for (const auto *list : {&p.figures, &p.customer}) {
            const QString part = joined(*list, QStringLiteral("m.customer_id"), &values);
            if (!part.isEmpty())
                where << part;
        }
        statement = QStringLiteral("SELECT m.customer_id FROM customer_metrics m");
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    } else {
        statement = QStringLiteral("SELECT c.id")
            + generalFromWhere(p.figures, p.customer, p.contact, p.hasFigures, false, p.contactOrders, &values);
    }
    std::vector<qint64> out;
    if (!appendIds(statement, values, &out, error))
        return {};
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<qint64> SegmentQuery::ids(const CustomerSort &sort, qint64 offset, qint64 limit, QString *error) const
{
    // The index walk above merges two lists; a page of it is a slice.
    const std::vector<qint64> all = ids(sort, error);
    const auto from = std::min<size_t>(all.size(), size_t(std::max<qint64>(0, offset)));
    const auto to = std::min<size_t>(all.size(), from + size_t(std::max<qint64>(0, limit)));
    return std::vector<qint64>(all.begin() + qptrdiff(from), all.begin() + qptrdiff(to));
}

qint64 SegmentQuery::count(QString *error) const
{
    const Parts p = buildParts(m_db, m_segment, true, error);
    if (!p.ok)
        return -1;
    QVariantList values;
    QString statement;
    if (p.contact.isEmpty() && p.hasFigures != false && (!p.figures.isEmpty() || p.hasFigures == true)) {
        // Only customers with figures: customer_metrics alone, the customer
        // conditions (tags, profile, products) on its customer_id.
        statement = QStringLiteral("SELECT COUNT(*) FROM customer_metrics m");
        QStringList where;
        for (const auto *list : {&p.figures, &p.customer}) {
            const QString part = joined(*list, QStringLiteral("m.customer_id"), &values);
            if (!part.isEmpty())
                where << part;
        }
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    } else {
        statement = QStringLiteral("SELECT COUNT(*)")
            + generalFromWhere(p.figures, p.customer, p.contact, p.hasFigures, false, p.contactOrders, &values);
    }
    std::vector<qint64> out;
    if (!appendIds(statement, values, &out, error) || out.empty())
        return -1;
    return out.front();
}

bool SegmentQuery::forEach(const std::function<bool(const CustomerContact &, const CustomerFigures *)> &visit,
                           QString *error) const
{
    const Parts p = buildParts(m_db, m_segment, false, error);
    if (!p.ok)
        return false;
    QVariantList values;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.customer_key, co.receiver_name, po.phone, co.phone, co.email, "
                             "co.address, co.province, ")
              + AnalyticsStore::figureColumns()
              + generalFromWhere(p.figures, p.customer, p.contact, p.hasFigures, true, p.contactOrders, &values)
              + QStringLiteral(" ORDER BY c.customer_key"));
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    CustomerContact c;
    CustomerFigures m;
    while (q.next()) {
        c.id = m.customerId = q.value(0).toLongLong();
        c.key = q.value(1).toString();
        c.receiverName = q.value(2).toString();
        c.phone = q.value(3).toString();
        c.phoneDisplay = q.value(4).toString();
        c.email = q.value(5).toString();
        c.address = q.value(6).toString();
        c.province = q.value(7).toString();
        const bool hasFigures = !q.value(8).isNull();
        if (hasFigures)
            AnalyticsStore::readFigures(q, 8, &m);
        if (!visit(c, hasFigures ? &m : nullptr))
            break;
    }
    return true;
}

bool SegmentQuery::matchesFigures(const Segment &s, const CustomerFigures *m)
{
    // The figure conditions the SQL is built from, tested on M; a customer
    // without figures fails them all, as the SQL's NULL comparisons do.
    if (s.hasPaidOrder && *s.hasPaidOrder != (m != nullptr))
        return false;
    const QList<FigureCondition> conditions = figureConditions(s);
    if (!m)
        return conditions.isEmpty();
    return std::all_of(conditions.cbegin(), conditions.cend(), [m](const FigureCondition &c) { return holds(c, *m); });
}

} // namespace huitou
