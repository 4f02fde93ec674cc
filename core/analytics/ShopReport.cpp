#include "ShopReport.h"

namespace huitou {

QString stageKey(Stage s)
{
    static const char *const keys[] = {"active", "silent", "sleeping", "lost"};
    return QString::fromLatin1(keys[int(s)]);
}

QString tierKey(Tier t)
{
    static const char *const keys[] = {"regular", "senior", "vip", "supreme_vip"};
    return QString::fromLatin1(keys[int(t)]);
}

QString segmentKey(RfmSegment s)
{
    static const char *const keys[] = {"important_value", "important_develop", "important_retain",
                                       "important_winback", "general_value",   "general_develop",
                                       "general_retain",  "general_winback"};
    return QString::fromLatin1(keys[int(s)]);
}

const std::array<Stage, 4> &allStages()
{
    static const std::array<Stage, 4> v{Stage::Active, Stage::Silent, Stage::Sleeping, Stage::Lost};
    return v;
}

const std::array<Tier, 4> &allTiers()
{
    static const std::array<Tier, 4> v{Tier::Regular, Tier::Senior, Tier::Vip, Tier::SupremeVip};
    return v;
}

const std::array<RfmSegment, 8> &allSegments()
{
    static const std::array<RfmSegment, 8> v{
        RfmSegment::ImportantValue, RfmSegment::ImportantDevelop, RfmSegment::ImportantRetain,
        RfmSegment::ImportantWinback, RfmSegment::GeneralValue, RfmSegment::GeneralDevelop,
        RfmSegment::GeneralRetain, RfmSegment::GeneralWinback};
    return v;
}

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
