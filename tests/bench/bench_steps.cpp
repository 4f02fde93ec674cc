// Times the steps of a report on an existing store, one by one, in process:
// reading the order facts, grouping them per customer, the lifecycle grid,
// the whole report (with the BG/NBD fit), the per-customer recompute and the
// automatic tags. tests/bench/run-all runs it on the stores it builds.
//
//   bench_steps --db STORE [--as-of YYYY-MM-DD] [--read-only]
//
// --read-only leaves out the recompute and the automatic tags (the steps
// that write), for measuring the read side on a store kept as it is.
#include "analytics/AnalyticsService.h"
#include "analytics/AnalyticsSettings.h"
#include "analytics/CustomerClassifier.h"
#include "analytics/PurchaseHistory.h"
#include "analytics/ShopReport.h"
#include "storage/AnalyticsStore.h"
#include "storage/Database.h"
#include "storage/SegmentQuery.h"
#include "storage/TagStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>
#include <time.h>

using namespace huitou;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// Wall and CPU (all threads of the process) since the last restart(): on a
// shared machine the CPU time is the figure that does not depend on the load.
class StepTimer
{
public:
    StepTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuMs();
    }
    qint64 wallMs() const { return m_wall.elapsed(); }
    qint64 cpuElapsedMs() const { return cpuMs() - m_cpu; }
    // "WALL<TAB>CPU" for run-all.
    QString line() const { return QStringLiteral("%1\t%2").arg(wallMs()).arg(cpuElapsedMs()); }

private:
    static qint64 cpuMs()
    {
        timespec ts{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString db;
    QDate asOf = QDate::currentDate();
    const QStringList args = app.arguments();
    const bool readOnly = args.contains(QStringLiteral("--read-only"));
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--db"))
            db = args[i + 1];
        else if (args[i] == QLatin1String("--as-of"))
            asOf = QDate::fromString(args[i + 1], Qt::ISODate);
    }
    if (db.isEmpty() || !asOf.isValid()) {
        qCritical("usage: bench_steps --db STORE [--as-of YYYY-MM-DD] [--read-only]");
        return 2;
    }
    QString error;
    if (!Database::open(StoreLocation::file(db), QStringLiteral("bench"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    const QSqlDatabase conn = Database::connection(QStringLiteral("bench"));
    // Lines are "name<TAB>wall ms<TAB>CPU ms" for run-all.
    StepTimer t;
    {
        t.restart();
        std::vector<OrderFact> facts;
        QStringList provinces;
        if (!AnalyticsStore(conn).loadOrderFacts(asOf, &facts, &provinces, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        const qint64 loadMs = t.wallMs(), loadCpu = t.cpuElapsedMs();
        const PurchaseHistory history(facts, provinces);
        const qint64 historyMs = t.wallMs(), historyCpu = t.cpuElapsedMs();
        ShopReport report;
        report.asOf = asOf;
        CustomerClassifier::classify(history, AnalyticsSettings::load(conn), &report);
        out << "read order facts\t" << loadMs << "\t" << loadCpu << "\n";
        out << "group per customer\t" << historyMs - loadMs << "\t" << historyCpu - loadCpu << "\n";
        out << "lifecycle grid (read + group + classify)\t" << t.line() << "\n";
    }
    AnalyticsService service(conn);
    t.restart();
    const auto report = service.report(asOf, &error);
    if (!report) {
        out << error << Qt::endl;
        return 1;
    }
    out << "report in process (with BG/NBD)\t" << t.line() << "\n";
    if (!readOnly) {
        t.restart();
        if (!service.recompute(asOf, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "per-customer recompute (with tags)\t" << t.line() << "\n";
        t.restart();
        if (!TagStore(conn).refreshAllAutoTags(&error)) {
            out << error << Qt::endl;
            return 1;
        }
        out << "automatic tags of every customer\t" << t.line() << "\n";
    }
    {
        // customers --stage lost --count at the stored day, without the
        // process start and the store check that runs alongside it.
        Segment lost;
        lost.stages << Stage::Lost;
        lost.hasPaidOrder = true;
        t.restart();
        const qint64 n = SegmentQuery(conn, lost).count(&error);
        out << "count stage = lost (in process)\t" << t.line() << "\n";
        out << "lost customers\t" << n << "\n";
    }
    out << "peak memory MB\t" << qint64(peakMegabytes()) << "\n";
    Database::close(QStringLiteral("bench"));
    return 0;
}
