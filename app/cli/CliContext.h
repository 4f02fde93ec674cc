#pragma once

#include "storage/Database.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace huitou::cli {

// What every command gets: its arguments, the store path and the streams.
struct CliContext
{
    QStringList arguments; // argv[0] replaced by "huitou-cli <command>"
    QString dbPath;
    QTextStream &out;
    QTextStream &err;

    // Opens the store (creating or migrating it); prints the error itself.
    // A damaged store is refused (quick_check) unless CHECK is None (the
    // store command, which restores backups).
    bool openStore(QSqlDatabase *db, Database::Check check = Database::Check::QuickCheck);
};

inline constexpr const char *kConnection = "huitou-cli";

} // namespace huitou::cli
