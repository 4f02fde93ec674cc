#include "SurveyStore.h"

#include "AuditLog.h"
#include "SampleStore.h"
#include "SqlUtil.h"
#include "TaxonomyStore.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {
// A null QString binds as SQL NULL; the text columns are NOT NULL DEFAULT ''.
QString notNull(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

SurveyStore::SurveyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

qint64 SurveyStore::save(SurveyAnswer a, const QString &staff, QString *error)
{
    const QString invalid = a.validate(TaxonomyStore(m_db).load());
    if (!invalid.isEmpty()) {
        *error = invalid;
        return 0;
    }
    if (!SampleStore(m_db).isMember(a.sampleId, a.customerId)) {
        *error =
            QCoreApplication::translate("SurveyStore", "customer: this customer is not in sample %1.").arg(a.sampleId);
        return 0;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    const QString now = AuditLog::nowText();
    if (!sql::exec(q,
                   QStringLiteral("UPDATE survey_answers SET superseded_at = ? WHERE sample_id = ? AND customer_id = ? "
                                  "AND superseded_at IS NULL"),
                   {now, a.sampleId, a.customerId}, error))
        return 0;
    if (!sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO survey_answers (sample_id, customer_id, reached, satisfaction, "
                       "problem_codes, problem_text, expectations, buy_again, why_not_codes, why_not_text, "
                       "follow_up, answered_day, staff, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?)"),
                   {a.sampleId, a.customerId, a.reached,
                    a.satisfaction > 0 ? QVariant(a.satisfaction) : QVariant(QMetaType::fromType<int>()),
                    notNull(a.problemCodes.join(QLatin1Char(' '))), notNull(a.problemText), notNull(a.expectations),
                    a.buyAgain.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(a.buyAgain),
                    notNull(a.whyNotCodes.join(QLatin1Char(' '))), notNull(a.whyNotText), a.followUp ? 1 : 0,
                    a.answeredDay.toString(Qt::ISODate), nonNull(staff), now},
                   error))
        return 0;
    const qint64 id = q.lastInsertId().toLongLong();
    QJsonObject detail{{QStringLiteral("sample"), a.sampleId},
                       {QStringLiteral("reached"), a.reached},
                       {QStringLiteral("follow_up"), a.followUp}};
    if (a.satisfaction > 0)
        detail.insert(QStringLiteral("satisfaction"), a.satisfaction);
    if (!a.buyAgain.isEmpty())
        detail.insert(QStringLiteral("buy_again"), a.buyAgain);
    if (!a.problemCodes.isEmpty())
        detail.insert(QStringLiteral("problems"), a.problemCodes.join(QLatin1Char(' ')));
    if (!a.problemText.isEmpty())
        detail.insert(QStringLiteral("text"), a.problemText);
    if (!AuditLog(m_db).record(a.customerId, QStringLiteral("survey_answered"), QStringLiteral("survey_answer"), id,
                               detail, staff, error)
        || !tx.commit())
        return 0;
    return id;
}

bool SurveyStore::withdraw(qint64 answerId, const QString &staff, QString *error)
{
    Q_UNUSED(staff)
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT sample_id, customer_id FROM survey_answers WHERE id = ?"), {answerId},
                   error)
        || !q.next()) {
        if (error && error->isEmpty())
            *error = QCoreApplication::translate("SurveyStore", "No survey answer %1.").arg(answerId);
        return false;
    }
    const qint64 sample = q.value(0).toLongLong(), customer = q.value(1).toLongLong();
    // The answer this one superseded becomes current again.
    if (!sql::exec(q,
                   QStringLiteral("UPDATE survey_answers SET superseded_at = NULL WHERE id = (SELECT MAX(id) FROM "
                                  "survey_answers WHERE sample_id = ? AND customer_id = ? AND id < ?)"),
                   {sample, customer, answerId}, error)
        || !sql::exec(q, QStringLiteral("UPDATE survey_answers SET superseded_at = ? WHERE id = ?"),
                      {AuditLog::nowText(), answerId}, error)
        || !AuditLog(m_db).setUndone(QStringLiteral("survey_answered"), QStringLiteral("survey_answer"), answerId, true,
                                     error))
        return false;
    return tx.commit();
}

QList<SurveyAnswer> SurveyStore::select(const QString &where, const QVariantList &values) const
{
    QList<SurveyAnswer> out;
    QSqlQuery q(m_db);
    if (!sql::prepare(q,
                      QStringLiteral("SELECT id, sample_id, customer_id, reached, satisfaction, problem_codes, "
                                     "problem_text, expectations, buy_again, why_not_codes, why_not_text, follow_up, "
                                     "answered_day, staff, created_at FROM survey_answers WHERE ")
                          + where + QStringLiteral(" ORDER BY id")))
        return out;
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        return out;
    while (q.next()) {
        SurveyAnswer a;
        a.id = q.value(0).toLongLong();
        a.sampleId = q.value(1).toLongLong();
        a.customerId = q.value(2).toLongLong();
        a.reached = q.value(3).toString();
        a.satisfaction = q.value(4).toInt();
        a.problemCodes = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.problemText = q.value(6).toString();
        a.expectations = q.value(7).toString();
        a.buyAgain = q.value(8).toString();
        a.whyNotCodes = q.value(9).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        a.whyNotText = q.value(10).toString();
        a.followUp = q.value(11).toInt() != 0;
        a.answeredDay = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        a.staff = q.value(13).toString();
        a.createdAt = q.value(14).toString();
        out << a;
    }
    return out;
}

std::optional<SurveyAnswer> SurveyStore::current(qint64 sampleId, qint64 customerId) const
{
    const auto list = select(QStringLiteral("sample_id = ? AND customer_id = ? AND superseded_at IS NULL"),
                             {sampleId, customerId});
    if (list.isEmpty())
        return std::nullopt;
    return list.last();
}

QList<SurveyAnswer> SurveyStore::currentAnswers(qint64 sampleId) const
{
    return select(QStringLiteral("sample_id = ? AND superseded_at IS NULL"), {sampleId});
}

} // namespace huitou
