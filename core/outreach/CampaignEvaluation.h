#pragma once

#include <QtGlobal>

#include <optional>

namespace huitou {

// One group's figures over the response window.
struct CampaignGroupFigures
{
    qint64 members = 0;
    qint64 converters = 0; // members with a valid purchase day in [send, send + D)
    qint64 revenueFen = 0; // net amount of their valid orders paid in the window
    std::optional<double> conversionRate() const;
    std::optional<qint64> revenuePerMemberFen() const; // rounded half up to the fen
};

// DESIGN.md "Precise rules", campaign evaluation:
//   uplift = treatment rate − control rate;
//   z = uplift / sqrt(p(1 − p)(1/n_t + 1/n_c)) with the pooled rate
//       p = (x_t + x_c) / (n_t + n_c); two-sided p-value = erfc(|z| / √2),
//       null when p is 0 or 1 or a group is empty;
//   incremental revenue = (revenue per member treatment − control) × n_t,
//       from the exact quotients, rounded half up to the fen once;
//   ROI = (incremental revenue − cost) / cost, null when the cost is 0.
struct CampaignEvaluation
{
    CampaignGroupFigures treatment, control;
    qint64 costFen = 0;
    std::optional<double> uplift;
    std::optional<double> zScore;
    std::optional<double> pValue;
    std::optional<qint64> incrementalRevenueFen;
    std::optional<double> roi;
    bool provisional = false; // the window has not closed yet

    static CampaignEvaluation compute(const CampaignGroupFigures &treatment, const CampaignGroupFigures &control,
                                      qint64 costFen);
};

} // namespace huitou
