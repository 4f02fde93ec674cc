#include "DemoShop.h"

#include "ShopGenerator.h"
#include "analytics/AnalyticsService.h"
#include "importing/ImportPreview.h"
#include "importing/OrderImporter.h"
#include "storage/ImportStore.h"
#include "storage/SettingsStore.h"

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
    OrderImporter importer(std::make_unique<ImportStore>(db), {});
    for (const QString &file : {shop.orderFile, shop.itemFile}) {
        const ImportResult r = importer.importFile(file);
        if (!r.ok()) {
            *error = r.error;
            return false;
        }
    }
    // The reports carry the shop's name, read from the export as the import page does.
    SettingsStore settings(db);
    const QString name = ImportPreview::read(shop.orderFile).shopName();
    QString ignored;
    if (settings.value(QStringLiteral("shop_name")).isEmpty() && !name.isEmpty())
        settings.setValue(QStringLiteral("shop_name"), name, &ignored);
    return AnalyticsService(db).recompute(today, error);
}

} // namespace huitou
