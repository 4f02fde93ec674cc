// Import benchmark: generates (or reuses) a Taobao shop of N orders, imports
// the order report and the item report into a fresh store, and compares with
// the sqlite3 shell's own .import of the same order file into a bare table.
// With --server, the same two files also go into a fresh database on that
// PostgreSQL server (COPY and a set-based upsert, issue 15), the figures
// side by side with SQLite's and the ratio; then the order report once more
// (a re-import: every row unchanged).
//
//   bench_import [--orders N] [--dir DIR] [--server postgresql://user@host/db]
#include "demo/ShopGenerator.h"
#include "importing/OrderImporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

// Runs STATEMENT on the server's own database (CREATE / DROP DATABASE).
bool adminExec(const StoreLocation &server, const QString &statement, QString *error)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("bench-admin"));
        db.setHostName(server.host());
        if (server.port() > 0)
            db.setPort(server.port());
        db.setDatabaseName(server.database());
        db.setUserName(server.user());
        QSqlQuery q(db);
        ok = db.open() && q.exec(statement);
        if (!ok)
            *error = db.isOpen() ? q.lastError().text() : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-admin"));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 orders = 1000000;
    QString dir = QDir::tempPath() + QStringLiteral("/huitou-bench");
    QString server;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--orders"))
            orders = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--server"))
            server = args[i + 1];
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
    if (server.isEmpty())
        return 0;

    // The same files into a fresh database on the PostgreSQL server.
    const StoreLocation admin = StoreLocation::fromString(server);
    const QString database = QStringLiteral("huitou_bench_import");
    if (!adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error)
        || !adminExec(admin, QStringLiteral("CREATE DATABASE %1").arg(database), &error)) {
        out << "server: " << error << Qt::endl;
        return 1;
    }
    const StoreLocation pg = StoreLocation::server(admin.host(), admin.port(), database, admin.user());
    if (!Database::open(pg, QStringLiteral("bench-pg"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    ImportResult pgOrders, pgItems, pgAgain;
    qint64 pgOrderMs = 0, pgItemMs = 0, pgAgainMs = 0;
    {
        OrderImporter importer(std::make_unique<ImportStore>(Database::connection(QStringLiteral("bench-pg"))), {});
        timer.restart();
        pgOrders = importer.importFile(shop.orderFile);
        pgOrderMs = timer.restart();
        pgItems = importer.importFile(shop.itemFile);
        pgItemMs = timer.restart();
        pgAgain = importer.importFile(shop.orderFile);
        pgAgainMs = timer.elapsed();
    }
    auto rate = [](const ImportResult &r, qint64 ms) {
        return qint64(r.counts.rowsRead * 1000.0 / qMax<qint64>(ms, 1));
    };
    out << "postgresql order report: " << pgOrders.counts.inserted << " rows in " << pgOrderMs
        << " ms = " << rate(pgOrders, pgOrderMs) << " rows/s; " << double(pgOrderMs) / qMax<qint64>(orderMs, 1)
        << "x SQLite's " << orderMs << " ms\n";
    out << "postgresql item report:  " << pgItems.counts.inserted << " rows in " << pgItemMs
        << " ms = " << rate(pgItems, pgItemMs) << " rows/s; " << double(pgItemMs) / qMax<qint64>(itemMs, 1)
        << "x SQLite's " << itemMs << " ms\n";
    out << "postgresql both files:   " << (pgOrderMs + pgItemMs) << " ms; "
        << double(pgOrderMs + pgItemMs) / qMax<qint64>(orderMs + itemMs, 1) << "x SQLite\n";
    out << "postgresql re-import:    " << pgAgain.counts.unchanged << " unchanged, " << pgAgain.counts.inserted
        << " inserted, " << pgAgain.counts.updated << " updated in " << pgAgainMs << " ms\n";
    out << "peak memory:  " << peakMegabytes() << " MB\n";
    if (!pgOrders.ok() || !pgItems.ok() || !pgAgain.ok())
        out << "errors: " << pgOrders.error << " " << pgItems.error << " " << pgAgain.error << "\n";
    Database::close(QStringLiteral("bench-pg"));
    adminExec(admin, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(database), &error);
    return 0;
}
