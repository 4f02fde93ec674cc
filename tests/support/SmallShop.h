#pragma once

#include "importing/OrderImporter.h"

#include <QSqlDatabase>
#include <QString>

#include <vector>

namespace huitou::test {

// The hand-worked shop of tests/data/report/small_shop (its README works out
// every customer's figures), imported the way a user maps its columns.
ImportResult importSmallShop(const QSqlDatabase &db);
// The column spec of that shop, for tests that import it another way.
QString smallShopColumns();

// The database id of the customer with KEY, 0 when there is none.
qint64 idOf(const QSqlDatabase &db, const QString &key);
// The customer keys of IDS, sorted and joined by spaces: a readable answer to
// compare with the hand-worked one.
QString keysOf(const QSqlDatabase &db, const std::vector<qint64> &ids);

} // namespace huitou::test
