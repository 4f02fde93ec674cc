#include "AnalyticsService.h"

#include "Clock.h"
#include "CustomerClassifier.h"
#include "PurchaseHistory.h"
#include "ReportBuilder.h"
#include "storage/AnalyticsStore.h"
#include "storage/TagStore.h"

#include <QTimeZone>

namespace huitou {

AnalyticsService::AnalyticsService(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QDate AnalyticsService::today()
{
    return Clock::today();
}

std::optional<ShopReport> AnalyticsService::report(const QDate &asOf, QString *error) const
{
    AnalyticsStore store(m_db);
    std::vector<OrderFact> facts;
    QStringList provinces;
    if (!store.loadOrderFacts(asOf, &facts, &provinces, error))
        return std::nullopt;
    const PurchaseHistory history(facts, provinces);
    // The BG/NBD search always starts from the same point, derived from the
    // data alone (not from the last fit): the same store gives the same report.
    return ReportBuilder::build(history, AnalyticsSettings::load(m_db), asOf);
}

std::optional<ShopReport> AnalyticsService::classification(const QDate &asOf, QString *error) const
{
    std::vector<OrderFact> facts;
    QStringList provinces;
    if (!AnalyticsStore(m_db).loadOrderFacts(asOf, &facts, &provinces, error))
        return std::nullopt;
    ShopReport report;
    report.asOf = asOf;
    {
        const PurchaseHistory history(facts, provinces);
        CustomerClassifier::classify(history, AnalyticsSettings::load(m_db), &report);
    }
    return report;
}

bool AnalyticsService::recompute(const QDate &asOf, QString *error)
{
    const auto built = report(asOf, error);
    if (!built)
        return false;
    size_t i = 0;
    const auto next = [&built, &i](CustomerFigures *row) {
        if (i == built->perCustomer.size())
            return false;
        *row = built->perCustomer[i++];
        return true;
    };
    return AnalyticsStore(m_db).replaceCustomerMetrics(asOf, next, error) && TagStore(m_db).refreshAutoTags(error);
}

bool AnalyticsService::ensureCurrent(const QDate &asOf, QString *error)
{
    if (AnalyticsStore(m_db).metricsAsOf() == asOf)
        return true;
    return recompute(asOf, error);
}

} // namespace huitou
