// Several workstations on one store (issue 15): N threads, each with its own
// connection (a workstation), tag customers and log complaints for S seconds;
// then every write is counted back (no error, no lost write). Then how long a
// profile saved on one connection takes to be noticed on another
// (ChangeWatcher: NOTIFY on a server, polled counters in a file).
//
//   bench_workstations --db STORE [--workstations 5] [--seconds 60] [--customers 200]
//
// STORE is a file or postgresql://… (an empty store: the bench imports nothing,
// it makes its own customers). A program to run by hand, not a test.
#include "storage/ChangeWatcher.h"
#include "storage/Database.h"
#include "storage/ProfileStore.h"
#include "storage/ReasonStore.h"
#include "storage/TagStore.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace huitou;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString db;
    int workstations = 5, seconds = 60, customers = 200;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            db = args[++i];
        else if (args[i] == QLatin1String("--workstations"))
            workstations = args[++i].toInt();
        else if (args[i] == QLatin1String("--seconds"))
            seconds = args[++i].toInt();
        else if (args[i] == QLatin1String("--customers"))
            customers = args[++i].toInt();
    }
    if (db.isEmpty()) {
        std::fprintf(stderr, "usage: bench_workstations --db STORE [--workstations N] [--seconds S]\n");
        return 2;
    }
    const StoreLocation location = StoreLocation::fromString(db);
    QString error;
    if (!Database::open(location, QStringLiteral("main"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    // The bench's own customers (an import would be the usual way; this is quicker).
    {
        QSqlQuery q(Database::connection(QStringLiteral("main")));
        for (int i = 0; i < customers; ++i)
            q.exec(QStringLiteral("INSERT INTO customers (customer_key) VALUES ('bench-ws-%1') ON CONFLICT DO NOTHING")
                       .arg(i));
    }
    std::vector<qint64> ids;
    {
        QSqlQuery q(Database::connection(QStringLiteral("main")));
        q.exec(QStringLiteral("SELECT id FROM customers WHERE customer_key LIKE 'bench-ws-%' ORDER BY id"));
        while (q.next())
            ids.push_back(q.value(0).toLongLong());
    }
    const qint64 entriesBefore = [&] {
        QSqlQuery q(Database::connection(QStringLiteral("main")));
        return q.exec(QStringLiteral("SELECT COUNT(*) FROM reason_entries")) && q.next() ? q.value(0).toLongLong() : -1;
    }();

    std::atomic<qint64> tagged{0}, logged{0}, errors{0};
    std::vector<std::thread> threads;
    QElapsedTimer wall;
    wall.start();
    for (int w = 0; w < workstations; ++w) {
        threads.emplace_back([&, w] {
            const QString name = QStringLiteral("ws-%1").arg(w);
            QString e;
            if (!Database::open(location, name, &e)) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(name), qPrintable(e));
                errors += 1;
                return;
            }
            {
                QSqlDatabase conn = Database::connection(name);
                const QString staff = QStringLiteral("staff-%1").arg(w);
                QElapsedTimer t;
                t.start();
                std::size_t k = std::size_t(w);
                static const QStringList sizes{QStringLiteral("S"), QStringLiteral("M"), QStringLiteral("L")};
                while (t.elapsed() < seconds * 1000) {
                    const qint64 id = ids[k++ % ids.size()];
                    if (TagStore(conn).addTag({id}, QStringLiteral("size"), sizes[int(k % 3)], &e, staff))
                        tagged += 1;
                    else {
                        errors += 1;
                        std::fprintf(stderr, "tag: %s\n", qPrintable(e));
                    }
                    ReasonEntry r;
                    r.customerId = id;
                    r.kind = QStringLiteral("complaint");
                    r.reasonCode = QStringLiteral("size_small");
                    r.loggedDay = QDate(2026, 11, 29);
                    if (ReasonStore(conn).add(r, staff, &e) > 0)
                        logged += 1;
                    else {
                        errors += 1;
                        std::fprintf(stderr, "complaint: %s\n", qPrintable(e));
                    }
                }
            }
            Database::close(name);
        });
    }
    for (auto &t : threads)
        t.join();
    const double elapsed = wall.elapsed() / 1000.0;
    qint64 entriesAfter = -1;
    {
        QSqlQuery q(Database::connection(QStringLiteral("main")));
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM reason_entries")) && q.next())
            entriesAfter = q.value(0).toLongLong();
    }
    std::printf("%d workstations for %.1f s on %s: %lld tags and %lld complaints saved (%.0f writes/s), %lld "
                "errors; complaints in the store: %lld new of %lld logged (%s)\n",
                workstations, elapsed, location.isServer() ? "PostgreSQL" : "SQLite", (long long)tagged.load(),
                (long long)logged.load(), (tagged + logged) / elapsed, (long long)errors.load(),
                (long long)(entriesAfter - entriesBefore), (long long)logged.load(),
                entriesAfter - entriesBefore == logged ? "none lost" : "LOST WRITES");

    // A save on one connection, noticed on another.
    if (!Database::open(location, QStringLiteral("other"), &error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    ChangeWatcher watcher(Database::connection(QStringLiteral("main")), 1000);
    QElapsedTimer seen;
    std::vector<qint64> latencies;
    int round = 0;
    QObject::connect(&watcher, &ChangeWatcher::changed, &app, [&](int) {
        latencies.push_back(seen.elapsed());
        if (++round == 10) {
            app.quit();
            return;
        }
        QTimer::singleShot(100, &app, [&] {
            CustomerProfile p;
            p.birthday = QStringLiteral("03-%1").arg(round + 1, 2, 10, QLatin1Char('0'));
            QString e;
            ProfileStore(Database::connection(QStringLiteral("other"))).save(ids[0], p, &e, QStringLiteral("bench"));
            seen.start();
        });
    });
    QTimer::singleShot(100, &app, [&] {
        CustomerProfile p;
        p.birthday = QStringLiteral("03-01");
        QString e;
        ProfileStore(Database::connection(QStringLiteral("other"))).save(ids[0], p, &e, QStringLiteral("bench"));
        seen.start();
    });
    QTimer::singleShot(30000, &app, [&] { app.quit(); });
    app.exec();
    qint64 worst = 0, sum = 0;
    for (qint64 l : latencies) {
        worst = qMax(worst, l);
        sum += l;
    }
    std::printf("profile saved on one connection, noticed on another: %zu saves, mean %lld ms, worst %lld ms "
                "(target: within 1 s)\n",
                latencies.size(), latencies.empty() ? 0LL : (long long)(sum / qint64(latencies.size())),
                (long long)worst);
    Database::close(QStringLiteral("other"));
    Database::close(QStringLiteral("main"));
    return 0;
}
