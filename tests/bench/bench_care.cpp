// Care and feedback benchmark on a generated shop (default 1,000,000
// customers): Today's list, a 200-customer callback sample from a population
// of about 50,000, the Top 5 of a month, and importing 100,000 reviews.
//
//   bench_care [--customers N] [--dir DIR] [--only today|otherday|sample|top|reviews|products]
//
// A program to run by hand, not a test: the targets are printed beside the times.
#include "analytics/AnalyticsService.h"
#include "care/CallbackSampler.h"
#include "care/CallbackService.h"
#include "care/TodayList.h"
#include "demo/ShopGenerator.h"
#include "feedback/ProductFeedback.h"
#include "feedback/ReasonReports.h"
#include "importing/OrderImporter.h"
#include "importing/ReviewImporter.h"
#include "storage/AnalyticsStore.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/SampleStore.h"
#include "storage/SqlUtil.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

#include <ctime>

using namespace huitou;

namespace {

// CPU time of this process in ms: on a shared machine the wall clock also
// counts the time other programs had the cores (the work here is one thread).
qint64 cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 customers = 1000000;
    QString dir = QDir::tempPath() + QStringLiteral("/huitou-bench");
    QString only; // one part, to time or profile it alone
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--only"))
            only = args[i + 1];
    }
    QDir().mkpath(dir);
    const QDate asOf(2026, 10, 31);
    const QString dbPath = dir + QStringLiteral("/care-%1.db").arg(customers);
    QString error;
    QElapsedTimer timer;
    if (!QFile::exists(dbPath)) {
        GeneratorOptions options;
        options.customers = customers;
        options.seed = 3;
        options.end = asOf;
        options.repeatShare = 0.75;
        options.meanReturns = 2.2;
        GeneratedShop shop;
        timer.start();
        if (!ShopGenerator(options).write(dir + QStringLiteral("/care-shop-%1").arg(customers), &shop, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("load"), &error)) {
            out << error << Qt::endl;
            return 1;
        }
        OrderImporter(std::make_unique<ImportStore>(Database::connection(QStringLiteral("load"))), {})
            .importFile(shop.orderFile);
        Database::close(QStringLiteral("load"));
        out << "generated and imported " << shop.customers << " customers, " << shop.orders << " orders in "
            << timer.elapsed() << " ms" << Qt::endl;
    }
    if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("bench"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    QSqlDatabase db = Database::connection(QStringLiteral("bench"));
    QSqlQuery q(db);
    // A store made before the last two indexes of schema 4 were added gets them here.
    sql::exec(
        q,
        QStringLiteral(
            "CREATE INDEX IF NOT EXISTS customer_metrics_by_first_day ON customer_metrics(first_day, customer_id)"));
    sql::exec(q, QStringLiteral("CREATE INDEX IF NOT EXISTS orders_by_order_no ON orders(order_no)"));
    // The app keeps per-customer results as of today (recomputed after every import and daily).
    if (AnalyticsStore(db).metricsAsOf() != asOf) {
        timer.start();
        if (!AnalyticsService(db).recompute(asOf, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "per-customer results recomputed in " << timer.elapsed() << " ms" << Qt::endl;
    }
    // Staff data on top, once: birthdays for 1 customer in 50, 30,000 reason entries over 12 months.
    sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM reason_entries"));
    if (q.next() && q.value(0).toLongLong() == 0) {
        timer.start();
        Transaction tx(db);
        sql::exec(q,
                  QStringLiteral("INSERT INTO customer_profiles (customer_id, birthday) SELECT id, printf('%02d-%02d', "
                                 "1 + id % 12, 1 + id % 28) FROM customers WHERE id % 50 = 0"));
        static const char *const codes[] = {"size_small", "size_large", "colour_differs", "slow_delivery",
                                            "attitude",   "wrong_item", "fabric",         "price_value"};
        static const char *const kinds[] = {"complaint", "return", "review"};
        sql::prepare(q,
                     QStringLiteral("INSERT INTO reason_entries (customer_id, kind, reason_code, logged_day, staff, "
                                    "created_at, resolved_at) VALUES (?, ?, ?, ?, 'bench', '', ?)"));
        for (int i = 0; i < 30000; ++i) {
            const QDate day = asOf.addDays(-(i % 365));
            sql::run(q,
                     {qint64(1 + (i * 7919) % customers), QString::fromLatin1(kinds[i % 3]),
                      QString::fromLatin1(codes[(i * i) % 8]), day.toString(Qt::ISODate),
                      i % 10 ? QVariant(day.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>())});
        }
        tx.commit();
        out << "added birthdays and 30000 reason entries in " << timer.elapsed() << " ms" << Qt::endl;
    }

    const auto part = [&only](const char *name) { return only.isEmpty() || only == QLatin1String(name); };
    for (int round = 0; part("today") && round < 3; ++round) { // part "otherday": the next loop alone
        timer.start();
        const qint64 cpu = cpuMs();
        const auto today = TodayList::compute(db, asOf, &error);
        out << "Today (" << (today ? int(today->items.size()) : -1) << " rows): " << timer.elapsed() << " ms, CPU "
            << cpuMs() - cpu << " ms (target 300 ms)" << Qt::endl;
    }
    for (int round = 0; (part("today") || only == QLatin1String("otherday")) && round < 2; ++round) {
        timer.start();
        const qint64 cpu = cpuMs();
        const auto otherDay = TodayList::compute(db, asOf.addDays(-3), &error);
        out << "Today for another day (" << (otherDay ? int(otherDay->items.size()) : -1)
            << " rows): " << timer.elapsed() << " ms, CPU " << cpuMs() - cpu << " ms (target 300 ms)" << Qt::endl;
    }
    for (int round = 0; part("products") && round < 2; ++round) {
        timer.start();
        const ProductFeedbackResult products = ProductFeedback::month(db, asOf, &error);
        out << "product feedback of October (" << products.rows.size() << " products): " << timer.elapsed() << " ms"
            << Qt::endl;
    }
    if (!part("sample") && !part("top") && !part("reviews"))
        return 0;

    if (part("sample")) {
        timer.start();
        const auto population = SampleStore(db).population(QStringLiteral("last-month-buyers"), asOf.addDays(1), asOf,
                                                           &error);
        const qint64 populationMs = timer.restart();
        std::vector<SampleCandidate> fifty(population.begin(),
                                           population.begin() + std::min<size_t>(population.size(), 50000));
        const auto sample = CallbackSampler::draw(fifty, 200, 202611, false);
        const qint64 drawMs = timer.restart();
        const auto byTier = CallbackSampler::draw(fifty, 200, 202611, true);
        const qint64 tierMs = timer.elapsed();
        out << "callback population (October buyers): " << population.size() << " customers in " << populationMs
            << " ms; sample of " << sample.size() << " from " << fifty.size() << ": " << drawMs << " ms, by tier "
            << tierMs << " ms (target 100 ms)" << Qt::endl;
        SampleRequest request;
        request.month = asOf.addDays(1);
        request.population = QStringLiteral("new-no-second");
        request.size = 200;
        request.samplingDay = asOf;
        bool existed = false;
        timer.start();
        const auto stored = CallbackService::draw(db, request, QStringLiteral("bench"), &existed, &error);
        out << "new-no-second sample drawn and stored (population " << (stored ? stored->populationSize : -1)
            << "): " << timer.elapsed() << " ms" << (existed ? " (existing)" : "") << Qt::endl;
    }

    for (const char *kind : {"complaint", "return", "review"}) {
        if (!part("top"))
            break;
        timer.start();
        const TopReasons top = ReasonReports::top(db, QString::fromLatin1(kind), asOf);
        out << "Top 5 " << kind << " (" << top.total << " entries): " << timer.elapsed() << " ms (target 50 ms)"
            << Qt::endl;
    }

    if (!part("reviews"))
        return 0;
    // 100,000 reviews of existing orders, half below 5 stars.
    const QString reviews = dir + QStringLiteral("/reviews-%1.csv").arg(customers);
    {
        QFile f(reviews);
        f.open(QIODevice::WriteOnly);
        QTextStream w(&f);
        w << "订单编号,评分,评价内容,评价时间\n";
        sql::exec(q, QStringLiteral("SELECT order_no, paid_day FROM orders WHERE is_valid = 1 LIMIT 100000"));
        static const char *const texts[] = {"很好看，五星",       "尺码偏小，换大一码", "物流太慢了",
                                            "有色差，面料一般",   "没有色差，不错",     "客服态度差",
                                            "线头很多，做工粗糙", "发错颜色了"};
        int i = 0;
        while (q.next()) {
            w << q.value(0).toString() << ',' << (i % 2 ? 5 : 1 + i % 4) << ',' << QString::fromUtf8(texts[i % 8])
              << ',' << q.value(1).toString() << " 20:00:00\n";
            ++i;
        }
    }
    sql::exec(q, QStringLiteral("DELETE FROM reason_entries WHERE source = 'review'"));
    sql::exec(q, QStringLiteral("DELETE FROM reviews"));
    ReviewMapping mapping{QStringLiteral("订单编号"), QStringLiteral("评分"), QStringLiteral("评价内容"),
                          QStringLiteral("评价时间")};
    timer.start();
    const qint64 cpu = cpuMs();
    const ReviewImportResult r = ReviewImporter(db, mapping, QStringLiteral("bench"), asOf).importFile(reviews);
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    const qint64 cpuUsed = cpuMs() - cpu;
    out << "reviews import: " << r.read << " rows (" << r.inserted << " inserted, " << r.suggested
        << " reasons to confirm) in " << ms << " ms = " << qint64(r.read * 1000.0 / ms) << " rows/s, CPU " << cpuUsed
        << " ms (target 50000)" << (r.ok() ? QString() : QStringLiteral(" ERROR ") + r.error) << Qt::endl;
    Database::close(QStringLiteral("bench"));
    return 0;
}
