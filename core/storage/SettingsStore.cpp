#include "SettingsStore.h"

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

} // namespace huitou
