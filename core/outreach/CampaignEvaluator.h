#pragma once

#include "CampaignEvaluation.h"
#include "storage/OutreachStore.h"

#include <QDate>
#include <QSqlDatabase>

#include <optional>

namespace huitou {

// A stored campaign evaluated over its response window.
struct CampaignResult
{
    CampaignRecord campaign;
    int windowDays = 14;
    QDate windowEnd; // exclusive: purchases on days [send, end) count
    CampaignEvaluation evaluation;
};

class CampaignEvaluator
{
public:
    explicit CampaignEvaluator(QSqlDatabase db);
    // WINDOWDAYS <= 0 takes the shop's setting; COSTFEN < 0 the recorded cost.
    // Provisional while ASOF < send day + D (the window's last day not yet over).
    std::optional<CampaignResult> evaluate(qint64 campaignId, const QDate &asOf, int windowDays, qint64 costFen,
                                           QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
