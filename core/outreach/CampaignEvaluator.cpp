#include "CampaignEvaluator.h"

#include "OutreachSettings.h"

#include <QCoreApplication>

namespace huitou {

CampaignEvaluator::CampaignEvaluator(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::optional<CampaignResult> CampaignEvaluator::evaluate(qint64 campaignId, const QDate &asOf, int windowDays,
                                                          qint64 costFen, QString *error) const
{
    OutreachStore store(m_db);
    const auto campaign = store.campaign(campaignId, error);
    if (!campaign) {
        if (error->isEmpty())
            *error = QCoreApplication::translate("CampaignEvaluator", "There is no campaign %1.").arg(campaignId);
        return std::nullopt;
    }
    CampaignResult r;
    r.campaign = *campaign;
    r.windowDays = windowDays > 0 ? windowDays : OutreachSettings::load(m_db).responseWindowDays;
    r.windowEnd = campaign->sendDay.addDays(r.windowDays);
    CampaignGroupTotals t, c;
    if (!store.groupTotals(campaignId, campaign->sendDay, r.windowEnd, asOf, &t, &c, error))
        return std::nullopt;
    r.evaluation = CampaignEvaluation::compute({t.members, t.converters, t.revenueFen},
                                               {c.members, c.converters, c.revenueFen},
                                               costFen >= 0 ? costFen : campaign->costFen);
    r.evaluation.provisional = asOf < r.windowEnd;
    return r;
}

} // namespace huitou
