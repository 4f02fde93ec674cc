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
    QString staff; // --staff, else the workstation's staff/name setting, else $USER
    QTextStream &out;
    QTextStream &err;

    // Opens the store (creating or migrating it); prints the error itself.
    bool openStore(QSqlDatabase *db);
};

inline constexpr const char *kConnection = "huitou-cli";

} // namespace huitou::cli
