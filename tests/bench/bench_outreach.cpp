// Outreach benchmark on a generated shop (default 1,000,000 customers):
//   segment   count of a segment (stage + tier + one tag) through Audience / SegmentQuery
//   funnel    the exclusion funnel over the whole store (ContactExporter::preview)
//   xlsx/csv  exporting about 500,000 contacts (SMS preset, message rendered)
//   evaluate  the evaluation of a campaign of 100,000 members
// Each step can run alone (--step NAME) so its peak memory is its own.
//
//   bench_outreach [--customers N] [--dir DIR] [--step segment|funnel|xlsx|csv|evaluate|all] [--template T]
#include "analytics/AnalyticsService.h"
#include "demo/ShopGenerator.h"
#include "importing/OrderImporter.h"
#include "outreach/Audience.h"
#include "outreach/CampaignEvaluator.h"
#include "outreach/ContactExporter.h"
#include "storage/Database.h"
#include "storage/ImportStore.h"
#include "storage/OutreachStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTextStream>

#include <sys/resource.h>

using namespace huitou;

namespace {

// CPU time of this process in ms: on a machine shared with other builds the
// wall clock says more about the neighbours than about this code.
qint64 cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

// "12 ms (cpu 9 ms)" since the marks.
struct Stopwatch
{
    QElapsedTimer wall;
    qint64 cpu = 0;
    void start()
    {
        wall.start();
        cpu = cpuMs();
    }
    QString text() const { return QStringLiteral("%1 ms (cpu %2 ms)").arg(wall.elapsed()).arg(cpuMs() - cpu); }
};

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

std::vector<qint64> allIds(QSqlDatabase db)
{
    std::vector<qint64> ids;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id FROM customers ORDER BY id"));
    while (q.next())
        ids.push_back(q.value(0).toLongLong());
    return ids;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    qint64 customers = 1000000;
    QString dir = QDir::tempPath() + QStringLiteral("/huitou-bench-outreach");
    QString step = QStringLiteral("all");
    QString messageTemplate = QStringLiteral("【回头小店】{name}您好，送您一张{coupon}，7天内有效。回T退订");
    const QDate asOf(2026, 10, 31);
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == QLatin1String("--customers"))
            customers = args[i + 1].toLongLong();
        else if (args[i] == QLatin1String("--dir"))
            dir = args[i + 1];
        else if (args[i] == QLatin1String("--step"))
            step = args[i + 1];
        else if (args[i] == QLatin1String("--template"))
            messageTemplate = args[i + 1];
    }
    QDir().mkpath(dir);
    const QString dbPath = dir + QStringLiteral("/outreach-%1.db").arg(customers);
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
        if (!ShopGenerator(options).write(dir + QStringLiteral("/shop"), &shop, &error)) {
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
            QSqlDatabase db = Database::connection(QStringLiteral("load"));
            timer.restart();
            OrderImporter importer(std::make_unique<ImportStore>(db), {});
            importer.importFile(shop.orderFile);
            importer.importFile(shop.itemFile);
            out << "imported in " << timer.restart() << " ms" << Qt::endl;
            if (!AnalyticsService(db).recompute(asOf, &error)) {
                out << error << Qt::endl;
                return 1;
            }
            out << "recomputed in " << timer.elapsed() << " ms" << Qt::endl;
        }
        Database::close(QStringLiteral("load"));
    }
    if (!Database::open(StoreLocation::file(dbPath), QStringLiteral("bench"), &error)) {
        out << error << Qt::endl;
        return 1;
    }
    QSqlDatabase db = Database::connection(QStringLiteral("bench"));
    const bool all = step == QLatin1String("all");
    {
        // Tags as a shop would have them: one customer in five tagged a style
        // by hand, one in three an automatic size (each skipped when the store
        // has such tags: a fresh import derives automatic sizes of its own).
        QSqlQuery q(db);
        const auto none = [&q](const char *source) {
            return q.exec(QStringLiteral("SELECT COUNT(*) FROM customer_tags WHERE source = '%1'")
                              .arg(QLatin1String(source)))
                && q.next() && q.value(0).toLongLong() == 0;
        };
        const bool manual = none("manual"), automatic = none("auto");
        if (manual || automatic) {
            timer.start();
            db.transaction();
            if (manual)
                q.exec(QStringLiteral(
                    "INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                    "SELECT id, 'style', CASE id % 3 WHEN 0 THEN '淑女' WHEN 1 THEN '森系' ELSE '文艺' END, "
                    "'manual' FROM customers WHERE id % 5 = 0"));
            if (automatic)
                q.exec(QStringLiteral("INSERT INTO customer_tags (customer_id, group_key, tag_value, source) "
                                      "SELECT id, 'size', CASE id % 4 WHEN 0 THEN 'S' WHEN 1 THEN 'M' WHEN 2 THEN 'L' "
                                      "ELSE 'XL' END, 'auto' FROM customers WHERE id % 3 = 0"));
            db.commit();
            out << "tagged in " << timer.elapsed() << " ms" << Qt::endl;
        }
    }
    if (all || step == QLatin1String("segment")) {
        Segment segment;
        segment.stages << Stage::Lost;
        segment.tiers << Tier::Regular;
        Audience::count(db, segment, &error); // warm the cache
        Stopwatch w;
        w.start();
        qint64 n = Audience::count(db, segment, &error);
        out << "segment count (stage lost + tier regular): " << n << " in " << w.text() << Qt::endl;
        segment.tagsAny << TagRef{QStringLiteral("style"), QStringLiteral("森系")};
        Audience::count(db, segment, &error);
        w.start();
        n = Audience::count(db, segment, &error);
        out << "segment count (stage lost + tier regular + tag style=森系): " << n << " in " << w.text() << Qt::endl;
        w.start();
        const std::vector<qint64> ids = Audience::ids(db, segment, &error);
        out << "segment ids: " << ids.size() << " in " << w.text() << Qt::endl;
        if (!error.isEmpty())
            out << error << Qt::endl;
    }
    std::vector<qint64> ids = allIds(db);
    ContactExportRequest r;
    r.audience = ids;
    r.segmentDefinition = QStringLiteral("{}");
    r.staff = QStringLiteral("bench");
    r.today = asOf;
    r.controlShare = 0.1;
    r.seed = 42;
    r.costPerMessageCentifen = 500;
    r.messageTemplate = messageTemplate;
    r.coupon = QStringLiteral("满199减30券");
    if (all || step == QLatin1String("funnel")) {
        Stopwatch w;
        w.start();
        const auto s = ContactExporter(db).preview(r, &error);
        if (!s) {
            out << error << Qt::endl;
            return 1;
        }
        const ContactFunnelResult &f = s->funnel;
        out << "funnel over " << f.audience << " customers in " << w.text() << ": consent " << f.refusedConsent
            << ", open issue " << f.openIssue << ", contacted " << f.contactedRecently << ", no contact " << f.noContact
            << ", duplicate " << f.duplicate << ", control " << f.controlCount << ", exported " << f.treatmentCount
            << Qt::endl;
    }
    if (all || step == QLatin1String("xlsx") || step == QLatin1String("csv") || step == QLatin1String("evaluate")) {
        // Campaigns of earlier runs would make their members "contacted".
        QSqlQuery q(db);
        q.exec(QStringLiteral("DELETE FROM campaign_members"));
        q.exec(QStringLiteral("DELETE FROM campaigns"));
    }
    // About 500,000 exported: the funnel keeps ~78 % and the control group takes 10 % of that.
    const std::size_t audience500k = std::min<std::size_t>(ids.size(), 715000);
    int run = 0;
    for (const auto &[name, format] : {std::pair{QStringLiteral("xlsx"), ContactFileFormat::Xlsx},
                                       std::pair{QStringLiteral("csv"), ContactFileFormat::CsvUtf8Bom}}) {
        ++run;
        if (!all && step != name)
            continue;
        ContactExportRequest e = r;
        e.audience.assign(ids.begin(), ids.begin() + qsizetype(audience500k));
        e.format = format;
        e.outPath = dir + QStringLiteral("/export.") + name;
        e.today = asOf.addDays(30 * run); // earlier bench campaigns are outside the contact window
        Stopwatch w;
        w.start();
        const auto s = ContactExporter(db).run(e, &error);
        if (!s) {
            out << error << Qt::endl;
            return 1;
        }
        out << "export " << name << ": " << s->exported << " contacts in " << w.text() << ", "
            << QFileInfo(e.outPath).size() / 1024 / 1024 << " MB file, peak memory " << peakMegabytes() << " MB"
            << Qt::endl;
    }
    if (all || step == QLatin1String("evaluate")) {
        OutreachStore store(db);
        CampaignRecord c;
        c.name = QStringLiteral("bench 100k");
        c.sendDay = asOf.addDays(-60);
        c.channel = QStringLiteral("sms");
        c.fileFormat = QStringLiteral("csv");
        c.fileName = QStringLiteral("x.csv");
        c.staff = QStringLiteral("bench");
        c.segment = c.exclusions = QStringLiteral("{}");
        c.costFen = 500000;
        std::vector<CampaignMember> members;
        for (std::size_t i = 0; i < std::min<std::size_t>(ids.size(), 100000); ++i)
            members.push_back({ids[i * (ids.size() / 100000 > 0 ? ids.size() / 100000 : 1) % ids.size()], i % 10 == 0});
        const qint64 id = store.insertCampaign(c, members, &error);
        Stopwatch w;
        w.start();
        const auto result = CampaignEvaluator(db).evaluate(id, asOf, 14, -1, &error);
        if (!result) {
            out << error << Qt::endl;
            return 1;
        }
        const CampaignEvaluation &e = result->evaluation;
        out << "evaluation of " << e.treatment.members + e.control.members << " members in " << w.text()
            << ": treatment " << e.treatment.converters << " converters, control " << e.control.converters << Qt::endl;
    }
    out << "peak memory: " << peakMegabytes() << " MB" << Qt::endl;
    db = QSqlDatabase(); // release the handle before the connection closes
    Database::close(QStringLiteral("bench"));
    return 0;
}
