#include "AnalyticsSettings.h"

#include "storage/BackupStore.h"
#include "storage/SettingsStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

namespace huitou {

QString AnalyticsSettings::validate() const
{
    if (activeDays <= 0 || !(activeDays < silentDays && silentDays < sleepingDays))
        return QCoreApplication::translate(
                   "AnalyticsSettings",
                   "Stage thresholds must satisfy 0 < active < silent < sleeping (got %1, %2, %3).")
            .arg(activeDays)
            .arg(silentDays)
            .arg(sleepingDays);
    if (tierMode == TierMode::Fixed && !(0 < fixedSenior && fixedSenior <= fixedVip && fixedVip <= fixedSupreme))
        return QCoreApplication::translate(
            "AnalyticsSettings", "Fixed tier thresholds must be positive and ascending: senior ≤ VIP ≤ supreme VIP.");
    return {};
}

AnalyticsSettings AnalyticsSettings::load(const QSqlDatabase &db)
{
    const SettingsStore store(db);
    AnalyticsSettings s;
    s.activeDays = store.value(QStringLiteral("stage_active_days"), QStringLiteral("90")).toInt();
    s.silentDays = store.value(QStringLiteral("stage_silent_days"), QStringLiteral("180")).toInt();
    s.sleepingDays = store.value(QStringLiteral("stage_sleeping_days"), QStringLiteral("365")).toInt();
    s.tierBasis = store.value(QStringLiteral("tier_basis")) == QLatin1String("frequency") ? TierBasis::Frequency
                                                                                          : TierBasis::Monetary;
    s.tierMode = store.value(QStringLiteral("tier_mode")) == QLatin1String("fixed") ? TierMode::Fixed
                                                                                    : TierMode::Percentile;
    s.fixedSenior = store.value(QStringLiteral("tier_fixed_senior"), QStringLiteral("0")).toLongLong();
    s.fixedVip = store.value(QStringLiteral("tier_fixed_vip"), QStringLiteral("0")).toLongLong();
    s.fixedSupreme = store.value(QStringLiteral("tier_fixed_supreme"), QStringLiteral("0")).toLongLong();
    if (!s.validate().isEmpty()) // a hand-edited store never breaks the reports
        s = AnalyticsSettings();
    return s;
}

bool AnalyticsSettings::save(const QSqlDatabase &db, QString *error) const
{
    *error = validate();
    if (!error->isEmpty())
        return false;
    // An automatic backup before the change. It is best effort: a settings
    // change is small and itself reversible, so a backup that cannot be made
    // (e.g. a statement still reading on this connection) does not block it.
    QString backupError;
    BackupStore(db).create(QStringLiteral("settings"), nullptr, &backupError);
    SettingsStore store(db);
    Transaction tx(db);
    const std::pair<const char *, QString> values[] = {
        {"stage_active_days", QString::number(activeDays)},
        {"stage_silent_days", QString::number(silentDays)},
        {"stage_sleeping_days", QString::number(sleepingDays)},
        {"tier_basis", tierBasis == TierBasis::Frequency ? QStringLiteral("frequency") : QStringLiteral("monetary")},
        {"tier_mode", tierMode == TierMode::Fixed ? QStringLiteral("fixed") : QStringLiteral("percentile")},
        {"tier_fixed_senior", QString::number(fixedSenior)},
        {"tier_fixed_vip", QString::number(fixedVip)},
        {"tier_fixed_supreme", QString::number(fixedSupreme)},
    };
    for (const auto &[key, value] : values)
        if (!store.setValue(QString::fromLatin1(key), value, error))
            return false;
    return tx.commit();
}

} // namespace huitou
