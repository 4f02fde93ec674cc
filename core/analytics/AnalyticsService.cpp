#include "AnalyticsService.h"

#include "Clock.h"
#include "CustomerClassifier.h"
#include "PurchaseHistory.h"
#include "ReportBuilder.h"
#include "storage/AnalyticsStore.h"
#include "storage/TagStore.h"

#include <QTimeZone>

#include <algorithm>
#include <thread>

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

bool AnalyticsService::forEachDayFigures(const QDate &asOf, const std::function<void(const CustomerFigures &)> &visit,
                                         QString *error) const
{
    std::vector<PurchaseSpan> spans;
    if (!AnalyticsStore(m_db).loadPurchaseSpans(asOf, &spans, error))
        return false;
    // As CustomerClassifier::classify sets them.
    const AnalyticsSettings settings = AnalyticsSettings::load(m_db);
    const qint32 day = qint32(asOf.toJulianDay());
    for (const PurchaseSpan &span : spans) {
        CustomerFigures f;
        f.customerId = span.customerId;
        f.frequency = span.frequency;
        f.firstDay = span.firstDay;
        f.lastDay = span.lastDay;
        f.recency = day - f.lastDay;
        f.stage = CustomerClassifier::stageFor(f.recency, settings);
        f.returning = f.frequency >= 2;
        f.fScore = std::min(f.frequency, 5);
        visit(f);
    }
    return true;
}

bool AnalyticsService::dayFiguresSuffice(const Segment &segment)
{
    return segment.tiers.isEmpty() && segment.rfmSegments.isEmpty() && !segment.monetaryFen.isSet();
}

std::optional<std::pair<ShopReport, ShopReport>> AnalyticsService::reportPair(const QDate &current,
                                                                              const QDate &previous,
                                                                              QString *error) const
{
    std::vector<OrderFact> facts;
    QStringList provinces;
    if (!AnalyticsStore(m_db).loadOrderFacts(std::max(current, previous), &facts, &provinces, error))
        return std::nullopt;
    const auto factsUpTo = [&facts](const QDate &day, bool *anyProvince) {
        // The facts come in payment-day order, so the earlier day's facts are
        // those the store gives for it, in the same order.
        const qint32 last = qint32(day.toJulianDay());
        std::vector<OrderFact> out;
        out.reserve(facts.size());
        for (const OrderFact &f : facts) {
            if (f.day <= last) {
                out.push_back(f);
                *anyProvince |= f.province >= 0;
            }
        }
        return out;
    };
    const AnalyticsSettings settings = AnalyticsSettings::load(m_db);
    const auto build = [&settings, &provinces](std::vector<OrderFact> &dayFacts, bool anyProvince, const QDate &day) {
        // Regions are left out when none of the day's orders has an address.
        const PurchaseHistory history(dayFacts, anyProvince ? provinces : QStringList());
        return ReportBuilder::build(history, settings, day, std::nullopt, ReportBuilder::Parts::ShopFigures);
    };
    bool previousProvince = false, currentProvince = false;
    std::vector<OrderFact> previousFacts = factsUpTo(previous, &previousProvince);
    std::vector<OrderFact> currentFacts = factsUpTo(current, &currentProvince);
    facts = {};
    // The two days are built side by side.
    ShopReport previousReport;
    std::thread other([&] { previousReport = build(previousFacts, previousProvince, previous); });
    ShopReport currentReport = build(currentFacts, currentProvince, current);
    other.join();
    return std::make_pair(std::move(currentReport), std::move(previousReport));
}

bool AnalyticsService::recompute(const QDate &asOf, QString *error)
{
    std::vector<OrderFact> facts;
    QStringList provinces;
    if (!AnalyticsStore(m_db).loadOrderFacts(asOf, &facts, &provinces, error))
        return false;
    std::optional<ShopReport> built;
    {
        const PurchaseHistory history(facts, provinces);
        built = ReportBuilder::build(history, AnalyticsSettings::load(m_db), asOf, std::nullopt,
                                     ReportBuilder::Parts::PerCustomer);
    }
    // Only the per-customer figures are written: the orders' facts go before
    // the writing takes its memory.
    std::vector<OrderFact>().swap(facts);
    size_t i = 0;
    const auto next = [&built, &i](CustomerFigures *row) {
        if (i == built->perCustomer.size())
            return false;
        *row = built->perCustomer[i++];
        return true;
    };
    return AnalyticsStore(m_db).replaceCustomerMetrics(asOf, next, error) && TagStore(m_db).refreshAutoTags(error);
}

bool AnalyticsService::afterImport(const QDate &asOf, QString *error)
{
    if (AnalyticsStore(m_db).metricsAsOf() == asOf)
        return TagStore(m_db).refreshAutoTags(error);
    return recompute(asOf, error);
}

bool AnalyticsService::ensureCurrent(const QDate &asOf, QString *error)
{
    if (AnalyticsStore(m_db).metricsAsOf() == asOf)
        return true;
    return recompute(asOf, error);
}

} // namespace huitou
