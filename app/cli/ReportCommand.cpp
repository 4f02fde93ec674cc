#include "ReportCommand.h"

#include "CommandParser.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "analytics/ReportJson.h"
#include "reports/MonthlyReportPdf.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace huitou::cli {

namespace {

QString percent(const Rate &r)
{
    return r ? QStringLiteral("%1%").arg(*r * 100.0, 0, 'f', 1) : QStringLiteral("—");
}

void printSummary(QTextStream &out, const ShopReport &r)
{
    out << tr("Report as of %1").arg(r.asOf.toString(Qt::ISODate)) << "\n";
    out << tr("Customers: %1   valid orders: %2   revenue: ¥%3")
               .arg(r.customers)
               .arg(r.validOrders)
               .arg(money::text(r.revenueFen))
        << "\n\n";
    out << tr("Lifecycle            new   returning") << "\n";
    for (Stage s : allStages())
        out << QStringLiteral("  %1 %2 %3")
                   .arg(stageName(s), -16)
                   .arg(r.lifecycle[size_t(s)][0], 6)
                   .arg(r.lifecycle[size_t(s)][1], 10)
            << "\n";
    out << "\n" << tr("Repeat purchase rate (365 days): %1").arg(percent(r.repeatPurchaseRate)) << "\n";
    if (r.intervals.median)
        out << tr("Repurchase interval: median %1, p75 %2, p90 %3 days")
                   .arg(*r.intervals.median)
                   .arg(*r.intervals.p75)
                   .arg(*r.intervals.p90)
            << "\n";
    out << tr("Tiers: regular %1, senior %2, VIP %3, supreme VIP %4")
               .arg(r.tiers[0])
               .arg(r.tiers[1])
               .arg(r.tiers[2])
               .arg(r.tiers[3])
        << "\n";
    if (!r.stageRepurchase.empty()) {
        const StageRepurchase &last = r.stageRepurchase.back();
        out << tr("Stage repurchase in %1: active %2, silent %3, sleeping %4, lost %5; reactivation %6")
                   .arg(months::text(last.month), percent(last.byStage[0]), percent(last.byStage[1]),
                        percent(last.byStage[2]), percent(last.byStage[3]), percent(last.reactivation))
            << "\n";
    }
    if (!r.bgNbd)
        out << tr("BG/NBD: %1").arg(r.bgNbdError) << "\n";
}

} // namespace

int runReport(CliContext &c)
{
    CommandParser p(c, tr("Shop report: lifecycle, tiers, RFM, repurchase, cohorts, regions."));
    p.addOption({QStringLiteral("as-of"), tr("Report date (default today)."), QStringLiteral("YYYY-MM-DD")});
    p.addOption({QStringLiteral("json"), tr("Print the report object as JSON.")});
    p.addOption(
        {QStringLiteral("month"), tr("Monthly report: as of the month's last day."), QStringLiteral("YYYY-MM")});
    p.addOption({QStringLiteral("pdf"), tr("Write the monthly report (with --month) as PDF."), QStringLiteral("FILE")});
    if (const auto exit = p.parse())
        return *exit;
    if (!p.positionalArguments().isEmpty())
        return c.usageError(tr("unexpected argument \"%1\".").arg(p.positionalArguments().constFirst()));
    const auto month = p.month(QStringLiteral("month"));
    const auto asOfOption = p.date(QStringLiteral("as-of"));
    if (p.failed())
        return kExitUsage;
    if (month && asOfOption)
        return c.usageError(tr("--month and --as-of exclude each other."));
    if (p.isSet(QStringLiteral("pdf"))) {
        if (!month)
            return c.usageError(tr("--pdf needs --month YYYY-MM."));
        if (p.value(QStringLiteral("pdf")).isEmpty())
            return c.usageError(tr("--pdf needs a file name."));
        QSqlDatabase db;
        if (!c.openStore(&db, StoreAccess::Existing, Database::Check::QuickCheck, CheckTiming::Alongside))
            return kExitFailed;
        QString error;
        if (!MonthlyReportPdf::write(db, months::of(*month), p.value(QStringLiteral("pdf")), &error))
            return c.failure(error);
        c.out << p.value(QStringLiteral("pdf")) << "\n";
        return kExitOk;
    }
    QDate asOf = AnalyticsService::today();
    if (month)
        asOf = months::last(months::of(*month));
    else if (asOfOption)
        asOf = *asOfOption;
    QSqlDatabase db;
    if (!c.openStore(&db, StoreAccess::Existing, Database::Check::QuickCheck, CheckTiming::Alongside))
        return kExitFailed;
    QString error;
    const auto report = AnalyticsService(db).report(asOf, &error);
    if (!report)
        return c.failure(error);
    if (p.isSet(QStringLiteral("json")))
        c.out << reportToJson(*report);
    else
        printSummary(c.out, *report);
    return kExitOk;
}

} // namespace huitou::cli
