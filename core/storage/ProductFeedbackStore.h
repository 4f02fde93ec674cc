#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <map>

namespace huitou {

// The raw figures of one product (商家编码, else title) over a period, as the
// store holds them; core/feedback/ProductFeedback ranks and shows them.
struct ProductFigures
{
    QString key; // 商家编码 when the item lines carry one, else the title
    QString code; // 商家编码 (empty when the key is a title)
    QString title; // the latest title sold under the key
    qint64 buyers = 0, units = 0, lines = 0;
    qint64 returns = 0, complaints = 0, reviewEntries = 0;
    qint64 reviews = 0, ratingSum = 0;
    QHash<QString, qint64> reasons; // entries of every kind by stored reason code
};

// Product feedback (DESIGN.md "Product feedback"), SQL side.
// - Sales: item lines of valid orders paid in [from, to]: distinct buyers,
//   units (购买数量) and lines.
// - Entries: confirmed, not deleted reason entries logged in [from, to]. An
//   entry tied to an item line counts for that line's product; one tied only
//   to an order counts once for every product on that order.
// - Reviews: reviews of orders, reviewed in [from, to], count once for every
//   product on the reviewed order (the reviews file names orders, not lines).
class ProductFeedbackStore
{
public:
    explicit ProductFeedbackStore(QSqlDatabase db);
    // Every product with a sale, an entry or a review in the period, by key.
    std::map<QString, ProductFigures> figures(const QDate &from, const QDate &to, QString *error = nullptr) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
