#pragma once

#include "Taxonomy.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace huitou {

// One callback survey answer (DESIGN.md "Survey form").
struct SurveyAnswer
{
    qint64 id = 0;
    qint64 sampleId = 0;
    qint64 customerId = 0;
    QString reached = QStringLiteral("yes"); // yes | no_answer | refused
    int satisfaction = 0; // 1..5; 0: not asked
    QStringList problemCodes;
    QString problemText;
    QString expectations;
    QString buyAgain; // yes | no | unsure; empty: not asked
    QStringList whyNotCodes;
    QString whyNotText;
    bool followUp = false;
    QDate answeredDay;
    QString staff, createdAt;

    // Empty when valid; otherwise a message naming the field.
    QString validate(const Taxonomy &taxonomy) const;

    Q_DECLARE_TR_FUNCTIONS(huitou::SurveyAnswer)
};

} // namespace huitou
