#pragma once

#include "ShopReport.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace huitou {

// The manager's report views, each one table that feeds both its chart and
// its grid (and the CSV/PDF exports): reshaped from the ShopReport, nothing
// recomputed.
enum class ReportView {
    Lifecycle,
    NewReturning,
    SecondPurchase,
    StageRepurchase,
    Tiers,
    RfmSegments,
    RfHeatmap,
    Intervals,
    Frequency,
    Retention,
    Regions,
    Count,
    CampaignResults, // not one of the shop report's views: built by outreach/CampaignTables
    // The voice of the customer (core/feedback builds these tables from the store, not from the ShopReport).
    TopComplaints,
    TopReturns,
    TopReviews,
    ReasonTrend,
    SurveyResults,
    ProductFeedback
};

struct ReportTable
{
    enum class Chart { StackedBars, GroupedBars, Lines, HorizontalBars, Heatmap };
    ReportView view = ReportView::Lifecycle;
    QString title;
    QString note; // e.g. interval percentiles, what an open cohort means
    QString hint; // how to use the chart on screen ("double-click a bar"): never printed
    Chart chart = Chart::GroupedBars;
    QStringList columns;
    QStringList rowLabels;
    QStringList rowKeys; // stage / tier keys where rows are stages or tiers
    std::vector<std::vector<QVariant>> cells; // null QVariant: no value (rate with no denominator)
    int firstSeriesColumn = 0; // the chart plots columns [first, first + count)
    int seriesCount = 1;
    bool seriesAreRows = false; // sets are rows (one colour per stage / tier)
    bool percent = false; // series values are fractions shown as %
    QList<int> shareColumns; // columns holding fractions, shown as %
    QList<int> moneyColumns; // columns holding yuan
    std::vector<std::vector<bool>> open; // per cell: an incomplete cohort window

    static QString titleOf(ReportView view);
    // Column headers as shown: "(%)" added to percentage series.
    QString columnHeader(int column) const;
    // A cell as shown in tables and CSV: percentages ×100, money with two decimals.
    QVariant displayValue(int row, int column) const;
    // The same cell as text for people (grid, PDF): money with two decimals
    // and grouping, percentages with one decimal, counts grouped (format::).
    QString displayText(int row, int column) const;
    bool isSeriesColumn(int column) const
    {
        return column >= firstSeriesColumn && column < firstSeriesColumn + seriesCount;
    }
    // UTF-8 CSV (with BOM, for Excel) of the table as shown.
    QByteArray toCsv() const;
};

ReportTable buildReportTable(const ShopReport &report, ReportView view);

} // namespace huitou
