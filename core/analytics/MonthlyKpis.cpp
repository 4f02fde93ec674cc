#include "MonthlyKpis.h"

#include "format/Format.h"

#include "Money.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace huitou {

namespace {

std::optional<double> rate(const Rate &r)
{
    return r;
}

const ReturningShare *lastMonth(const ShopReport &r)
{
    return r.returningShare.empty() ? nullptr : &r.returningShare.back();
}

} // namespace

QString Kpi::format(Kind kind, const std::optional<double> &v)
{
    if (!v)
        return QStringLiteral("—");
    switch (kind) {
    case Kind::Count: return format::integer(qint64(*v));
    case Kind::Money: return format::money(std::llround(*v * 100.0));
    case Kind::Rate: return format::percent(*v);
    }
    return {};
}

QString Kpi::change() const
{
    if (!value || !previous)
        return QStringLiteral("—");
    const double d = *value - *previous;
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("−") : QString();
    switch (kind) {
    case Kind::Count: return sign + format::integer(qint64(std::abs(d)));
    case Kind::Money: return sign + format::money(std::llround(std::abs(d) * 100.0));
    case Kind::Rate:
        return sign + format::decimal(std::abs(d) * 100.0, 1)
            + QCoreApplication::translate("huitou::MonthlyKpis", " pt");
    }
    return {};
}

QList<Kpi> monthlyKpis(const ShopReport &c, const ShopReport &p)
{
    QList<Kpi> out;
    auto add = [&out](const QString &name, Kpi::Kind kind, std::optional<double> v, std::optional<double> prev) {
        out.append(Kpi{name, kind, v, prev});
    };
    const ReturningShare *cm = lastMonth(c), *pm = lastMonth(p);
    auto monthValue = [](const ReturningShare *m, auto get) -> std::optional<double> {
        return m ? std::optional<double>(get(*m)) : std::nullopt;
    };
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Buyers in the month"), Kpi::Kind::Count,
        monthValue(cm, [](const ReturningShare &m) { return double(m.buyers); }),
        monthValue(pm, [](const ReturningShare &m) { return double(m.buyers); }));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "New buyers"), Kpi::Kind::Count,
        monthValue(cm, [](const ReturningShare &m) { return double(m.buyers - m.returningBuyers); }),
        monthValue(pm, [](const ReturningShare &m) { return double(m.buyers - m.returningBuyers); }));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Returning buyers' share"), Kpi::Kind::Rate,
        cm ? rate(cm->returning) : std::nullopt, pm ? rate(pm->returning) : std::nullopt);
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Revenue in the month"), Kpi::Kind::Money,
        monthValue(cm, [](const ReturningShare &m) { return money::yuan(m.revenueFen); }),
        monthValue(pm, [](const ReturningShare &m) { return money::yuan(m.revenueFen); }));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Customers (all time)"), Kpi::Kind::Count,
        double(c.customers), double(p.customers));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Active customers"), Kpi::Kind::Count,
        double(c.lifecycle[0][0] + c.lifecycle[0][1]), double(p.lifecycle[0][0] + p.lifecycle[0][1]));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Repeat purchase rate (365 days)"), Kpi::Kind::Rate,
        rate(c.repeatPurchaseRate), rate(p.repeatPurchaseRate));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Reactivation of sleeping and lost"), Kpi::Kind::Rate,
        c.stageRepurchase.empty() ? std::nullopt : rate(c.stageRepurchase.back().reactivation),
        p.stageRepurchase.empty() ? std::nullopt : rate(p.stageRepurchase.back().reactivation));
    add(QCoreApplication::translate("huitou::MonthlyKpis", "Active customers who bought again"), Kpi::Kind::Rate,
        c.stageRepurchase.empty() ? std::nullopt : rate(c.stageRepurchase.back().byStage[0]),
        p.stageRepurchase.empty() ? std::nullopt : rate(p.stageRepurchase.back().byStage[0]));
    return out;
}

} // namespace huitou
