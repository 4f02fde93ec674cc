#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// The shop's outreach settings, kept in the store (every workstation and the
// CLI see the same values).
struct OutreachSettings
{
    bool requireConsent = false; // export only customers who consented
    int contactWindowDays = 7; // "contacted within the last N days" is excluded
    int smsSegmentLimit = 1; // messages longer than this many segments are flagged
    int responseWindowDays = 14; // campaign evaluation window D

    static OutreachSettings load(QSqlDatabase db);
    bool save(QSqlDatabase db, QString *error) const;
};

} // namespace huitou
