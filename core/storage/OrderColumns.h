#pragma once

#include <QSqlQuery>
#include <QStringList>

namespace huitou {

struct OrderRow;
struct ItemRow;

// The columns an import writes, in one place so insert, update, revision and
// revert always agree.
namespace columns {

const QStringList &order();
const QStringList &item();
// Binds ROW's values to positions FIRST.. in the order of order()/item().
void bindOrder(QSqlQuery &q, int first, const OrderRow &row, qint64 customerId);
void bindItem(QSqlQuery &q, int first, const ItemRow &row);

} // namespace columns
} // namespace huitou
