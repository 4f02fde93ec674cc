#include "GenerateCommand.h"

#include "demo/ShopGenerator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::cli {

int runGenerate(CliContext &c)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes a realistic Taobao-format women's-clothing shop "
                                               "(order report + item report, GB18030)."));
    p.addHelpOption();
    p.addOptions({
        {QStringLiteral("customers"), QStringLiteral("Number of customers (default 2000)."), QStringLiteral("N")},
        {QStringLiteral("orders"), QStringLiteral("Generate until N orders instead."), QStringLiteral("N")},
        {QStringLiteral("seed"), QStringLiteral("Random seed (default 1)."), QStringLiteral("S")},
        {QStringLiteral("end"), QStringLiteral("Last day of the history (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("years"), QStringLiteral("Years of history (default 3)."), QStringLiteral("Y")},
        {QStringLiteral("bad-rows"), QStringLiteral("Broken rows to mix in (default 0)."), QStringLiteral("N")},
        {QStringLiteral("out"), QStringLiteral("Output folder."), QStringLiteral("DIR")},
        {QStringLiteral("json"), QStringLiteral("Print the result as JSON.")},
    });
    p.process(c.arguments);
    if (!p.isSet(QStringLiteral("out"))) {
        c.err << "generate: --out DIR is required\n";
        return 2;
    }
    GeneratorOptions o;
    if (p.isSet(QStringLiteral("customers")))
        o.customers = p.value(QStringLiteral("customers")).toLongLong();
    if (p.isSet(QStringLiteral("orders")))
        o.orders = p.value(QStringLiteral("orders")).toLongLong();
    if (p.isSet(QStringLiteral("seed")))
        o.seed = p.value(QStringLiteral("seed")).toULongLong();
    if (p.isSet(QStringLiteral("years")))
        o.years = p.value(QStringLiteral("years")).toInt();
    if (p.isSet(QStringLiteral("bad-rows")))
        o.badRows = p.value(QStringLiteral("bad-rows")).toInt();
    if (p.isSet(QStringLiteral("end"))) {
        o.end = QDate::fromString(p.value(QStringLiteral("end")), Qt::ISODate);
        if (!o.end.isValid()) {
            c.err << "generate: --end must be YYYY-MM-DD\n";
            return 2;
        }
    }
    GeneratedShop shop;
    QString error;
    if (!ShopGenerator(o).write(p.value(QStringLiteral("out")), &shop, &error)) {
        c.err << error << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject json{{QStringLiteral("order_file"), shop.orderFile},
                               {QStringLiteral("item_file"), shop.itemFile},
                               {QStringLiteral("customers"), shop.customers},
                               {QStringLiteral("orders"), shop.orders},
                               {QStringLiteral("items"), shop.items}};
        c.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    } else {
        c.out << shop.orderFile << "\n" << shop.itemFile << "\n"
              << shop.customers << " customers, " << shop.orders << " orders, " << shop.items << " items\n";
    }
    return 0;
}

} // namespace huitou::cli
