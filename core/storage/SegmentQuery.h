#pragma once

#include "AnalyticsStore.h"
#include "CustomerStore.h"
#include "customers/CustomerColumn.h"
#include "customers/Segment.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <vector>

namespace huitou {

// The one way to ask the store "which customers": a Segment turned into SQL
// over customers, their stored figures, contacts, tags, profiles and
// orders. The customer list, huitou-cli customers and every feature that
// selects customers go through it; a new condition is added to Segment and
// here, nowhere else.
class SegmentQuery
{
public:
    SegmentQuery(QSqlDatabase db, Segment segment);

    // The number of matching customers; -1 on error.
    qint64 count(QString *error) const;
    // Matching ids in SORT order (ties by id in the same direction; customers
    // without figures sort as NULL: last descending, first ascending). Sorted
    // by a figure and not searching, it walks the figures' indexes.
    std::vector<qint64> ids(const CustomerSort &sort, QString *error) const;
    // Matching ids in ascending id order (no sort in SQL: the cheapest list,
    // for export audiences and campaigns).
    std::vector<qint64> idsById(QString *error) const;
    // One page of the same order.
    std::vector<qint64> ids(const CustomerSort &sort, qint64 offset, qint64 limit, QString *error) const;
    // Calls VISIT for every matching customer in customer-key order with her
    // contacts and stored figures (nullptr when she has none); stops when
    // VISIT returns false.
    bool forEach(const std::function<bool(const CustomerContact &, const CustomerFigures *)> &visit,
                 QString *error) const;

    // The figure conditions of SEGMENT (and has-a-paid-order) applied to
    // figures computed in memory for another day than the stored one; M is
    // nullptr for a customer without figures. Read off the same condition
    // list as the SQL, so a customer whose stored figures equal M is
    // selected by the SQL exactly when this holds. The other conditions
    // (tags, profile, contact) stay in SQL: run segment.withoutFigures().
    static bool matchesFigures(const Segment &segment, const CustomerFigures *m);

private:
    bool appendIds(const QString &statement, const QVariantList &values, std::vector<qint64> *out,
                   QString *error) const;

    QSqlDatabase m_db;
    Segment m_segment;
};

} // namespace huitou
