#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

// The customers of a segment definition (JSON) for outreach. Until the shared
// Segment value type is on main this reads the keys stage, type, tier and
// rfm_segment through the customer list's stored-figure filter (no second
// WHERE builder); it becomes a thin adapter over SegmentQuery.
class AudienceQuery {
public:
    explicit AudienceQuery(QSqlDatabase db);
    bool ids(const QJsonObject &definition, std::vector<qint64> *out, QString *error) const;
    qint64 count(const QJsonObject &definition, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
