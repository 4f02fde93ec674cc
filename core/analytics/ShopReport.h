#pragma once

#include "customers/CustomerFigures.h"
#include "customers/Vocabulary.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <vector>

namespace huitou {

using Rate = std::optional<double>; // nullopt where the denominator is 0

// Per-customer results for one as-of date.
struct CohortSecondPurchase
{
    int month = 0; // year * 12 + month - 1
    int size = 0;
    std::array<double, 3> rate{}; // w30, w90, w180
    std::array<bool, 3> complete{}; // window closed on or before the as-of date
};

struct StageRepurchase
{
    int month = 0;
    std::array<Rate, 4> byStage; // active, silent, sleeping, lost
    Rate reactivation;
};

struct ReturningShare
{
    int month = 0;
    int buyers = 0;
    int returningBuyers = 0;
    qint64 revenueFen = 0;
    qint64 returningRevenueFen = 0;
    Rate returning;
    Rate revenueShare;
};

struct FrequencyGroup
{
    int customers = 0;
    int orders = 0;
    qint64 netFen = 0;
    std::optional<qint64> aovFen;
    Rate itemsPerOrder;
};

struct CohortRetention
{
    int month = 0;
    int size = 0;
    std::vector<double> months;
};

struct RegionRow
{
    QString province; // short name, or 未知
    int customers = 0;
    qint64 revenueFen = 0;
};

struct IntervalStats
{
    qint64 count = 0;
    std::optional<int> median, p75, p90;
    std::array<qint64, 8> histogram{}; // 1-7, 8-14, 15-30, 31-60, 61-90, 91-180, 181-365, >365
};

struct ShopReport
{
    QDate asOf;
    int customers = 0;
    qint64 validOrders = 0;
    qint64 revenueFen = 0;
    std::array<std::array<int, 2>, 4> lifecycle{}; // [stage][new, returning]
    int nurturing = 0; // first purchase within the last 40 days
    std::array<int, 3> stageThresholds{}; // A, S, L
    std::array<int, 4> tiers{}; // regular, senior, vip, supreme
    std::array<qint64, 4> tierOrders{}, tierRevenueFen{};
    bool tierOnMonetary = true;
    std::optional<std::array<qint64, 3>> tierThresholds; // senior, vip, supreme (fen or days)
    std::optional<double> meanRecency, meanFrequency;
    std::optional<qint64> meanMonetaryFen;
    std::array<int, 8> segments{};
    std::array<qint64, 8> segmentRevenueFen{};
    std::array<std::array<int, 5>, 5> rfGrid{}; // [R score - 1][F score - 1] customer counts
    Rate repeatPurchaseRate;
    IntervalStats intervals;
    std::optional<std::array<int, 3>> suggestedThresholds; // A = p75, S = p90, L = 2 × p90
    std::vector<CohortSecondPurchase> secondPurchase;
    std::vector<StageRepurchase> stageRepurchase;
    std::vector<ReturningShare> returningShare;
    // The same figures for the month that holds the as-of day, up to it, when
    // that month is not over (it is not one of the last 12 months; not in the JSON).
    std::optional<ReturningShare> monthToDate;
    std::array<FrequencyGroup, 4> byFrequency; // 1, 2, 3, 4+
    std::vector<CohortRetention> retention;
    std::vector<RegionRow> regions;
    // BG/NBD fit in days; empty when it could not be fitted (see bgNbdError).
    std::optional<std::array<double, 4>> bgNbd; // r, alpha, a, b
    QString bgNbdError;

    std::vector<CustomerFigures> perCustomer;
};

// Month helpers: months are numbered year * 12 + month - 1.
namespace months {
int of(const QDate &d);
QDate first(int month);
QDate last(int month);
QString text(int month); // "2024-06"
} // namespace months

} // namespace huitou
