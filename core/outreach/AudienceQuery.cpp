#include "AudienceQuery.h"

#include "storage/CustomerMetricsQuery.h"

namespace huitou {

namespace {

    CustomerFilter filterOf(const QJsonObject &o)
    {
        return {o.value(QStringLiteral("stage")).toString(), o.value(QStringLiteral("type")).toString(),
                o.value(QStringLiteral("tier")).toString(), o.value(QStringLiteral("rfm_segment")).toString()};
    }

} // namespace

AudienceQuery::AudienceQuery(QSqlDatabase db)
    : m_db(std::move(db))
{
}

bool AudienceQuery::ids(const QJsonObject &definition, std::vector<qint64> *out, QString *error) const
{
    return CustomerMetricsQuery(m_db).ids(filterOf(definition), out, error);
}

qint64 AudienceQuery::count(const QJsonObject &definition, QString *error) const
{
    return CustomerMetricsQuery(m_db).count(filterOf(definition), error);
}

} // namespace huitou
