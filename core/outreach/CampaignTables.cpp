#include "CampaignTables.h"

#include "analytics/Money.h"

#include <QCoreApplication>
#include <QLocale>

namespace huitou {

// The translation context of the strings below.
struct CampaignTables
{
    Q_DECLARE_TR_FUNCTIONS(huitou::CampaignTables)
};

namespace {

QVariant orNull(std::optional<double> v)
{
    return v ? QVariant(*v) : QVariant();
}

QVariant yuanOrNull(std::optional<qint64> fen)
{
    return fen ? QVariant(money::yuan(*fen)) : QVariant();
}

} // namespace

ReportTable campaignResultTable(const CampaignResult &r)
{
    ReportTable t;
    t.view = ReportView::CampaignResults;
    t.title = ReportTable::titleOf(t.view) + QStringLiteral(" · ") + r.campaign.name;
    t.chart = ReportTable::Chart::GroupedBars;
    t.columns = {CampaignTables::tr("Conversion rate"), CampaignTables::tr("Members"), CampaignTables::tr("Converters"),
                 CampaignTables::tr("Revenue"), CampaignTables::tr("Revenue per member")};
    t.firstSeriesColumn = 0;
    t.seriesCount = 1;
    t.seriesAreRows = true; // one colour per group, side by side
    t.percent = true;
    t.shareColumns = {0};
    t.rowLabels = {CampaignTables::tr("Treatment (sent)"), CampaignTables::tr("Control (held out)")};
    t.rowKeys = {QStringLiteral("treatment"), QStringLiteral("control")};
    for (const CampaignGroupFigures &g : {r.evaluation.treatment, r.evaluation.control}) {
        t.cells.push_back({orNull(g.conversionRate()), QVariant(g.members), QVariant(g.converters),
                           QVariant(money::yuan(g.revenueFen)), yuanOrNull(g.revenuePerMemberFen())});
    }
    t.note = campaignResultSummary(r);
    return t;
}

QString campaignResultSummary(const CampaignResult &r)
{
    const CampaignEvaluation &e = r.evaluation;
    const QLocale locale;
    auto percent = [&](std::optional<double> v) {
        return v ? locale.toString(*v * 100.0, 'f', 2) + QStringLiteral(" %") : CampaignTables::tr("n/a");
    };
    auto money = [&](std::optional<qint64> fen) {
        return fen ? locale.toString(money::yuan(*fen), 'f', 2) : CampaignTables::tr("n/a");
    };
    QString text = CampaignTables::tr("Uplift %1 · p-value %2 · incremental revenue %3 · cost %4 · ROI %5")
                       .arg(percent(e.uplift),
                            e.pValue ? locale.toString(*e.pValue, 'g', 3) : CampaignTables::tr("n/a"),
                            money(e.incrementalRevenueFen), money(e.costFen),
                            e.roi ? locale.toString(*e.roi, 'f', 2) : CampaignTables::tr("n/a"));
    if (e.provisional)
        text += QLatin1Char('\n')
            + CampaignTables::tr("Provisional: the %1-day window runs until %2.")
                  .arg(r.windowDays)
                  .arg(r.windowEnd.addDays(-1).toString(Qt::ISODate));
    else
        text += QLatin1Char('\n') + CampaignTables::tr("Window of %1 days, closed.").arg(r.windowDays);
    return text;
}

} // namespace huitou
