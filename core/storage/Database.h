#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Opens (and creates or migrates) the SQLite store. Each thread uses its own
// named connection; connections never cross threads.
class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    // Opens PATH under CONNECTIONNAME, sets WAL and foreign keys, migrates.
    // Returns false with a user-facing message in *error on failure, including
    // a database written by a newer Huitou.
    static bool open(const QString &path, const QString &connectionName, QString *error);
    static void close(const QString &connectionName);
    static QSqlDatabase connection(const QString &connectionName);

    static QString defaultPath();
    static int schemaVersion(const QSqlDatabase &db);
};

} // namespace huitou
