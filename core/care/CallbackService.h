#pragma once

#include "analytics/ReportTables.h"
#include "feedback/ReasonReports.h"
#include "storage/SampleStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include <array>
#include <optional>
#include <vector>

namespace huitou {

struct SampleRequest
{
    QDate month; // any day of the month the sample is for
    QString population; // last-month-buyers | new-no-second
    int size = 0;
    bool byTier = false;
    std::optional<quint64> seed; // default: YYYYMM of the month
    QDate samplingDay; // "today" for the new-customer population
};

struct SurveyResults
{
    qint64 sampleId = 0;
    int members = 0, called = 0, reached = 0;
    std::optional<double> reachedShare; // reached / called
    std::optional<double> satisfactionMean; // over answers with a satisfaction
    std::array<int, 5> distribution{}; // answers with satisfaction 1..5
    int buyAgainAnswers = 0, buyAgainYes = 0;
    std::optional<double> buyAgainShare; // yes / answers that said yes, no or unsure
    std::vector<ReasonCount> problems; // Top 5 problem reasons
};

// Callback samples and their survey results, for the GUI and the CLI alike.
class CallbackService
{
public:
    // Draws and stores the sample, or returns the one already drawn for that
    // month and population (*existed = true): the same month gives the same list.
    static std::optional<CallbackSample> draw(QSqlDatabase db, const SampleRequest &request, const QString &staff,
                                              bool *existed, QString *error);
    static std::optional<SurveyResults> results(QSqlDatabase db, qint64 sampleId, QString *error);
    static ReportTable resultsTable(const SurveyResults &results);
    static ReportTable problemsTable(const Taxonomy &taxonomy, const SurveyResults &results);

    Q_DECLARE_TR_FUNCTIONS(huitou::CallbackService)
};

} // namespace huitou
