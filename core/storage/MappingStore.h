#pragma once

#include "records/ColumnMapping.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

namespace huitou {

// Named column-mapping presets for generic CSV, kept in the store.
class MappingStore
{
public:
    explicit MappingStore(QSqlDatabase db);
    QStringList names() const;
    std::optional<ColumnMapping> load(const QString &name) const;
    bool save(const QString &name, const ColumnMapping &mapping, QString *error);
    bool remove(const QString &name, QString *error);

private:
    QSqlDatabase m_db;
};

} // namespace huitou
