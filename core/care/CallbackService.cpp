#include "CallbackService.h"

#include "CallbackSampler.h"
#include "storage/SurveyStore.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>

namespace huitou {

std::optional<CallbackSample> CallbackService::draw(QSqlDatabase db, const SampleRequest &r, const QString &staff,
                                                    bool *existed, QString *error)
{
    *existed = false;
    if (!SampleStore::validPopulation(r.population)) {
        *error = tr("population: must be last-month-buyers or new-no-second, not \"%1\".").arg(r.population);
        return std::nullopt;
    }
    if (r.size < 1 || r.size > 100000) {
        *error = tr("size: must be 1 to 100000, not %1.").arg(r.size);
        return std::nullopt;
    }
    if (!r.month.isValid() || !r.samplingDay.isValid()) {
        *error = tr("month: must be YYYY-MM.");
        return std::nullopt;
    }
    SampleStore store(db);
    const QString month = r.month.toString(QStringLiteral("yyyy-MM"));
    if (auto found = store.find(month, r.population)) {
        *existed = true;
        return found;
    }
    QString err;
    auto population = store.population(r.population, r.month, r.samplingDay, &err);
    if (!err.isEmpty()) {
        *error = err;
        return std::nullopt;
    }
    CallbackSample s;
    s.month = month;
    s.population = r.population;
    s.samplingDay = r.samplingDay;
    s.requestedSize = r.size;
    s.byTier = r.byTier;
    s.seed = r.seed.value_or(CallbackSampler::defaultSeed(r.month.year(), r.month.month()));
    s.populationSize = int(population.size());
    const auto members = CallbackSampler::draw(std::move(population), r.size, s.seed, r.byTier);
    const qint64 id = store.save(s, members, staff, error);
    if (id == 0)
        return std::nullopt;
    return store.sample(id);
}

std::optional<SurveyResults> CallbackService::results(QSqlDatabase db, qint64 sampleId, QString *error)
{
    const auto sample = SampleStore(db).sample(sampleId);
    if (!sample) {
        *error = QCoreApplication::translate("huitou::CallbackService", "sample: there is no sample %1.").arg(sampleId);
        return std::nullopt;
    }
    SurveyResults r;
    r.sampleId = sampleId;
    r.members = sample->members;
    QHash<QString, qint64> problems;
    int satisfactionCount = 0, satisfactionSum = 0;
    for (const SurveyAnswer &a : SurveyStore(db).currentAnswers(sampleId)) {
        ++r.called;
        if (a.reached != QLatin1String("yes"))
            continue;
        ++r.reached;
        if (a.satisfaction >= 1 && a.satisfaction <= 5) {
            ++r.distribution[size_t(a.satisfaction - 1)];
            ++satisfactionCount;
            satisfactionSum += a.satisfaction;
        }
        if (!a.buyAgain.isEmpty()) {
            ++r.buyAgainAnswers;
            r.buyAgainYes += a.buyAgain == QLatin1String("yes");
        }
        for (const QString &code : a.problemCodes)
            ++problems[code];
    }
    if (r.called)
        r.reachedShare = double(r.reached) / r.called;
    if (satisfactionCount)
        r.satisfactionMean = double(satisfactionSum) / satisfactionCount;
    if (r.buyAgainAnswers)
        r.buyAgainShare = double(r.buyAgainYes) / r.buyAgainAnswers;
    r.problems = ReasonReports::rank(TaxonomyStore(db).load(), problems, {});
    return r;
}

ReportTable CallbackService::resultsTable(const SurveyResults &r)
{
    ReportTable t;
    t.view = ReportView::SurveyResults;
    t.title = ReportTable::titleOf(t.view);
    t.chart = ReportTable::Chart::GroupedBars;
    t.columns = {tr("Answers")};
    t.firstSeriesColumn = 0;
    t.seriesCount = 1;
    for (int s = 1; s <= 5; ++s) {
        t.rowLabels << tr("Satisfaction %1").arg(s);
        t.rowKeys << QString::number(s);
        t.cells.push_back({r.distribution[size_t(s - 1)]});
    }
    const auto pct = [](const std::optional<double> &v) {
        return v ? QStringLiteral("%1 %").arg(*v * 100.0, 0, 'f', 1) : QStringLiteral("–");
    };
    t.note = tr("Sample %1: %2 members, %3 called, %4 reached (%5). Mean satisfaction %6. Will buy again: %7.")
                 .arg(r.sampleId)
                 .arg(r.members)
                 .arg(r.called)
                 .arg(r.reached)
                 .arg(pct(r.reachedShare))
                 .arg(r.satisfactionMean ? QString::number(*r.satisfactionMean, 'f', 2) : QStringLiteral("–"))
                 .arg(pct(r.buyAgainShare));
    return t;
}

ReportTable CallbackService::problemsTable(const Taxonomy &taxonomy, const SurveyResults &r)
{
    TopReasons top;
    top.kind = QStringLiteral("survey");
    top.rows = r.problems;
    ReportTable t = ReasonReports::topTable(taxonomy, top);
    t.title = QCoreApplication::translate("huitou::CallbackService", "Problems named in the calls, Top 5");
    t.columns = t.columns.mid(0, 2);
    t.seriesCount = 1;
    for (auto &row : t.cells)
        row.resize(2);
    t.note.clear();
    return t;
}

} // namespace huitou
