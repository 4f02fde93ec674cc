#pragma once

#include "customers/CustomerFigures.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace huitou {

// One valid order as analytics needs it.
struct OrderFact
{
    qint64 customerId = 0;
    qint32 day = 0; // Julian day of the payment (shop time)
    qint32 seconds = 0; // seconds into that day, to order same-day orders
    qint64 netFen = 0;
    qint32 items = -1; // -1: unknown (no quantity anywhere)
    qint16 province = -1; // index into the province list, -1: address did not parse
};

// One customer's purchase days up to a day: the first, the last and how
// many distinct ones (F).
struct PurchaseSpan
{
    qint64 customerId = 0;
    qint32 firstDay = 0, lastDay = 0; // Julian days
    int frequency = 0;
};

// Per-customer results kept in the store so lists can filter on them.
// SQL for the analytics engine: loading purchase facts and storing
// per-customer results.
class AnalyticsStore
{
public:
    explicit AnalyticsStore(QSqlDatabase db);

    // Valid orders paid on or before ASOF. PROVINCES receives the names the
    // facts' province indexes refer to.
    bool loadOrderFacts(const QDate &asOf, std::vector<OrderFact> *facts, QStringList *provinces, QString *error) const;
    // Every customer's purchase days up to ASOF (the same valid orders and
    // days as loadOrderFacts), in customer id order: two columns of the
    // facts index instead of the whole facts, for stage and type counts at
    // another day than the stored one.
    bool loadPurchaseSpans(const QDate &asOf, std::vector<PurchaseSpan> *spans, QString *error) const;
    // Replaces the stored per-customer results (computed for ASOF). NEXT
    // fills one row at a time and returns false after the last, so a million
    // rows never sit in memory twice.
    bool replaceCustomerMetrics(const QDate &asOf, const std::function<bool(CustomerFigures *)> &next, QString *error);
    // The as-of date of the stored results (invalid when none).
    QDate metricsAsOf() const;

    // The stored figures' SQL columns, for a SELECT (m: customer_metrics),
    // and one row's figures read from them, starting at COLUMN.
    static QString figureColumns();
    static void readFigures(const QSqlQuery &q, int column, CustomerFigures *f);

private:
    // An empty table in bulk; a filled one row by row, only what changed.
    bool fillCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error);
    bool copyCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error); // on a server
    bool updateCustomerMetrics(const std::function<bool(CustomerFigures *)> &next, QString *error);

    QSqlDatabase m_db;
};

} // namespace huitou
