#include "GenerateCommand.h"

#include "CommandParser.h"
#include "analytics/JsonWriter.h"
#include "demo/ShopGenerator.h"

#include <limits>

namespace huitou::cli {

int runGenerate(CliContext &c)
{
    CommandParser p(c,
                    tr("Writes a realistic Taobao-format women's-clothing shop (order report + item report, "
                       "GB18030)."));
    p.addOptions({
        {QStringLiteral("customers"), tr("Number of customers (default 2000)."), QStringLiteral("N")},
        {QStringLiteral("orders"), tr("Generate until N orders instead."), QStringLiteral("N")},
        {QStringLiteral("seed"), tr("Random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("end"), tr("Last day of the history (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("years"), tr("Years of history (default 3)."), QStringLiteral("Y")},
        {QStringLiteral("bad-rows"), tr("Broken rows to mix in (default 0)."), QStringLiteral("N")},
        {QStringLiteral("out"), tr("Output folder (created when missing)."), QStringLiteral("DIR")},
        {QStringLiteral("json"), tr("Print the result as JSON.")},
    });
    if (const auto exit = p.parse())
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return c.usageError(tr("unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    GeneratorOptions o;
    o.customers = p.integer(QStringLiteral("customers"), 1, 100'000'000).value_or(o.customers);
    o.orders = p.integer(QStringLiteral("orders"), 1, 1'000'000'000).value_or(o.orders);
    o.seed = quint64(p.integer(QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max()).value_or(qint64(o.seed)));
    o.years = int(p.integer(QStringLiteral("years"), 1, 50).value_or(o.years));
    o.badRows = int(p.integer(QStringLiteral("bad-rows"), 0, 1'000'000).value_or(o.badRows));
    o.end = p.date(QStringLiteral("end")).value_or(o.end);
    if (!p.failed() && (!p.isSet(QStringLiteral("out")) || p.value(QStringLiteral("out")).isEmpty()))
        p.invalid(tr("--out DIR is required."));
    if (p.failed())
        return kExitUsage;
    GeneratedShop shop;
    QString error;
    if (!ShopGenerator(o).write(p.value(QStringLiteral("out")), &shop, &error))
        return c.failure(error);
    if (p.isSet(QStringLiteral("json"))) {
        JsonWriter w;
        w.beginObject();
        w.value(QStringLiteral("order_file"), shop.orderFile);
        w.value(QStringLiteral("item_file"), shop.itemFile);
        w.value(QStringLiteral("customers"), shop.customers);
        w.value(QStringLiteral("orders"), shop.orders);
        w.value(QStringLiteral("items"), shop.items);
        w.endObject();
        c.printJson(w);
    } else {
        c.out << shop.orderFile << "\n"
              << shop.itemFile << "\n"
              << tr("%1 customers, %2 orders, %3 items").arg(shop.customers).arg(shop.orders).arg(shop.items) << "\n";
    }
    return kExitOk;
}

} // namespace huitou::cli
