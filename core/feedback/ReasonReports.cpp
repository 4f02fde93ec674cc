#include "ReasonReports.h"

#include "storage/ReasonStore.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace huitou {

namespace {

QHash<QString, qint64> folded(const Taxonomy &taxonomy, const QHash<QString, qint64> &counts)
{
    QHash<QString, qint64> out;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        out[taxonomy.effectiveCode(it.key())] += it.value();
    return out;
}

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

QDate lastOfMonth(const QDate &d)
{
    return firstOfMonth(d).addMonths(1).addDays(-1);
}

} // namespace

std::vector<ReasonCount> ReasonReports::rank(const Taxonomy &taxonomy, const QHash<QString, qint64> &countsRaw,
                                             const QHash<QString, qint64> &lastRaw, int limit)
{
    const QHash<QString, qint64> counts = folded(taxonomy, countsRaw);
    const QHash<QString, qint64> last = folded(taxonomy, lastRaw);
    std::vector<ReasonCount> rows;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() > 0)
            rows.push_back({it.key(), it.value(), last.value(it.key())});
    std::sort(rows.begin(), rows.end(), [&taxonomy](const ReasonCount &a, const ReasonCount &b) {
        if (a.count != b.count)
            return a.count > b.count;
        const int oa = taxonomy.orderOf(a.code), ob = taxonomy.orderOf(b.code);
        if (oa != ob)
            return oa < ob;
        return a.code < b.code;
    });
    if (int(rows.size()) > limit)
        rows.resize(size_t(limit));
    return rows;
}

TopReasons ReasonReports::top(QSqlDatabase db, const QString &kind, const QDate &day)
{
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    ReasonStore store(db);
    const QDate previous = firstOfMonth(day).addMonths(-1);
    const auto now = store.countsByReason(kind, firstOfMonth(day), lastOfMonth(day));
    const auto before = store.countsByReason(kind, previous, lastOfMonth(previous));
    TopReasons t;
    t.kind = kind;
    t.month = day.toString(QStringLiteral("yyyy-MM"));
    for (qint64 n : now)
        t.total += n;
    for (qint64 n : before)
        t.lastMonthTotal += n;
    t.rows = rank(taxonomy, now, before);
    return t;
}

ReasonTrend ReasonReports::trend(QSqlDatabase db, const QDate &day)
{
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    ReasonTrend t;
    const QDate first = firstOfMonth(day).addMonths(-11);
    for (int k = 0; k < 12; ++k)
        t.months << first.addMonths(k).toString(QStringLiteral("yyyy-MM"));
    for (const ReasonCategory &c : taxonomy.categories)
        t.categories << c.code;
    const auto byMonth = ReasonStore(db).countsByMonth(QString(), first, lastOfMonth(day));
    t.counts.assign(12, std::vector<qint64>(size_t(t.categories.size()), 0));
    for (int m = 0; m < 12; ++m) {
        const auto counts = byMonth.value(t.months[m]);
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            const Reason *r = taxonomy.reason(taxonomy.effectiveCode(it.key()));
            const int c = r ? int(t.categories.indexOf(r->category)) : -1;
            if (c >= 0)
                t.counts[size_t(m)][size_t(c)] += it.value();
        }
    }
    return t;
}

QString ReasonReports::kindName(const QString &kind)
{
    if (kind == QLatin1String("complaint"))
        return QCoreApplication::translate("huitou::ReasonReports", "Complaint");
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("huitou::ReasonReports", "Return");
    if (kind == QLatin1String("review"))
        return QCoreApplication::translate("huitou::ReasonReports", "Review below 5 stars");
    return kind;
}

ReportTable ReasonReports::topTable(const Taxonomy &taxonomy, const TopReasons &top)
{
    ReportTable t;
    t.view = top.kind == QLatin1String("complaint") ? ReportView::TopComplaints
        : top.kind == QLatin1String("return")       ? ReportView::TopReturns
                                                    : ReportView::TopReviews;
    t.title = ReportTable::titleOf(t.view);
    t.chart = ReportTable::Chart::GroupedBars;
    t.columns = {QCoreApplication::translate("huitou::ReasonReports", "Category"),
                 QCoreApplication::translate("huitou::ReasonReports", "This month"),
                 QCoreApplication::translate("huitou::ReasonReports", "Last month")};
    t.firstSeriesColumn = 1;
    t.seriesCount = 2;
    for (const ReasonCount &r : top.rows) {
        const Reason *reason = taxonomy.reason(r.code);
        t.rowLabels << taxonomy.displayName(r.code);
        t.rowKeys << r.code;
        t.cells.push_back({reason ? taxonomy.categoryDisplayName(reason->category) : QString(), r.count, r.lastMonth});
    }
    t.note = QCoreApplication::translate("huitou::ReasonReports",
                                         "%1 entries in %2 (%3 the month before). Ties follow the taxonomy's order.")
                 .arg(top.total)
                 .arg(top.month)
                 .arg(top.lastMonthTotal);
    if (top.rows.empty())
        t.note = QCoreApplication::translate("huitou::ReasonReports", "No entries in %1.").arg(top.month);
    return t;
}

ReportTable ReasonReports::trendTable(const Taxonomy &taxonomy, const ReasonTrend &trend)
{
    ReportTable t;
    t.view = ReportView::ReasonTrend;
    t.title = ReportTable::titleOf(t.view);
    t.chart = ReportTable::Chart::Lines;
    for (const QString &c : trend.categories)
        t.columns << taxonomy.categoryDisplayName(c);
    t.firstSeriesColumn = 0;
    t.seriesCount = int(trend.categories.size());
    for (int m = 0; m < trend.months.size(); ++m) {
        t.rowLabels << trend.months[m];
        t.rowKeys << trend.months[m];
        std::vector<QVariant> row;
        for (qint64 n : trend.counts[size_t(m)])
            row.push_back(n);
        t.cells.push_back(row);
    }
    t.note = QCoreApplication::translate("huitou::ReasonReports",
                                         "Complaint, return and review entries per month, by reason category.");
    return t;
}

} // namespace huitou
