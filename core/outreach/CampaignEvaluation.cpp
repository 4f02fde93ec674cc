#include "CampaignEvaluation.h"

#include "analytics/Money.h"

#include <cmath>

namespace huitou {

std::optional<double> CampaignGroupFigures::conversionRate() const
{
    if (members <= 0)
        return std::nullopt;
    return double(converters) / double(members);
}

std::optional<qint64> CampaignGroupFigures::revenuePerMemberFen() const
{
    if (members <= 0)
        return std::nullopt;
    return money::divideRounded(revenueFen, members);
}

CampaignEvaluation CampaignEvaluation::compute(const CampaignGroupFigures &t, const CampaignGroupFigures &c,
                                               qint64 costFen)
{
    CampaignEvaluation e;
    e.treatment = t;
    e.control = c;
    e.costFen = costFen;
    if (t.members > 0 && c.members > 0) {
        e.uplift = *t.conversionRate() - *c.conversionRate();
        const double pooled = double(t.converters + c.converters) / double(t.members + c.members);
        if (pooled > 0.0 && pooled < 1.0) {
            const double se = std::sqrt(pooled * (1.0 - pooled) * (1.0 / double(t.members) + 1.0 / double(c.members)));
            e.zScore = *e.uplift / se;
            e.pValue = std::erfc(std::fabs(*e.zScore) / std::sqrt(2.0));
        }
        // (R_t / n_t − R_c / n_c) × n_t = (R_t × n_c − R_c × n_t) / n_c, exact in integers.
        e.incrementalRevenueFen = money::divideRounded(t.revenueFen * c.members - c.revenueFen * t.members, c.members);
        if (costFen > 0)
            e.roi = double(*e.incrementalRevenueFen - costFen) / double(costFen);
    }
    return e;
}

} // namespace huitou
