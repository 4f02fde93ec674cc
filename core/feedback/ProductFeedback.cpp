#include "ProductFeedback.h"

#include "storage/ProductFeedbackStore.h"
#include "storage/TaxonomyStore.h"

#include <QCoreApplication>

#include <algorithm>

namespace huitou {

ProductFeedbackResult ProductFeedback::compute(QSqlDatabase db, const QDate &from, const QDate &to, QString *error)
{
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    ProductFeedbackResult result;
    result.from = from;
    result.to = to;
    for (const auto &[key, f] : ProductFeedbackStore(db).figures(from, to, error)) {
        ProductFeedbackRow row;
        row.key = key;
        row.code = f.code;
        row.title = f.title.isEmpty() ? key : f.title;
        row.buyers = f.buyers;
        row.units = f.units;
        row.returns = f.returns;
        row.complaints = f.complaints;
        row.reviews = f.reviews;
        if (f.reviews > 0)
            row.meanRating = double(f.ratingSum) / double(f.reviews);
        row.topReasons = ReasonReports::rank(taxonomy, f.reasons, {}, 3);
        result.rows.push_back(std::move(row));
    }
    std::sort(result.rows.begin(), result.rows.end(), [](const ProductFeedbackRow &a, const ProductFeedbackRow &b) {
        const qint64 ea = a.returns + a.complaints, eb = b.returns + b.complaints;
        if (ea != eb)
            return ea > eb;
        if (a.buyers != b.buyers)
            return a.buyers > b.buyers;
        return a.key < b.key;
    });
    return result;
}

ProductFeedbackResult ProductFeedback::month(QSqlDatabase db, const QDate &day, QString *error)
{
    const QDate first(day.year(), day.month(), 1);
    return compute(db, first, first.addMonths(1).addDays(-1), error);
}

QString ProductFeedback::reasonsText(const Taxonomy &taxonomy, const std::vector<ReasonCount> &reasons)
{
    QStringList parts;
    for (const ReasonCount &r : reasons)
        parts << QStringLiteral("%1 ×%2").arg(taxonomy.displayName(r.code)).arg(r.count);
    return parts.join(tr("; ", "list separator"));
}

ReportTable ProductFeedback::table(const Taxonomy &taxonomy, const ProductFeedbackResult &result, int limit)
{
    ReportTable t;
    t.view = ReportView::ProductFeedback;
    t.title = ReportTable::titleOf(t.view);
    t.chart = ReportTable::Chart::HorizontalBars;
    t.columns = {tr("Merchant code"), tr("Buyers"),  tr("Units"),       tr("Refunded lines"), tr("Returns"),
                 tr("Complaints"),    tr("Reviews"), tr("Mean rating"), tr("Top reasons")};
    t.firstSeriesColumn = 4; // returns and complaints, per product
    t.seriesCount = 2;
    const int shown = limit > 0 ? std::min(limit, int(result.rows.size())) : int(result.rows.size());
    for (int r = 0; r < shown; ++r) {
        const ProductFeedbackRow &p = result.rows[size_t(r)];
        t.rowLabels << p.title;
        t.rowKeys << p.key;
        t.cells.push_back({p.code, p.buyers, p.units, p.refundedLines ? QVariant(*p.refundedLines) : QVariant(),
                           p.returns, p.complaints, p.reviews, p.meanRating ? QVariant(*p.meanRating) : QVariant(),
                           reasonsText(taxonomy, p.topReasons)});
    }
    const QString period = result.from.toString(Qt::ISODate) + QStringLiteral(" – ") + result.to.toString(Qt::ISODate);
    if (result.rows.empty()) {
        t.note = tr("No product sold, returned, complained about or reviewed in %1.").arg(period);
        return t;
    }
    QString note = tr("%1: products (商家编码, else title) by returns + complaints, then buyers. An entry or review "
                      "tied to an order counts for every product on it.")
                       .arg(period);
    // Sentences follow each other with a space, except after a Chinese full stop.
    const auto append = [&note](const QString &sentence) {
        note += (note.endsWith(QChar(0x3002)) ? QString() : QStringLiteral(" ")) + sentence;
    };
    if (!result.refundData)
        append(tr("Refunded lines: no refund data (the item reports imported carry no 退款状态)."));
    if (shown < int(result.rows.size()))
        append(tr("The first %1 of %2 products.").arg(shown).arg(result.rows.size()));
    t.note = note;
    return t;
}

} // namespace huitou
