#include "Vocabulary.h"

#include <QCoreApplication>

namespace huitou {

namespace {

const char *const kStageKeys[] = {"active", "silent", "sleeping", "lost"};
const char *const kTypeKeys[] = {"new", "returning"};
const char *const kTierKeys[] = {"regular", "senior", "vip", "supreme_vip"};
const char *const kSegmentKeys[] = {"important_value", "important_develop", "important_retain", "important_winback",
                                    "general_value",   "general_develop",   "general_retain",   "general_winback"};
const char *const kConsentKeys[] = {"unknown", "consented", "refused"};

class Names
{
    Q_DECLARE_TR_FUNCTIONS(huitou::Vocabulary)
};

template <typename Enum, size_t N>
std::optional<Enum> parse(const char *const (&keys)[N], const QString &key)
{
    for (size_t i = 0; i < N; ++i)
        if (key == QLatin1String(keys[i]))
            return Enum(i);
    return std::nullopt;
}

} // namespace

QString stageKey(Stage s)
{
    return QString::fromLatin1(kStageKeys[int(s)]);
}
QString customerTypeKey(CustomerType t)
{
    return QString::fromLatin1(kTypeKeys[int(t)]);
}
QString tierKey(Tier t)
{
    return QString::fromLatin1(kTierKeys[int(t)]);
}
QString segmentKey(RfmSegment s)
{
    return QString::fromLatin1(kSegmentKeys[int(s)]);
}
QString consentKey(Consent c)
{
    return QString::fromLatin1(kConsentKeys[int(c)]);
}

std::optional<Stage> parseStage(const QString &key)
{
    return parse<Stage>(kStageKeys, key);
}
std::optional<CustomerType> parseCustomerType(const QString &key)
{
    return parse<CustomerType>(kTypeKeys, key);
}
std::optional<Tier> parseTier(const QString &key)
{
    return parse<Tier>(kTierKeys, key);
}
std::optional<RfmSegment> parseSegment(const QString &key)
{
    return parse<RfmSegment>(kSegmentKeys, key);
}
std::optional<Consent> parseConsent(const QString &key)
{
    return parse<Consent>(kConsentKeys, key);
}

QString stageName(Stage s)
{
    switch (s) {
    case Stage::Active: return Names::tr("Active");
    case Stage::Silent: return Names::tr("Silent");
    case Stage::Sleeping: return Names::tr("Sleeping");
    case Stage::Lost: return Names::tr("Lost");
    }
    return {};
}

QString customerTypeName(CustomerType t)
{
    return t == CustomerType::New ? Names::tr("New") : Names::tr("Returning");
}

QString tierName(Tier t)
{
    switch (t) {
    case Tier::Regular: return Names::tr("Regular member");
    case Tier::Senior: return Names::tr("Senior member");
    case Tier::Vip: return Names::tr("VIP");
    case Tier::SupremeVip: return Names::tr("Supreme VIP");
    }
    return {};
}

QString segmentName(RfmSegment s)
{
    switch (s) {
    case RfmSegment::ImportantValue: return Names::tr("Important value");
    case RfmSegment::ImportantDevelop: return Names::tr("Important to develop");
    case RfmSegment::ImportantRetain: return Names::tr("Important to retain");
    case RfmSegment::ImportantWinback: return Names::tr("Important to win back");
    case RfmSegment::GeneralValue: return Names::tr("General value");
    case RfmSegment::GeneralDevelop: return Names::tr("General to develop");
    case RfmSegment::GeneralRetain: return Names::tr("General to retain");
    case RfmSegment::GeneralWinback: return Names::tr("General to win back");
    }
    return {};
}

QString consentName(Consent c)
{
    switch (c) {
    case Consent::Consented: return Names::tr("Consented");
    case Consent::Refused: return Names::tr("Refused");
    case Consent::Unknown: break;
    }
    return Names::tr("Unknown");
}

const std::array<Stage, 4> &allStages()
{
    static const std::array<Stage, 4> v{Stage::Active, Stage::Silent, Stage::Sleeping, Stage::Lost};
    return v;
}

const std::array<CustomerType, 2> &allCustomerTypes()
{
    static const std::array<CustomerType, 2> v{CustomerType::New, CustomerType::Returning};
    return v;
}

const std::array<Tier, 4> &allTiers()
{
    static const std::array<Tier, 4> v{Tier::Regular, Tier::Senior, Tier::Vip, Tier::SupremeVip};
    return v;
}

const std::array<RfmSegment, 8> &allSegments()
{
    static const std::array<RfmSegment, 8> v{RfmSegment::ImportantValue,  RfmSegment::ImportantDevelop,
                                             RfmSegment::ImportantRetain, RfmSegment::ImportantWinback,
                                             RfmSegment::GeneralValue,    RfmSegment::GeneralDevelop,
                                             RfmSegment::GeneralRetain,   RfmSegment::GeneralWinback};
    return v;
}

const std::array<Consent, 3> &allConsents()
{
    static const std::array<Consent, 3> v{Consent::Unknown, Consent::Consented, Consent::Refused};
    return v;
}

} // namespace huitou
