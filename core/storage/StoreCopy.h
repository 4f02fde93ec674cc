#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Moves a whole store between backends (an SQLite file and a PostgreSQL
// server, either way): every row of every table, ids kept.
class StoreCopy
{
public:
    struct TableCount
    {
        QString table;
        qint64 rows = 0;
    };

    // Copies SOURCE into TARGET, both open at the same schema version. TARGET
    // must not hold a shop yet (no import, no customer): its starting
    // dictionaries are replaced by SOURCE's. One transaction on TARGET: on
    // failure nothing is written. False with a user-facing message in *error.
    static bool copy(const QSqlDatabase &source, QSqlDatabase &target, QString *error);
    // Rows per table of DB, in creation order (the schema_version table of a server left out).
    static QList<TableCount> countRows(const QSqlDatabase &db, QString *error);
};

} // namespace huitou
