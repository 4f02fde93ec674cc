#include "CareCommands.h"

#include "ActionTable.h"

#include "analytics/AnalyticsService.h"
#include "care/CallbackService.h"
#include "care/TodayList.h"
#include "storage/TaxonomyStore.h"

#include "CommandParser.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::cli {

namespace {

bool parseDay(CliContext &c, const CommandParser &p, const char *command, QDate *day)
{
    *day = AnalyticsService::today();
    if (!p.isSet(QStringLiteral("as-of")))
        return true;
    *day = QDate::fromString(p.value(QStringLiteral("as-of")), Qt::ISODate);
    if (!day->isValid()) {
        c.err << tr("%1: --as-of must be YYYY-MM-DD").arg(QString::fromLatin1(command)) << "\n";
        return false;
    }
    return true;
}

QJsonValue orNull(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString maskPhone(const QString &phone)
{
    return phone.size() >= 11 ? phone.left(3) + QStringLiteral("****") + phone.right(4) : phone;
}

QJsonObject sampleJson(const CallbackSample &s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("month"), s.month},
                       {QStringLiteral("population"), s.population},
                       {QStringLiteral("sampling_day"), s.samplingDay.toString(Qt::ISODate)},
                       {QStringLiteral("size"), s.members},
                       {QStringLiteral("requested_size"), s.requestedSize},
                       {QStringLiteral("population_size"), s.populationSize},
                       {QStringLiteral("by_tier"), s.byTier},
                       {QStringLiteral("seed"), QString::number(s.seed)},
                       {QStringLiteral("called"), s.called},
                       {QStringLiteral("reached"), s.reached},
                       {QStringLiteral("staff"), s.staff}};
}

int sample(CliContext &c)
{
    CommandParser p(c, tr("Draws (or shows) the callback sample of a month."));
    p.addStaffOption();
    p.addOptions({
        {QStringLiteral("month"), tr("The month the sample is for."), QStringLiteral("YYYY-MM")},
        {QStringLiteral("population"),
         tr("last-month-buyers (buyers of the month before) or "
            "new-no-second (first purchase 30-50 days before the sampling "
            "day, no second)."),
         QStringLiteral("P")},
        {QStringLiteral("size"), tr("Sample size."), QStringLiteral("N")},
        {QStringLiteral("by-tier"), tr("Stratify by member tier (proportional, largest remainder).")},
        {QStringLiteral("seed"), tr("Seed (default YYYYMM of the month)."), QStringLiteral("S")},
        {QStringLiteral("as-of"), tr("Sampling day (default today)."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("json"), tr("JSON output.")},
    });
    if (const auto exit = p.parse())
        return *exit;
    SampleRequest r;
    r.month = QDate::fromString(p.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    r.population = p.value(QStringLiteral("population"));
    bool ok = false;
    r.size = p.value(QStringLiteral("size")).toInt(&ok);
    if (!r.month.isValid() || !ok) {
        c.err << tr("callbacks sample: --month YYYY-MM and --size N are required") << "\n";
        return 2;
    }
    r.byTier = p.isSet(QStringLiteral("by-tier"));
    if (p.isSet(QStringLiteral("seed"))) {
        const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            c.err << tr("callbacks sample: --seed must be a non-negative integer") << "\n";
            return 2;
        }
        r.seed = seed;
    }
    if (!parseDay(c, p, "callbacks sample", &r.samplingDay))
        return 2;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    bool existed = false;
    const auto s = CallbackService::draw(db, r, c.staff, &existed, &error);
    if (!s) {
        c.err << "callbacks sample: " << error << "\n";
        return 1;
    }
    const auto members = SampleStore(db).members(s->id);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject o = sampleJson(*s);
        o.insert(QStringLiteral("existing"), existed);
        QJsonArray list;
        for (const SampleMember &m : members)
            list.append(QJsonObject{{QStringLiteral("position"), m.position},
                                    {QStringLiteral("customer"), m.key},
                                    {QStringLiteral("tier"), m.tier},
                                    {QStringLiteral("phone"), maskPhone(m.phone)},
                                    {QStringLiteral("reached"), m.reached}});
        o.insert(QStringLiteral("members"), list);
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << (existed ? tr("existing sample %1 for %2 (%3): %4 of %5, seed %6")
                      : tr("sample %1 for %2 (%3): %4 of %5, seed %6"))
                 .arg(s->id)
                 .arg(s->month, s->population)
                 .arg(s->members)
                 .arg(s->populationSize)
                 .arg(s->seed)
          << "\n";
    for (const SampleMember &m : members)
        c.out << m.position << "\t" << m.key << "\t" << m.tier << "\t" << maskPhone(m.phone) << "\t" << m.reached
              << "\n";
    return 0;
}

int results(CliContext &c)
{
    CommandParser p(c, tr("Survey results of a callback sample."));
    p.addStaffOption();
    p.addOptions({{QStringLiteral("sample"), tr("Sample id."), QStringLiteral("ID")},
                  {QStringLiteral("json"), tr("JSON output.")}});
    if (const auto exit = p.parse())
        return *exit;
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("sample")).toLongLong(&ok);
    if (!ok) {
        c.err << tr("callbacks results: --sample ID is required") << "\n";
        return 2;
    }
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    const auto r = CallbackService::results(db, id, &error);
    if (!r) {
        c.err << "callbacks results: " << error << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray distribution, problems;
        for (int n : r->distribution)
            distribution.append(n);
        for (const ReasonCount &rc : r->problems)
            problems.append(QJsonObject{{QStringLiteral("reason"), rc.code}, {QStringLiteral("count"), rc.count}});
        const QJsonObject o{{QStringLiteral("sample"), r->sampleId},
                            {QStringLiteral("members"), r->members},
                            {QStringLiteral("called"), r->called},
                            {QStringLiteral("reached"), r->reached},
                            {QStringLiteral("reached_share"), orNull(r->reachedShare)},
                            {QStringLiteral("satisfaction_mean"), orNull(r->satisfactionMean)},
                            {QStringLiteral("satisfaction_distribution"), distribution},
                            {QStringLiteral("will_buy_again_share"), orNull(r->buyAgainShare)},
                            {QStringLiteral("problems_top5"), problems}};
        c.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    c.out << CallbackService::resultsTable(*r).note << "\n";
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    for (const ReasonCount &rc : r->problems)
        c.out << rc.count << "\t" << rc.code << "\t" << taxonomy.displayName(rc.code) << "\n";
    return 0;
}

int list(CliContext &c)
{
    CommandParser p(c, QString());
    p.addOption({QStringLiteral("json"), tr("JSON output.")});
    if (const auto exit = p.parse())
        return *exit;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QJsonArray array;
    for (const CallbackSample &s : SampleStore(db).samples()) {
        array.append(sampleJson(s));
        if (!p.isSet(QStringLiteral("json")))
            c.out << s.id << "\t" << s.month << "\t" << s.population << "\t"
                  << tr("%1 members\t%2 called\t%3 reached\tseed %4")
                         .arg(s.members)
                         .arg(s.called)
                         .arg(s.reached)
                         .arg(s.seed)
                  << "\n";
    }
    if (p.isSet(QStringLiteral("json")))
        c.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    return 0;
}

} // namespace

int runToday(CliContext &c)
{
    CommandParser p(c, tr("Today's care list (今日待办)."));
    p.addStaffOption();
    p.addOptions({{QStringLiteral("as-of"), tr("The day to list (default today)."), QStringLiteral("YYYY-MM-DD")},
                  {QStringLiteral("json"), tr("JSON output.")}});
    if (const auto exit = p.parse())
        return *exit;
    QDate asOf;
    if (!parseDay(c, p, "today", &asOf))
        return 2;
    QSqlDatabase db;
    if (!c.openStore(&db))
        return 1;
    QString error;
    const auto r = TodayList::compute(db, asOf, &error);
    if (!r) {
        c.err << "today: " << error << "\n";
        return 1;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const TodayItem &i : r->items) {
            QJsonObject o{{QStringLiteral("kind"), TodayList::kindKey(i.kind)},
                          {QStringLiteral("customer"), i.customerKey},
                          {QStringLiteral("due"), i.dueDay.toString(Qt::ISODate)},
                          {QStringLiteral("overdue_days"), i.overdueDays},
                          {QStringLiteral("why"), i.why},
                          {QStringLiteral("content"), i.content}};
            if (!i.taskKey.isEmpty())
                o.insert(QStringLiteral("task"), i.taskKey);
            if (i.entryId)
                o.insert(QStringLiteral("entry"), i.entryId);
            items.append(o);
        }
        QJsonObject counts;
        for (int k = 0; k < int(TodayKind::Count); ++k)
            counts.insert(TodayList::kindKey(TodayKind(k)), r->counts[size_t(k)]);
        c.out << QJsonDocument(QJsonObject{{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
                                           {QStringLiteral("counts"), counts},
                                           {QStringLiteral("items"), items}})
                     .toJson(QJsonDocument::Indented);
        return 0;
    }
    for (const TodayItem &i : r->items)
        c.out << i.dueDay.toString(Qt::ISODate)
              << (i.overdueDays ? QStringLiteral(" (+%1)").arg(i.overdueDays) : QString()) << "\t"
              << TodayList::kindKey(i.kind) << "\t" << i.customerKey << "\t" << i.why << "\n";
    c.out << tr("%n item(s)", nullptr, int(r->items.size())) << "\n";
    return 0;
}

int runCallbacks(CliContext &c)
{
    static const Action actions[] = {
        {"sample", QT_TRANSLATE_NOOP("huitou::cli", "draw (or show) the month's sample"), sample},
        {"results", QT_TRANSLATE_NOOP("huitou::cli", "survey results of a sample"), results},
        {"list", QT_TRANSLATE_NOOP("huitou::cli", "the samples drawn so far"), list},
    };
    return runAction(c, tr("Callback samples (回访)."), actions);
}

} // namespace huitou::cli
