#include "SampleStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "StoreRoles.h"
#include "Transaction.h"
#include "customers/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {

// The vocabulary's order: regular 0, senior 1, VIP 2, supreme VIP 3.
int tierRank(const QString &tier)
{
    return int(parseTier(tier).value_or(Tier::Regular));
}

const char *const kSampleColumns =
    "s.id, s.month, s.population, s.sampling_day, s.requested_size, s.by_tier, s.seed, s.population_size, s.staff, "
    "s.created_at, (SELECT COUNT(*) FROM callback_members m WHERE m.sample_id = s.id), "
    "(SELECT COUNT(DISTINCT a.customer_id) FROM survey_answers a WHERE a.sample_id = s.id AND a.superseded_at IS NULL), "
    "(SELECT COUNT(DISTINCT a.customer_id) FROM survey_answers a WHERE a.sample_id = s.id AND a.superseded_at IS NULL "
    "AND a.reached = 'yes')";

CallbackSample readSample(const QSqlQuery &q)
{
    CallbackSample s;
    s.id = q.value(0).toLongLong();
    s.month = q.value(1).toString();
    s.population = q.value(2).toString();
    s.samplingDay = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    s.requestedSize = q.value(4).toInt();
    s.byTier = q.value(5).toInt() != 0;
    s.seed = q.value(6).toString().toULongLong();
    s.populationSize = q.value(7).toInt();
    s.staff = q.value(8).toString();
    s.createdAt = q.value(9).toString();
    s.members = q.value(10).toInt();
    s.called = q.value(11).toInt();
    s.reached = q.value(12).toInt();
    return s;
}

} // namespace

SampleStore::SampleStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool SampleStore::validPopulation(const QString &p)
{
    return p == QLatin1String("last-month-buyers") || p == QLatin1String("new-no-second");
}

std::vector<SampleCandidate> SampleStore::population(const QString &population, const QDate &month, const QDate &day,
                                                     QString *error) const
{
    std::vector<SampleCandidate> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    bool ok = false;
    if (population == QLatin1String("last-month-buyers")) {
        const QDate first = QDate(month.year(), month.month(), 1).addMonths(-1);
        const QDate last = first.addMonths(1).addDays(-1);
        ok = sql::exec(q,
                       QStringLiteral(
                           "SELECT c.id, c.customer_key, m.tier FROM customers c LEFT JOIN customer_metrics m "
                           "ON m.customer_id = c.id WHERE c.id IN (SELECT customer_id FROM orders WHERE "
                           "is_valid = 1 AND paid_day >= ? AND paid_day <= ?)"),
                       {first.toString(Qt::ISODate), last.toString(Qt::ISODate)}, error);
    } else if (population == QLatin1String("new-no-second")) {
        ok = sql::exec(q,
                       QStringLiteral(
                           "SELECT c.id, c.customer_key, m.tier FROM customers c LEFT JOIN customer_metrics m "
                           "ON m.customer_id = c.id WHERE c.id IN (SELECT o.customer_id FROM orders o WHERE "
                           "o.is_valid = 1 AND o.paid_day <= ? AND o.customer_id IN (SELECT customer_id FROM "
                           "orders WHERE is_valid = 1 AND paid_day >= ? AND paid_day <= ?) GROUP BY "
                           "o.customer_id HAVING MIN(o.paid_day) >= ? AND MAX(o.paid_day) = MIN(o.paid_day))"),
                       {day.toString(Qt::ISODate), day.addDays(-50).toString(Qt::ISODate),
                        day.addDays(-30).toString(Qt::ISODate), day.addDays(-50).toString(Qt::ISODate)},
                       error);
    } else if (error) {
        *error = QCoreApplication::translate("SampleStore",
                                             "population: must be last-month-buyers or new-no-second, not \"%1\".")
                     .arg(population);
    }
    if (!ok)
        return out;
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString().toUtf8(), tierRank(q.value(2).toString())});
    return out;
}

std::optional<CallbackSample> SampleStore::find(const QString &month, const QString &population) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q,
                  QStringLiteral("SELECT %1 FROM callback_samples s WHERE s.month = ? AND s.population = ? AND "
                                 "s.deleted_at IS NULL ORDER BY s.id DESC")
                      .arg(QLatin1String(kSampleColumns)),
                  {month, population})
        && q.next())
        return readSample(q);
    return std::nullopt;
}

std::optional<CallbackSample> SampleStore::sample(qint64 id) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q,
                  QStringLiteral("SELECT %1 FROM callback_samples s WHERE s.id = ?").arg(QLatin1String(kSampleColumns)),
                  {id})
        && q.next())
        return readSample(q);
    return std::nullopt;
}

QList<CallbackSample> SampleStore::samples() const
{
    QList<CallbackSample> out;
    QSqlQuery q(m_db);
    if (sql::exec(q,
                  QStringLiteral("SELECT %1 FROM callback_samples s WHERE s.deleted_at IS NULL ORDER BY s.month DESC, "
                                 "s.id DESC")
                      .arg(QLatin1String(kSampleColumns))))
        while (q.next())
            out << readSample(q);
    return out;
}

qint64 SampleStore::save(CallbackSample s, const std::vector<SampleCandidate> &members, const QString &staff,
                         QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO callback_samples (month, population, sampling_day, requested_size, "
                       "by_tier, seed, population_size, staff, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                   {s.month, s.population, s.samplingDay.toString(Qt::ISODate), s.requestedSize, s.byTier ? 1 : 0,
                    QString::number(s.seed), s.populationSize, nonNull(staff), AuditLog::nowText()},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!sql::prepare(q,
                      QStringLiteral("INSERT INTO callback_members (sample_id, position, customer_id, tier) "
                                     "VALUES (?, ?, ?, ?)"),
                      error))
        return 0;
    int position = 0;
    for (const SampleCandidate &m : members) {
        if (!sql::run(q, {id, ++position, m.customerId, tierKey(Tier(std::clamp(m.tierRank, 0, 3)))}, error))
            return 0;
    }
    if (!AuditLog(m_db).record(0, QStringLiteral("sample_drawn"), QStringLiteral("callback_sample"), id,
                               QJsonObject{{QStringLiteral("month"), s.month},
                                           {QStringLiteral("population"), s.population},
                                           {QStringLiteral("size"), int(members.size())},
                                           {QStringLiteral("seed"), QString::number(s.seed)}},
                               staff, error)
        || !tx.commit())
        return 0;
    return id;
}

bool SampleStore::setDeleted(qint64 sampleId, bool deleted, const QString &staff, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE callback_samples SET deleted_at = ? WHERE id = ?"),
                   {deleted ? QVariant(AuditLog::nowText()) : QVariant(QMetaType::fromType<QString>()), sampleId},
                   error)
        || !AuditLog(m_db).setUndone(QStringLiteral("sample_drawn"), QStringLiteral("callback_sample"), sampleId,
                                     deleted, error))
        return false;
    Q_UNUSED(staff)
    return tx.commit();
}

QList<SampleMember> SampleStore::members(qint64 sampleId) const
{
    QList<SampleMember> out;
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral(
                       "SELECT m.position, m.customer_id, c.customer_key, m.tier, cc.phone_display, "
                       "(SELECT a.reached FROM survey_answers a WHERE a.sample_id = m.sample_id AND "
                       "a.customer_id = m.customer_id AND a.superseded_at IS NULL ORDER BY a.id DESC LIMIT 1), "
                       "(SELECT a.satisfaction FROM survey_answers a WHERE a.sample_id = m.sample_id AND "
                       "a.customer_id = m.customer_id AND a.superseded_at IS NULL ORDER BY a.id DESC LIMIT 1) "
                       "FROM callback_members m JOIN customers c ON c.id = m.customer_id "
                       "LEFT JOIN %1 cc ON cc.id = m.customer_id "
                       "WHERE m.sample_id = ? ORDER BY m.position")
                       .arg(StoreRoles::customerContacts(m_db)),
                   {sampleId}))
        return out;
    while (q.next()) {
        SampleMember m;
        m.position = q.value(0).toInt();
        m.customerId = q.value(1).toLongLong();
        m.key = q.value(2).toString();
        m.tier = q.value(3).toString();
        m.phone = q.value(4).toString();
        m.reached = q.value(5).toString();
        m.satisfaction = q.value(6).toInt();
        out << m;
    }
    return out;
}

bool SampleStore::isMember(qint64 sampleId, qint64 customerId) const
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("SELECT 1 FROM callback_members WHERE sample_id = ? AND customer_id = ?"),
                     {sampleId, customerId})
        && q.next();
}

} // namespace huitou
