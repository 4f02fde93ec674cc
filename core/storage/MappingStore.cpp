#include "MappingStore.h"

#include "SqlUtil.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace huitou {

MappingStore::MappingStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QStringList MappingStore::names() const
{
    QStringList out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT name FROM column_mappings WHERE name NOT LIKE 'reviews:%' ORDER BY name"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<ColumnMapping> MappingStore::load(const QString &name) const
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT mapping FROM column_mappings WHERE name = ?"), {name}) || !q.next())
        return std::nullopt;
    return ColumnMapping::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

bool MappingStore::save(const QString &name, const ColumnMapping &mapping, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral("INSERT INTO column_mappings (name, mapping) VALUES (?, ?) "
                                    "ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping"),
                     {name, QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact))}, error);
}

bool MappingStore::remove(const QString &name, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q, QStringLiteral("DELETE FROM column_mappings WHERE name = ?"), {name}, error);
}

} // namespace huitou
