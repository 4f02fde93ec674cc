#pragma once

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace huitou {

// The columns of the customer list, in display order.
enum class CustomerColumn {
    Nick, Name, Phone, Province, Frequency, Monetary, LastPurchase, Recency, Stage, Type, Tier, Segment, Tags, Count
};

struct CustomerListFilter
{
    QString search; // nick, name, phone digits or order id
    QString stage, type, tier, segment;
    QString tagGroup, tagValue;
    bool paidOnly = false; // leave out customers without a paid order (no figures)
    CustomerColumn sortColumn = CustomerColumn::LastPurchase;
    bool ascending = false;
};

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

// The customers page's queries: the ids matching a filter in sort order
// (the model then fetches rows by id, a page at a time), and one
// customer's orders.
class CustomerListQuery
{
public:
    explicit CustomerListQuery(QSqlDatabase db);
    std::vector<qint64> ids(const CustomerListFilter &filter, QString *error) const;
    QList<CustomerRow> rows(const std::vector<qint64> &ids, QString *error) const;
    QList<OrderSummary> orders(qint64 customerId) const;
    // The customer with ORDERNO, or 0.
    qint64 customerOfOrder(const QString &orderNo) const;

private:
    bool appendIds(const QString &statement, const QVariantList &values, std::vector<qint64> *out,
                   QString *error) const;
    std::vector<qint64> idsByMetrics(const CustomerListFilter &f, const QStringList &metricWhere,
                                     const QVariantList &metricValues, const QString &metricTag,
                                     const QString &customerTag, QString *error) const;
    QSqlDatabase m_db;
};

} // namespace huitou
