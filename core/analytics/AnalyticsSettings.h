#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// The shop's analytics settings, stored in the database so every workstation
// and the CLI use the same values.
struct AnalyticsSettings
{
    enum class TierBasis { Monetary, Frequency };
    enum class TierMode { Percentile, Fixed };

    int activeDays = 90; // A
    int silentDays = 180; // S
    int sleepingDays = 365; // L
    TierBasis tierBasis = TierBasis::Monetary;
    TierMode tierMode = TierMode::Percentile;
    // Fixed-mode thresholds: fen when the basis is M, purchase days when F.
    qint64 fixedSenior = 0, fixedVip = 0, fixedSupreme = 0;

    // Empty when valid (A < S < L, positive; fixed thresholds ascending).
    QString validate() const;
    static AnalyticsSettings load(const QSqlDatabase &db);
    bool save(const QSqlDatabase &db, QString *error) const;
};

} // namespace huitou
