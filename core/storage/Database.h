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

    enum class Check { QuickCheck, None };

    // Opens PATH under CONNECTIONNAME, sets WAL and foreign keys, migrates,
    // and with Check::QuickCheck (the application's and the CLI's first
    // open; background tasks reopen without it) runs PRAGMA quick_check. Returns false with a user-facing message in *error on
    // failure, including a database written by a newer Huitou and a damaged
    // one (with what to do). A store in a folder or file that cannot be
    // written is opened read-only: reports work, writes say why they cannot.
    static bool open(const QString &path, const QString &connectionName, QString *error,
                     Check check = Check::None);
    static bool isReadOnly(const QSqlDatabase &db);
    static void close(const QString &connectionName);
    static QSqlDatabase connection(const QString &connectionName);

    static QString defaultPath();
    static int schemaVersion(const QSqlDatabase &db);
};

} // namespace huitou
