#include "ShopReport.h"

namespace huitou {

namespace months {

int of(const QDate &d)
{
    return d.year() * 12 + d.month() - 1;
}

QDate first(int month)
{
    return QDate(month / 12, month % 12 + 1, 1);
}

QDate last(int month)
{
    const QDate f = first(month);
    return QDate(f.year(), f.month(), f.daysInMonth());
}

QString text(int month)
{
    return first(month).toString(QStringLiteral("yyyy-MM"));
}

} // namespace months
} // namespace huitou
