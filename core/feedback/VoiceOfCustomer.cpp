#include "VoiceOfCustomer.h"

#include "ProductFeedback.h"
#include "ReasonReports.h"
#include "care/CallbackService.h"
#include "storage/SampleStore.h"
#include "storage/TaxonomyStore.h"

namespace huitou {

std::vector<ReportTable> VoiceOfCustomer::tables(QSqlDatabase db, const QDate &day, int productLimit)
{
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    std::vector<ReportTable> out;
    for (const char *kind : {"complaint", "return", "review"})
        out.push_back(ReasonReports::topTable(taxonomy, ReasonReports::top(db, QString::fromLatin1(kind), day)));
    out.push_back(ReasonReports::trendTable(taxonomy, ReasonReports::trend(db, day)));
    // The month's samples (the first found: last month's buyers before new customers).
    const QString month = day.toString(QStringLiteral("yyyy-MM"));
    SurveyResults results;
    for (const char *population : {"last-month-buyers", "new-no-second"}) {
        if (const auto sample = SampleStore(db).find(month, QString::fromLatin1(population))) {
            QString error;
            if (const auto r = CallbackService::results(db, sample->id, &error)) {
                results = *r;
                break;
            }
        }
    }
    ReportTable survey = CallbackService::resultsTable(results);
    if (results.sampleId == 0)
        survey.note = ReportTable::titleOf(ReportView::SurveyResults) + QStringLiteral(": –");
    out.push_back(survey);
    out.push_back(ProductFeedback::table(taxonomy, ProductFeedback::month(db, day), productLimit));
    return out;
}

} // namespace huitou
