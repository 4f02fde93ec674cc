#pragma once

#include <QString>

#include <array>
#include <optional>

namespace huitou {

// What a customer can be, once for the whole program. Each value has a
// stable English key (JSON, CSV, CLI options, the database), a parser and a
// display name in the user's language (translation context
// huitou::Vocabulary, the only place these names are written).

enum class Stage { Active, Silent, Sleeping, Lost };
enum class CustomerType { New, Returning };
enum class Tier { Regular, Senior, Vip, SupremeVip };
enum class RfmSegment {
    ImportantValue,
    ImportantDevelop,
    ImportantRetain,
    ImportantWinback,
    GeneralValue,
    GeneralDevelop,
    GeneralRetain,
    GeneralWinback
};
// Marketing consent kept in the customer's profile.
enum class Consent { Unknown, Consented, Refused };

QString stageKey(Stage s);
QString customerTypeKey(CustomerType t);
QString tierKey(Tier t);
QString segmentKey(RfmSegment s);
QString consentKey(Consent c);

// Parsers: nullopt for a key that is not in the vocabulary.
std::optional<Stage> parseStage(const QString &key);
std::optional<CustomerType> parseCustomerType(const QString &key);
std::optional<Tier> parseTier(const QString &key);
std::optional<RfmSegment> parseSegment(const QString &key);
std::optional<Consent> parseConsent(const QString &key);

// Display names ("Active", "Supreme VIP", …), translated.
QString stageName(Stage s);
QString customerTypeName(CustomerType t);
QString tierName(Tier t);
QString segmentName(RfmSegment s);
QString consentName(Consent c);

// Every value, in display order.
const std::array<Stage, 4> &allStages();
const std::array<CustomerType, 2> &allCustomerTypes();
const std::array<Tier, 4> &allTiers();
const std::array<RfmSegment, 8> &allSegments();
const std::array<Consent, 3> &allConsents();

} // namespace huitou
