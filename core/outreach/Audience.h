#pragma once

#include "customers/Segment.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace huitou {

// Who an export or a campaign reaches: a Segment run by SegmentQuery (no
// WHERE builder of its own). An audience holds only customers with a paid
// order unless the segment says otherwise (a buyer whose orders were all
// cancelled is no customer of the reports either).
class Audience
{
public:
    static Segment forExport(Segment segment);
    // Matching ids, ascending.
    static std::vector<qint64> ids(QSqlDatabase db, const Segment &segment, QString *error);
    static qint64 count(QSqlDatabase db, const Segment &segment, QString *error);
    // A stored definition: Segment JSON, or the first outreach definitions
    // ({"stage": "lost", "tier": "vip", ...}, one value per key; "name" ignored).
    static std::optional<Segment> parseDefinition(const QString &json, QString *error);
};

} // namespace huitou
