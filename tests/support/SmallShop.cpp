#include "SmallShop.h"

#include "TestFiles.h"
#include "storage/ImportStore.h"

#include <QSqlQuery>
#include <QStringList>

#include <memory>

namespace huitou::test {

QString smallShopColumns()
{
    return QStringLiteral("customer=customer,order=order,time=paid_at,amount=amount,refund=refund,status=status,"
                          "quantity=quantity,address=address");
}

ImportResult importSmallShop(const QSqlDatabase &db)
{
    QString error;
    ImportOptions options;
    options.mapping = ColumnMapping::fromSpec(smallShopColumns(), &error);
    return OrderImporter(std::make_unique<ImportStore>(db), options)
        .importFile(testDataPath(QStringLiteral("report/small_shop/orders.csv")));
}

qint64 idOf(const QSqlDatabase &db, const QString &key)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM customers WHERE customer_key = ?"));
    q.addBindValue(key);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

QString keysOf(const QSqlDatabase &db, const std::vector<qint64> &ids)
{
    QStringList keys;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT customer_key FROM customers WHERE id = ?"));
    for (qint64 id : ids) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            keys << q.value(0).toString();
    }
    keys.sort();
    return keys.join(QLatin1Char(' '));
}

} // namespace huitou::test
