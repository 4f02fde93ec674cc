#include "ReportTables.h"

#include "format/Format.h"

#include "Money.h"
#include "format/CsvField.h"

#include <QCoreApplication>

#include <cmath>

namespace huitou {

namespace {

QVariant rate(const Rate &r)
{
    return r ? QVariant(*r) : QVariant();
}

QVariant yuan(qint64 fen)
{
    return money::yuan(fen);
}

QVariant share(qint64 part, qint64 whole)
{
    return whole ? QVariant(double(part) / double(whole)) : QVariant();
}

} // namespace

QString ReportTable::titleOf(ReportView view)
{
    switch (view) {
    case ReportView::Lifecycle:
        return QCoreApplication::translate("huitou::ReportTables", "Lifecycle: stage × new / returning");
    case ReportView::NewReturning:
        return QCoreApplication::translate("huitou::ReportTables", "New and returning buyers per month");
    case ReportView::SecondPurchase:
        return QCoreApplication::translate("huitou::ReportTables", "Second-purchase rate by first-purchase month");
    case ReportView::StageRepurchase:
        return QCoreApplication::translate("huitou::ReportTables", "Repurchase rate by stage, and reactivation");
    case ReportView::Tiers: return QCoreApplication::translate("huitou::ReportTables", "Tier contribution");
    case ReportView::RfmSegments: return QCoreApplication::translate("huitou::ReportTables", "RFM segments");
    case ReportView::RfHeatmap: return QCoreApplication::translate("huitou::ReportTables", "R score × F score");
    case ReportView::Intervals: return QCoreApplication::translate("huitou::ReportTables", "Repurchase interval");
    case ReportView::Frequency:
        return QCoreApplication::translate("huitou::ReportTables", "Order value by purchase frequency");
    case ReportView::Retention: return QCoreApplication::translate("huitou::ReportTables", "Cohort retention");
    case ReportView::Regions:
        return QCoreApplication::translate("huitou::ReportTables", "Customers and revenue by province");
    case ReportView::CampaignResults:
        return QCoreApplication::translate("huitou::ReportTables", "Campaign result: treatment and control");
    case ReportView::TopComplaints:
        return QCoreApplication::translate("huitou::ReportTables", "Top 5 complaint reasons");
    case ReportView::TopReturns: return QCoreApplication::translate("huitou::ReportTables", "Top 5 return reasons");
    case ReportView::TopReviews:
        return QCoreApplication::translate("huitou::ReportTables", "Top 5 reasons of reviews below 5 stars");
    case ReportView::ReasonTrend:
        return QCoreApplication::translate("huitou::ReportTables", "Reasons by category, last 12 months");
    case ReportView::SurveyResults:
        return QCoreApplication::translate("huitou::ReportTables", "Callback survey results");
    case ReportView::ProductFeedback: return QCoreApplication::translate("huitou::ReportTables", "Product feedback");
    default: return {};
    }
}

QString ReportTable::columnHeader(int column) const
{
    const QString name = columns.value(column);
    return shareColumns.contains(column) ? name + QStringLiteral(" (%)") : name;
}

QVariant ReportTable::displayValue(int row, int column) const
{
    const QVariant v = cells[size_t(row)][size_t(column)];
    if (!v.isValid() || v.isNull())
        return {};
    if (v.typeId() == QMetaType::Double) {
        if (shareColumns.contains(column))
            return std::round(v.toDouble() * 10000.0) / 100.0; // percent, two decimals
        return std::round(v.toDouble() * 100.0) / 100.0;
    }
    return v;
}

QString ReportTable::displayText(int row, int column) const
{
    const QVariant v = cells[size_t(row)][size_t(column)];
    if (!v.isValid() || v.isNull())
        return QStringLiteral("—");
    switch (v.typeId()) {
    case QMetaType::Double:
        if (shareColumns.contains(column))
            return format::decimal(v.toDouble() * 100.0, 1); // the header says (%)
        if (moneyColumns.contains(column))
            return format::amount(std::llround(v.toDouble() * 100.0)); // the header says (¥)
        return format::decimal(v.toDouble(), 2);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong: return format::integer(v.toLongLong());
    default: return v.toString();
    }
}

QByteArray ReportTable::toCsv() const
{
    const auto field = [](const QString &s) { return csvField(s); };
    QStringList lines;
    QStringList header{QString()};
    for (int c = 0; c < columns.size(); ++c)
        header << field(columnHeader(c));
    lines << header.join(QLatin1Char(','));
    for (int r = 0; r < int(cells.size()); ++r) {
        QStringList row{field(rowLabels.value(r))};
        for (int c = 0; c < columns.size(); ++c)
            row << field(displayValue(r, c).toString());
        lines << row.join(QLatin1Char(','));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QLatin1Char('\n')).toUtf8() + '\n';
}

ReportTable buildReportTable(const ShopReport &r, ReportView view)
{
    ReportTable t;
    t.view = view;
    t.title = ReportTable::titleOf(view);
    switch (view) {
    case ReportView::Lifecycle:
        t.chart = ReportTable::Chart::GroupedBars;
        t.seriesAreRows = true; // one colour per stage
        t.columns = {customerTypeName(CustomerType::New), customerTypeName(CustomerType::Returning),
                     QCoreApplication::translate("huitou::ReportTables", "Total"),
                     QCoreApplication::translate("huitou::ReportTables", "Share of customers")};
        t.seriesCount = 2;
        for (Stage s : allStages()) {
            const auto &cell = r.lifecycle[size_t(s)];
            t.rowLabels << stageName(s);
            t.rowKeys << stageKey(s);
            t.cells.push_back({cell[0], cell[1], cell[0] + cell[1], share(cell[0] + cell[1], r.customers)});
        }
        t.hint = QCoreApplication::translate("huitou::ReportTables", "Double-click a bar to see those customers.");
        t.shareColumns = {3};
        break;
    case ReportView::NewReturning:
        t.chart = ReportTable::Chart::StackedBars;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "New buyers"),
                     QCoreApplication::translate("huitou::ReportTables", "Returning buyers"),
                     QCoreApplication::translate("huitou::ReportTables", "Returning share"),
                     QCoreApplication::translate("huitou::ReportTables", "Revenue (¥)"),
                     QCoreApplication::translate("huitou::ReportTables", "Revenue from returning buyers (¥)"),
                     QCoreApplication::translate("huitou::ReportTables", "Returning revenue share")};
        t.seriesCount = 2;
        for (const ReturningShare &m : r.returningShare) {
            t.rowLabels << months::text(m.month);
            t.cells.push_back({m.buyers - m.returningBuyers, m.returningBuyers, rate(m.returning), yuan(m.revenueFen),
                               yuan(m.returningRevenueFen), rate(m.revenueShare)});
        }
        t.shareColumns = {2, 5};
        t.moneyColumns = {3, 4};
        break;
    case ReportView::SecondPurchase:
        t.chart = ReportTable::Chart::Lines;
        t.percent = true;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Within 30 days"),
                     QCoreApplication::translate("huitou::ReportTables", "Within 90 days"),
                     QCoreApplication::translate("huitou::ReportTables", "Within 180 days"),
                     QCoreApplication::translate("huitou::ReportTables", "Cohort size")};
        t.seriesCount = 3;
        for (const CohortSecondPurchase &c : r.secondPurchase) {
            t.rowLabels << months::text(c.month);
            t.cells.push_back({c.rate[0], c.rate[1], c.rate[2], c.size});
            t.open.push_back({!c.complete[0], !c.complete[1], !c.complete[2], false});
        }
        t.note = QCoreApplication::translate("huitou::ReportTables",
                                             "Hollow points: the window is still open, the rate so far.");
        t.shareColumns = {0, 1, 2};
        break;
    case ReportView::StageRepurchase:
        t.chart = ReportTable::Chart::Lines;
        t.percent = true;
        t.columns = {stageName(Stage::Active), stageName(Stage::Silent), stageName(Stage::Sleeping),
                     stageName(Stage::Lost), QCoreApplication::translate("huitou::ReportTables", "Reactivation")};
        t.seriesCount = 5;
        for (const StageRepurchase &m : r.stageRepurchase) {
            t.rowLabels << months::text(m.month);
            t.cells.push_back(
                {rate(m.byStage[0]), rate(m.byStage[1]), rate(m.byStage[2]), rate(m.byStage[3]), rate(m.reactivation)});
        }
        t.shareColumns = {0, 1, 2, 3, 4};
        break;
    case ReportView::Tiers: {
        t.chart = ReportTable::Chart::GroupedBars;
        t.seriesAreRows = true; // one colour per tier
        t.percent = true;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Share of customers"),
                     QCoreApplication::translate("huitou::ReportTables", "Share of orders"),
                     QCoreApplication::translate("huitou::ReportTables", "Share of revenue"),
                     QCoreApplication::translate("huitou::ReportTables", "Customers"),
                     QCoreApplication::translate("huitou::ReportTables", "Orders"),
                     QCoreApplication::translate("huitou::ReportTables", "Revenue (¥)"),
                     QCoreApplication::translate("huitou::ReportTables", "Threshold")};
        t.seriesCount = 3;
        for (Tier tier : {Tier::SupremeVip, Tier::Vip, Tier::Senior, Tier::Regular}) {
            const size_t i = size_t(tier);
            QVariant threshold;
            if (r.tierThresholds && tier != Tier::Regular) {
                const qint64 v = (*r.tierThresholds)[i - 1];
                threshold = r.tierOnMonetary ? QVariant(QStringLiteral("≥ ") + format::money(v))
                                             : QVariant(QStringLiteral("≥ %1").arg(format::integer(v)));
            }
            t.rowLabels << tierName(tier);
            t.rowKeys << tierKey(tier);
            t.cells.push_back({share(r.tiers[i], r.customers), share(r.tierOrders[i], r.validOrders),
                               share(r.tierRevenueFen[i], r.revenueFen), r.tiers[i], r.tierOrders[i],
                               yuan(r.tierRevenueFen[i]), threshold});
        }
        t.shareColumns = {0, 1, 2};
        t.moneyColumns = {5};
        break;
    }
    case ReportView::RfmSegments:
        t.chart = ReportTable::Chart::HorizontalBars;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Customers"),
                     QCoreApplication::translate("huitou::ReportTables", "Revenue (¥)")};
        t.seriesCount = 1;
        for (RfmSegment s : allSegments()) {
            t.rowLabels << segmentName(s);
            t.cells.push_back({r.segments[size_t(s)], yuan(r.segmentRevenueFen[size_t(s)])});
        }
        t.moneyColumns = {1};
        break;
    case ReportView::RfHeatmap:
        t.chart = ReportTable::Chart::Heatmap;
        for (int f = 1; f <= 5; ++f)
            t.columns << QCoreApplication::translate("huitou::ReportTables", "F %1").arg(f);
        t.seriesCount = 5;
        for (int rScore = 5; rScore >= 1; --rScore) {
            t.rowLabels << QCoreApplication::translate("huitou::ReportTables", "R %1").arg(rScore);
            std::vector<QVariant> row;
            for (int f = 0; f < 5; ++f)
                row.push_back(r.rfGrid[size_t(rScore - 1)][size_t(f)]);
            t.cells.push_back(row);
        }
        t.note = QCoreApplication::translate("huitou::ReportTables",
                                             "R 5: bought most recently; F 5: five or more purchase days.");
        break;
    case ReportView::Intervals: {
        t.chart = ReportTable::Chart::GroupedBars;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Intervals")};
        const char *const bins[] = {"1-7", "8-14", "15-30", "31-60", "61-90", "91-180", "181-365", "366+"};
        for (int i = 0; i < 8; ++i) {
            t.rowLabels
                << QCoreApplication::translate("huitou::ReportTables", "%1 days").arg(QString::fromLatin1(bins[i]));
            t.cells.push_back({r.intervals.histogram[size_t(i)]});
        }
        t.note = r.intervals.median
            ? QCoreApplication::translate(
                  "huitou::ReportTables",
                  "Half of the customers came back within %1 days, three in four within %2 days, nine in ten within %3 days (%4 returns)")
                  .arg(*r.intervals.median)
                  .arg(*r.intervals.p75)
                  .arg(*r.intervals.p90)
                  .arg(format::integer(r.intervals.count))
            : QCoreApplication::translate("huitou::ReportTables", "No repeat purchases yet.");
        break;
    }
    case ReportView::Frequency: {
        t.chart = ReportTable::Chart::GroupedBars;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Average order value (¥)"),
                     QCoreApplication::translate("huitou::ReportTables", "Items per order"),
                     QCoreApplication::translate("huitou::ReportTables", "Customers"),
                     QCoreApplication::translate("huitou::ReportTables", "Orders")};
        const char *const groups[] = {"1", "2", "3", "4+"};
        for (int g = 0; g < 4; ++g) {
            const FrequencyGroup &f = r.byFrequency[size_t(g)];
            t.rowLabels << QCoreApplication::translate("huitou::ReportTables", "%1 purchase day(s)")
                               .arg(QString::fromLatin1(groups[g]));
            t.cells.push_back({f.aovFen ? yuan(*f.aovFen) : QVariant(), rate(f.itemsPerOrder), f.customers, f.orders});
        }
        t.moneyColumns = {0};
        break;
    }
    case ReportView::Retention:
        t.chart = ReportTable::Chart::Heatmap;
        t.percent = true;
        t.columns << QCoreApplication::translate("huitou::ReportTables", "Size");
        for (int k = 0; k < 12; ++k)
            t.columns << QCoreApplication::translate("huitou::ReportTables", "M+%1").arg(k);
        t.firstSeriesColumn = 1;
        t.seriesCount = 12;
        for (const CohortRetention &c : r.retention) {
            t.rowLabels << months::text(c.month);
            std::vector<QVariant> row{c.size};
            for (int k = 0; k < 12; ++k)
                row.push_back(k < int(c.months.size()) ? QVariant(c.months[size_t(k)]) : QVariant());
            t.cells.push_back(row);
        }
        for (int k = 1; k <= 12; ++k)
            t.shareColumns << k;
        break;
    case ReportView::Regions:
        t.chart = ReportTable::Chart::HorizontalBars;
        t.columns = {QCoreApplication::translate("huitou::ReportTables", "Customers"),
                     QCoreApplication::translate("huitou::ReportTables", "Revenue (¥)")};
        for (const RegionRow &row : r.regions) {
            t.rowLabels << row.province;
            t.cells.push_back({row.customers, yuan(row.revenueFen)});
        }
        t.moneyColumns = {1};
        break;
    default: break;
    }
    return t;
}

} // namespace huitou
