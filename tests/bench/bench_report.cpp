// Analytics benchmark: a generated shop of about 1,000,000 customers and
// 3,000,000 orders; times the full report and the per-customer recompute,
// and the lifecycle grid by one SQL query in the sqlite3 shell (the floor).
//
//   bench_report [--customers N] [--dir DIR] [--as-of YYYY-MM-DD]
#include "analytics/AnalyticsService.h"
#include "analytics/ReportJson.h"
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
    qint64 customers = 1000000;
    QString dir = QDir::tempPath() + QStringLiteral("/huitou-bench");
    QDate asOf(2026, 10, 31);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--as-of"))
            asOf = QDate::fromString(args[i + 1], Qt::ISODate);
    }
    const QString dbPath = dir + QStringLiteral("/report-%1.db").arg(customers);
    QString error;
    QElapsedTimer timer;
    if (!QFile::exists(dbPath)) {
        // About three orders per customer, as the issue asks.
        GeneratorOptions options;
        options.customers = customers;
        options.seed = 3;
        options.end = asOf;
        options.repeatShare = 0.75;
        options.meanReturns = 2.2;
        GeneratedShop shop;
        timer.start();
        if (!ShopGenerator(options).write(dir + QStringLiteral("/report-shop"), &shop, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "generated " << shop.customers << " customers, " << shop.orders << " orders in " << timer.elapsed()
            << " ms" << Qt::endl;
        if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("load"), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        {
            OrderImporter importer(std::make_unique<ImportStore>(Database::connection(QStringLiteral("load"))), {});
            timer.restart();
            importer.importFile(shop.orderFile);
            importer.importFile(shop.itemFile);
            out << "imported in " << timer.elapsed() << " ms" << Qt::endl;
        }
        Database::close(QStringLiteral("load"));
    }
    if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("bench"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    {
        AnalyticsService service(Database::connection(QStringLiteral("bench")));
        timer.start();
        const auto report = service.report(asOf, &error);
        const qint64 reportMs = timer.restart();
        if (!report) {
            out << error << Qt::endl;
            return 1;
        }
        const QString json = reportToJson(*report);
        const qint64 jsonMs = timer.restart();
        out << "report: " << report->customers << " customers, " << report->validOrders << " valid orders in "
            << reportMs << " ms (+" << jsonMs << " ms JSON); BG/NBD "
            << (report->bgNbd ? QStringLiteral("fitted") : report->bgNbdError) << Qt::endl;
        timer.restart();
        if (!service.recompute(asOf, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "recompute (report + store per-customer results): " << timer.elapsed() << " ms" << Qt::endl;
        out << "peak memory: " << peakMegabytes() << " MB" << Qt::endl;
    }
    Database::close(QStringLiteral("bench"));

    // The floor: the lifecycle grid by one SQL query in the sqlite3 shell.
    const QString d = asOf.toString(Qt::ISODate);
    const QString grid =
        QStringLiteral(
            "WITH c AS (SELECT customer_id, COUNT(DISTINCT paid_day) AS f, julianday('%1') - julianday(MAX(paid_day)) AS r "
            "FROM orders WHERE is_valid = 1 AND paid_day <= '%1' GROUP BY customer_id) "
            "SELECT CASE WHEN r <= 90 THEN 'active' WHEN r <= 180 THEN 'silent' WHEN r <= 365 THEN 'sleeping' ELSE 'lost' END, "
            "SUM(f = 1), SUM(f >= 2) FROM c GROUP BY 1;")
            .arg(d);
    QProcess sqlite;
    timer.restart();
    sqlite.start(QStringLiteral("sqlite3"), {dbPath, grid});
    if (sqlite.waitForStarted() && sqlite.waitForFinished(-1)) {
        out << "sqlite3 lifecycle grid (floor): " << timer.elapsed() << " ms\n" << sqlite.readAllStandardOutput();
    }
    return 0;
}
