#include "ReportChart.h"

#include "ReportColors.h"
#include "ReportTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QHBarModelMapper>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QVBarModelMapper>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

namespace huitou::reportchart {

namespace {

QColor rowColor(const ReportTable &t, int row)
{
    if (t.view == ReportView::Lifecycle)
        return reportcolors::stage(row);
    if (t.view == ReportView::Tiers) {
        const auto tier = parseTier(t.rowKeys.value(row));
        return reportcolors::tier(tier ? int(*tier) : -1);
    }
    return reportcolors::series(row);
}

QColor columnColor(const ReportTable &t, int series)
{
    if (t.view == ReportView::StageRepurchase)
        return series < 4 ? reportcolors::stage(series) : QColor(0x80, 0x80, 0x80);
    return reportcolors::series(series);
}

// The value axis spans every plotted value of the table, from zero.
void addValueAxis(QChart *chart, QAbstractSeries *series, const ReportTable &t, Qt::Alignment alignment,
                  const ReportTableModel *model, const std::vector<int> &rows, bool stacked)
{
    auto *axis = new QValueAxis(chart);
    axis->setLabelFormat(t.percent ? QStringLiteral("%.0f%%") : QStringLiteral("%.0f"));
    chart->addAxis(axis, alignment);
    series->attachAxis(axis);
    double max = 0;
    for (const int r : rows) {
        double sum = 0;
        for (int c = t.firstSeriesColumn; c < t.firstSeriesColumn + t.seriesCount; ++c) {
            const double v = model->data(model->index(r, c)).toDouble();
            sum += v;
            max = std::max(max, stacked ? sum : v);
        }
    }
    // Nothing yet (a campaign's first day): an empty 0–10 % axis, not 0–1 % printed as 0% 0% 1% 1%.
    axis->setRange(0, max > 0 ? max * 1.08 : t.percent ? 10 : 1);
    axis->applyNiceNumbers();
    // Small counts would get ticks 0, 0.3, 0.6 … which "%.0f" prints as 0, 0, 1, 1, 1: step by whole units instead.
    const double step = (axis->max() - axis->min()) / std::max(1, axis->tickCount() - 1);
    if (t.percent && step < 1)
        axis->setLabelFormat(QStringLiteral("%.1f%%")); // small rates: 0.2%, 0.4% … not 0%, 0%, 1%
    if (!t.percent && step < 1) {
        axis->setRange(0, std::max(1.0, std::ceil(max)));
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(1);
    }
}

void categoryLabels(QBarCategoryAxis *axis, int count)
{
    axis->setTruncateLabels(false);
    if (count > 6)
        axis->setLabelsAngle(-60);
}

void tooltips(QBarSet *set)
{
    QObject::connect(set, &QBarSet::hovered, set, [set](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), QStringLiteral("%1: %2").arg(set->label()).arg(set->at(index)));
        else
            QToolTip::hideText();
    });
}

QChart *newChart(bool dark)
{
    auto *chart = new QChart;
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

std::vector<int> allRows(int count)
{
    std::vector<int> rows(size_t(std::max(0, count)));
    std::iota(rows.begin(), rows.end(), 0);
    return rows;
}

double seriesSum(const ReportTable &t, const ReportTableModel *model, int row)
{
    double sum = 0;
    for (int c = t.firstSeriesColumn; c < t.firstSeriesColumn + t.seriesCount; ++c)
        sum += model->data(model->index(row, c)).toDouble();
    return sum;
}

// A ranking drawn as horizontal bars: at most ten rows, read top-down in the
// table's order. Product feedback stacks returns on complaints (the table is
// ranked by their sum) and leaves out products with neither.
QChart *createRanking(ReportTableModel *model, bool dark)
{
    const ReportTable &t = model->table();
    const bool stacked = t.view == ReportView::ProductFeedback;
    std::vector<int> shown;
    for (int r = 0; r < model->rowCount() && shown.size() < 10; ++r)
        if (!stacked || seriesSum(t, model, r) > 0)
            shown.push_back(r);
    if (shown.empty())
        return nullptr;
    QChart *chart = newChart(dark);
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QHorizontalStackedBarSeries(chart))
                                       : new QHorizontalBarSeries(chart);
    // Qt draws the first category at the bottom: append the rows last first.
    QStringList categories;
    for (auto r = shown.rbegin(); r != shown.rend(); ++r)
        categories << t.rowLabels.value(*r);
    for (int s = 0; s < t.seriesCount; ++s) {
        const int column = t.firstSeriesColumn + s;
        auto *set = new QBarSet(t.columns.value(column), bars);
        for (auto r = shown.rbegin(); r != shown.rend(); ++r)
            set->append(model->data(model->index(*r, column)).toDouble());
        set->setColor(columnColor(t, s));
        bars->append(set);
        tooltips(set);
    }
    chart->addSeries(bars);
    auto *axisCategories = new QBarCategoryAxis(chart);
    axisCategories->append(categories);
    axisCategories->setTruncateLabels(false);
    chart->addAxis(axisCategories, Qt::AlignLeft);
    bars->attachAxis(axisCategories);
    addValueAxis(chart, bars, t, Qt::AlignBottom, model, shown, stacked);
    chart->legend()->setVisible(t.seriesCount > 1); // one series needs no legend
    return chart;
}

} // namespace

QChart *create(ReportTableModel *model, bool dark)
{
    const ReportTable &t = model->table();
    if (t.chart == ReportTable::Chart::Heatmap || t.cells.empty())
        return nullptr;
    if (t.chart == ReportTable::Chart::HorizontalBars && !t.seriesAreRows)
        return createRanking(model, dark);
    QChart *chart = newChart(dark);
    const int rows = model->rowCount();

    if (t.chart == ReportTable::Chart::Lines) {
        QStringList categories = t.rowLabels;
        auto *axisX = new QBarCategoryAxis(chart);
        axisX->append(categories);
        categoryLabels(axisX, int(categories.size()));
        chart->addAxis(axisX, Qt::AlignBottom);
        QLineSeries *first = nullptr;
        for (int s = 0; s < t.seriesCount; ++s) {
            const int column = t.firstSeriesColumn + s;
            auto *line = new QLineSeries(chart);
            line->setName(t.columns.value(column));
            auto *open = new QScatterSeries(chart);
            open->setMarkerSize(9);
            open->setBorderColor(columnColor(t, s));
            open->setColor(dark ? QColor(0x20, 0x20, 0x20) : Qt::white);
            for (int r = 0; r < rows; ++r) {
                const QVariant v = model->data(model->index(r, column));
                if (!v.isValid())
                    continue;
                line->append(r, v.toDouble());
                if (size_t(r) < t.open.size() && t.open[size_t(r)][size_t(column)])
                    open->append(r, v.toDouble());
            }
            QPen pen(columnColor(t, s), 2.2);
            if (t.view == ReportView::StageRepurchase && s == 4)
                pen.setStyle(Qt::DashLine);
            line->setPen(pen);
            line->setPointsVisible(true);
            chart->addSeries(line);
            line->attachAxis(axisX);
            QObject::connect(line, &QLineSeries::hovered, line, [line, categories](const QPointF &p, bool state) {
                if (state)
                    QToolTip::showText(QCursor::pos(),
                                       QStringLiteral("%1 · %2: %3")
                                           .arg(line->name(), categories.value(qRound(p.x())))
                                           .arg(p.y(), 0, 'f', 2));
            });
            if (!first) {
                first = line;
                addValueAxis(chart, line, t, Qt::AlignLeft, model, allRows(rows), false);
            } else {
                line->attachAxis(chart->axes(Qt::Vertical).first());
            }
            if (open->count() > 0) {
                chart->addSeries(open);
                open->attachAxis(axisX);
                open->attachAxis(chart->axes(Qt::Vertical).first());
                chart->legend()->markers(open).first()->setVisible(false);
            } else {
                delete open;
            }
        }
        return chart;
    }

    const bool stacked = t.chart == ReportTable::Chart::StackedBars;
    QAbstractBarSeries *bars = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries(chart))
                                       : new QBarSeries(chart);
    QStringList categories;
    if (t.seriesAreRows) {
        auto *mapper = new QHBarModelMapper(chart);
        mapper->setFirstBarSetRow(0);
        mapper->setLastBarSetRow(rows - 1);
        mapper->setFirstColumn(t.firstSeriesColumn);
        mapper->setColumnCount(t.seriesCount);
        mapper->setSeries(bars);
        mapper->setModel(model);
        for (int c = 0; c < t.seriesCount; ++c)
            categories << t.columns.value(t.firstSeriesColumn + c);
        for (int r = 0; r < bars->count(); ++r)
            bars->barSets().at(r)->setColor(rowColor(t, r));
    } else {
        auto *mapper = new QVBarModelMapper(chart);
        mapper->setFirstBarSetColumn(t.firstSeriesColumn);
        mapper->setLastBarSetColumn(t.firstSeriesColumn + t.seriesCount - 1);
        mapper->setFirstRow(0);
        mapper->setRowCount(rows);
        mapper->setSeries(bars);
        mapper->setModel(model);
        categories = t.rowLabels;
        for (int s = 0; s < bars->count(); ++s)
            bars->barSets().at(s)->setColor(columnColor(t, s));
    }
    for (QBarSet *set : bars->barSets())
        tooltips(set);
    chart->addSeries(bars);
    auto *axisCategories = new QBarCategoryAxis(chart);
    axisCategories->append(categories);
    chart->addAxis(axisCategories, Qt::AlignBottom);
    bars->attachAxis(axisCategories);
    addValueAxis(chart, bars, t, Qt::AlignLeft, model, allRows(rows), stacked);
    categoryLabels(axisCategories, int(categories.size()));
    return chart;
}

bool plotsAnything(const ReportTableModel *model)
{
    const ReportTable &t = model->table();
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = t.firstSeriesColumn; c < t.firstSeriesColumn + t.seriesCount; ++c)
            if (model->data(model->index(r, c)).toDouble() != 0)
                return true;
    return false;
}

} // namespace huitou::reportchart
