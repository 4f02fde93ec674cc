#pragma once

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
    QString staff; // --staff, else QSettings staff/name, else $USER


    // Opens the store (creating or migrating it); prints the error itself.
    bool openStore(QSqlDatabase *db);
};

inline constexpr const char *kConnection = "huitou-cli";

} // namespace huitou::cli
