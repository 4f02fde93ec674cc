#pragma once

#include "feedback/SurveyAnswer.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace huitou {

// Survey answers: a new answer for the same customer and sample supersedes
// the earlier one (which stays, marked superseded_at).
class SurveyStore
{
public:
    explicit SurveyStore(QSqlDatabase db);
    // Validates (the customer must be in the sample) and stores; returns the id, 0 on error.
    qint64 save(SurveyAnswer answer, const QString &staff, QString *error);
    // Undo of a save: the answer is marked superseded and the one before it is current again.
    bool withdraw(qint64 answerId, const QString &staff, QString *error);
    std::optional<SurveyAnswer> current(qint64 sampleId, qint64 customerId) const;
    QList<SurveyAnswer> currentAnswers(qint64 sampleId) const;

private:
    QList<SurveyAnswer> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace huitou
