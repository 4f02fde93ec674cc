#pragma once

#include "ShopReport.h"

#include <QList>
#include <QString>

#include <optional>

namespace huitou {

// The monthly report's headline figures for month m (as of its last day)
// beside the month before.
struct Kpi
{
    enum class Kind { Count, Money, Rate };
    QString name;
    Kind kind = Kind::Count;
    std::optional<double> value, previous; // money in yuan, rates as fractions

    // "1,234", "¥12.50", "12.3%"; "—" when absent.
    static QString format(Kind kind, const std::optional<double> &v);
    // Change from the previous month: "+12", "+¥3.00", "+1.2 pt".
    QString change() const;
};

QList<Kpi> monthlyKpis(const ShopReport &current, const ShopReport &previous);

} // namespace huitou
