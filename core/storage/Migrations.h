#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

// Append-only schema steps: step i takes user_version i to i + 1 in one
// transaction. Never edit a released step; add a new one.
class Migrations
{
public:
    static int latestVersion();
    // Migrates DB to the latest version. Refuses a newer schema than we know.
    static bool migrate(QSqlDatabase &db, QString *error);

private:
    static QStringList step(int fromVersion);
};

} // namespace huitou
