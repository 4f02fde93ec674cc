#pragma once

#include "customers/CustomerColumn.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace huitou {

struct CustomerRow
{
    qint64 id = 0;
    QString nick, name, phone, province;
    int frequency = 0;
    qint64 monetaryFen = 0;
    QString lastPurchase;
    int recency = -1;
    QString stage, type, tier, segment, tags;
    bool hasMetrics = false;
};

struct OrderLine
{
    QString title, sku;
    int quantity = 0;
    qint64 priceFen = 0;
};

struct OrderSummary
{
    QString orderNo, status, paidAt;
    qint64 paidFen = 0, refundFen = 0;
    bool valid = false;
    QList<OrderLine> lines;
};

// The customers page's rows by id (the ids of a segment come from
// SegmentQuery; the model fetches rows a page at a time), and one customer's
// orders.
class CustomerListQuery
{
public:
    explicit CustomerListQuery(QSqlDatabase db);
    QList<CustomerRow> rows(const std::vector<qint64> &ids, QString *error) const;
    QList<OrderSummary> orders(qint64 customerId) const;
    // The customer with ORDERNO, or 0.
    qint64 customerOfOrder(const QString &orderNo) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
