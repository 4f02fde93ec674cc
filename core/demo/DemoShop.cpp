#include "DemoShop.h"

#include "ShopGenerator.h"
#include "analytics/AnalyticsService.h"
#include "importing/OrderImporter.h"

namespace huitou {

bool DemoShop::create(QSqlDatabase db, const QString &workDirectory, const QDate &today, QString *error, int customers)
{
    GeneratorOptions options;
    options.customers = customers;
    options.seed = 20240601;
    options.end = today;
    GeneratedShop shop;
    if (!ShopGenerator(options).write(workDirectory, &shop, error))
        return false;
    OrderImporter importer(db, {});
    for (const QString &file : {shop.orderFile, shop.itemFile}) {
        const ImportResult r = importer.importFile(file);
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
    }
    return AnalyticsService(db).recompute(today, error);
}

} // namespace huitou
