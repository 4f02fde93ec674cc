#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou {

// The customers of a segment definition (JSON) for outreach: the keys stage,
// type, tier and rfm_segment read into a Segment and run by SegmentQuery
// (customers with figures, by id).
class AudienceQuery {
public:
    explicit AudienceQuery(QSqlDatabase db);
    bool ids(const QJsonObject &definition, std::vector<qint64> *out, QString *error) const;
    qint64 count(const QJsonObject &definition, QString *error) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
