#pragma once

#include <QStringList>

namespace huitou {

struct OrderRow;
struct ItemRow;
class Statement;

// The columns an import writes, in one place so insert, update, revision and
// revert always agree.
namespace columns {

const QStringList &order();
const QStringList &item();
// Binds ROW's values to parameters FIRST.. (1-based) in the order of order()/item().
void bindOrder(Statement &s, int first, const OrderRow &row, qint64 customerId);
void bindItem(Statement &s, int first, const ItemRow &row);

} // namespace columns
} // namespace huitou
