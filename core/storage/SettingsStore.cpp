#include "SettingsStore.h"

#include "Clock.h"
#include "SqlUtil.h"

#include <QSqlQuery>

namespace huitou {

SettingsStore::SettingsStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

bool SettingsStore::setValue(const QString &key, const QString &value, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                     {key, value}, error);
}

QTimeZone SettingsStore::shopTimeZone() const
{
    // QTimeZone of an empty id is the machine's zone (UTC on many a server),
    // not an invalid one: an unset zone is the shop's default, explicitly.
    const QByteArray id = value(QStringLiteral("shop_time_zone")).toUtf8();
    const QTimeZone zone = id.isEmpty() ? QTimeZone() : QTimeZone(id);
    return zone.isValid() ? zone : Clock::defaultShopZone();
}

bool SettingsStore::setShopTimeZone(const QTimeZone &zone, QString *error)
{
    if (!setValue(QStringLiteral("shop_time_zone"), QString::fromUtf8(zone.id()), error))
        return false;
    Clock::setShopZone(zone);
    return true;
}

} // namespace huitou
