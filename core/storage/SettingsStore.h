#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>
#include <QVariant>

namespace huitou {

// Shop-level settings kept in the store, so every workstation and the CLI see
// the same values. Plain key/value; typed access lives with each feature.
class SettingsStore
{
public:
    explicit SettingsStore(QSqlDatabase db);
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, QString *error);
    // The shop's time zone (setting shop_time_zone, an IANA id; default
    // Asia/Shanghai): the day every date in core is counted in.
    QTimeZone shopTimeZone() const;
    bool setShopTimeZone(const QTimeZone &zone, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
