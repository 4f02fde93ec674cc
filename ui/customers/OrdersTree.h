#pragma once

#include "storage/CustomerListQuery.h"

#include <QTreeWidget>

namespace huitou {

// A customer's orders, newest first: payment time and order number, amount
// and refund, with the status and each item's title, quantity and SKU below.
// Orders that do not count (unpaid, closed) are greyed and say why.
class OrdersTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit OrdersTree(QWidget *parent = nullptr);
    void showOrders(const QList<OrderSummary> &orders);

private:
    QStringList m_shown; // what the list was built from
};

} // namespace huitou
