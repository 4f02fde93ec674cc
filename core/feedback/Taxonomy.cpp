#include "Taxonomy.h"

#include <QCoreApplication>
#include <QLocale>

namespace huitou {

const Reason *Taxonomy::reason(const QString &code) const
{
    for (const Reason &r : reasons)
        if (r.code == code)
            return &r;
    return nullptr;
}

const ReasonCategory *Taxonomy::category(const QString &code) const
{
    for (const ReasonCategory &c : categories)
        if (c.code == code)
            return &c;
    return nullptr;
}

QString Taxonomy::effectiveCode(const QString &code) const
{
    QString current = code;
    for (int hops = 0; hops < reasons.size(); ++hops) {
        const Reason *r = reason(current);
        if (!r || r->mergedInto.isEmpty())
            break;
        current = r->mergedInto;
    }
    return current;
}

int Taxonomy::orderOf(const QString &code) const
{
    const Reason *r = reason(code);
    if (!r)
        return 1 << 30;
    const ReasonCategory *c = category(r->category);
    return (c ? c->position : 1 << 20) * 10000 + r->position;
}

bool Taxonomy::chineseUi()
{
    // As the tag dictionary: Chinese names on a Chinese locale (Language::apply sets the default locale).
    return QLocale().language() == QLocale::Chinese;
}

QString Taxonomy::displayName(const QString &code) const
{
    const Reason *r = reason(code);
    if (!r)
        return code;
    return chineseUi() || r->nameEn.isEmpty() ? r->nameZh : r->nameEn;
}

QString Taxonomy::categoryDisplayName(const QString &code) const
{
    const ReasonCategory *c = category(code);
    if (!c)
        return code;
    return chineseUi() || c->nameEn.isEmpty() ? c->nameZh : c->nameEn;
}

QList<Reason> Taxonomy::activeReasons() const
{
    QList<Reason> out;
    for (const Reason &r : reasons)
        if (r.mergedInto.isEmpty())
            out << r;
    return out;
}

} // namespace huitou
