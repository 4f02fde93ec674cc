#pragma once

#include "feedback/Taxonomy.h"

#include <QSqlDatabase>

namespace huitou {

// The reason taxonomy in the store: editable, never deleted. A reason in use
// can be renamed or merged into another (its entries then count there).
class TaxonomyStore
{
public:
    explicit TaxonomyStore(QSqlDatabase db);
    Taxonomy load() const;
    // Adds a new reason or updates an existing one's names, keywords, category and position.
    bool saveReason(const Reason &reason, const QString &staff, QString *error);
    bool saveCategory(const ReasonCategory &category, QString *error);
    // Merges FROM into INTO (FROM stays, hidden from pickers; its entries count under INTO).
    bool merge(const QString &from, const QString &into, const QString &staff, QString *error);
    bool unmerge(const QString &code, const QString &staff, QString *error);
    qint64 usage(const QString &code) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
