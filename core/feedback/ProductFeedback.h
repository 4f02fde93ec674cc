#pragma once

#include "ReasonReports.h"
#include "Taxonomy.h"
#include "analytics/ReportTables.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace huitou {

struct ProductFeedbackRow
{
    QString key, code, title;
    qint64 buyers = 0, units = 0;
    std::optional<qint64> refundedLines; // none: the store holds no line-level refund data
    qint64 returns = 0, complaints = 0, reviews = 0;
    std::optional<double> meanRating; // none: no review in the period
    std::vector<ReasonCount> topReasons; // at most three, every kind together
};

struct ProductFeedbackResult
{
    QDate from, to;
    bool refundData = false; // the item reports imported so far carry no 退款状态
    std::vector<ProductFeedbackRow> rows;
};

// The manager's per-product view (DESIGN.md "Product feedback"): buyers,
// units, refunded lines, return and complaint entries, mean review rating and
// top reasons of each product (商家编码, else title) over a period. What
// counts for a product is written at ProductFeedbackStore. Rows are ordered
// by returns + complaints, then buyers (descending), then key.
class ProductFeedback
{
public:
    static ProductFeedbackResult compute(QSqlDatabase db, const QDate &from, const QDate &to, QString *error = nullptr);
    // The calendar month holding DAY.
    static ProductFeedbackResult month(QSqlDatabase db, const QDate &day, QString *error = nullptr);
    // LIMIT > 0 keeps the first LIMIT rows (the note says how many were left out).
    static ReportTable table(const Taxonomy &taxonomy, const ProductFeedbackResult &result, int limit = 0);
    // "尺码偏大 ×3、色差 ×1"
    static QString reasonsText(const Taxonomy &taxonomy, const std::vector<ReasonCount> &reasons);

    Q_DECLARE_TR_FUNCTIONS(huitou::ProductFeedback)
};

} // namespace huitou
