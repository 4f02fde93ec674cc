// Import benchmark: generates (or reuses) a Taobao shop of N orders, imports
// the order report and the item report into a fresh store, and compares with
// the sqlite3 shell's own .import of the same order file into a bare table.
//
//   bench_import [--orders N] [--dir DIR]
#include "demo/ShopGenerator.h"
#include "importing/OrderImporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <sys/resource.h>

using namespace huitou;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 orders = 1000000;
    QString dir = QDir::tempPath() + QStringLiteral("/huitou-bench");
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
    }
    GeneratorOptions options;
    options.orders = orders;
    options.seed = 1;
    options.end = QDate(2026, 10, 31);
    GeneratedShop shop;
    QString error;
    const QString shopDir = dir + QStringLiteral("/shop-%1").arg(orders);
    QElapsedTimer timer;
    timer.start();
    if (!ShopGenerator(options).write(shopDir, &shop, &error)) {
        out << error << Qt::endl;
        return 1;
    }
    out << "generated " << shop.orders << " orders, " << shop.items << " items, " << shop.customers << " customers in "
        << timer.elapsed() << " ms\n";

    const QString dbPath = dir + QStringLiteral("/bench.db");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("bench"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    ImportResult orderResult, itemResult;
    qint64 orderMs = 0, itemMs = 0;
    {
        OrderImporter importer(std::make_unique<ImportStore>(Database::connection(QStringLiteral("bench"))), {});
        timer.restart();
        orderResult = importer.importFile(shop.orderFile);
        orderMs = timer.restart();
        itemResult = importer.importFile(shop.itemFile);
        itemMs = timer.elapsed();
    }
    out << "order report: " << orderResult.counts.inserted << " rows in " << orderMs
        << " ms = " << qint64(orderResult.counts.rowsRead * 1000.0 / qMax<qint64>(orderMs, 1)) << " rows/s\n";
    out << "item report:  " << itemResult.counts.inserted << " rows in " << itemMs
        << " ms = " << qint64(itemResult.counts.rowsRead * 1000.0 / qMax<qint64>(itemMs, 1)) << " rows/s\n";
    out << "both files:   " << (orderMs + itemMs) << " ms\n";
    out << "peak memory:  " << peakMegabytes() << " MB\n";
    if (!orderResult.ok() || !itemResult.ok())
        out << "errors: " << orderResult.error << " " << itemResult.error << "\n";
    Database::close(QStringLiteral("bench"));

    // The floor: sqlite3's own CSV import of the same order file into a bare table.
    const QString floorDb = dir + QStringLiteral("/floor.db");
    QFile::remove(floorDb);
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"),
                 {floorDb, QStringLiteral(".mode csv"), QStringLiteral(".import %1 raw").arg(shop.orderFile)});
    if (sqlite.waitForStarted() && sqlite.waitForFinished(-1) && sqlite.exitCode() == 0) {
        const qint64 floorMs = timer.elapsed();
        out << "sqlite3 .import floor: " << floorMs << " ms; ratio " << double(orderMs) / floorMs << "x\n";
    } else {
        out << "sqlite3 shell not available: no floor measured\n";
    }
    return 0;
}
