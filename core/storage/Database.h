#pragma once

#include "StoreLocation.h"

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Opens (and creates or migrates) the store. Each thread uses its own
// named connection; connections never cross threads.
class Database
{
public:
    static constexpr int kSchemaVersion = 1;

    enum class Check { QuickCheck, None };

    // Opens the store at LOCATION under CONNECTIONNAME, migrates, and with
    // Check::QuickCheck (the application's and the CLI's first open;
    // background tasks open without it) checks the store's integrity. Returns
    // false with a user-facing message in *error on failure, including a
    // database written by a newer Huitou and a damaged one (with what to do).
    // A store in a folder or file that cannot be written is opened read-only:
    // reports work, writes say why they cannot.
    static bool open(const StoreLocation &location, const QString &connectionName, QString *error,
                     Check check = Check::None);
    // Opens a second connection, CONNECTIONNAME, to the store DB is open on
    // (for work on another thread).
    static bool openAnother(const QSqlDatabase &db, const QString &connectionName, QString *error);
    // Where the store behind an open connection lives.
    static StoreLocation location(const QSqlDatabase &db);
    static bool isReadOnly(const QSqlDatabase &db);
    static void close(const QString &connectionName);
    static QSqlDatabase connection(const QString &connectionName);

    static QString defaultPath();
    // A password typed for a server store (the connect dialog): kept in this
    // process's memory for every connection to it, never written anywhere.
    static void setSessionPassword(const StoreLocation &location, const QString &password);
    static int schemaVersion(const QSqlDatabase &db);
    // Whether LOCATION already holds a Huitou store (a file that exists; a
    // server database with Huitou's tables), looked at without creating or
    // migrating anything. A server that cannot be reached counts as no.
    static bool exists(const StoreLocation &location);
};

} // namespace huitou
