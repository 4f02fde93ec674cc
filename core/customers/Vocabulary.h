#pragma once

#include <QString>

#include <array>
#include <optional>

namespace huitou {

// What a customer can be, once for the whole program. Each value has a
// stable English key (JSON, CSV, CLI options, the database) and a parser;
// the display names live in ui/common/Labels (one translation context).

enum class Stage { Active, Silent, Sleeping, Lost };
enum class CustomerType { New, Returning };
enum class Tier { Regular, Senior, Vip, SupremeVip };
enum class RfmSegment {
    ImportantValue, ImportantDevelop, ImportantRetain, ImportantWinback,
    GeneralValue, GeneralDevelop, GeneralRetain, GeneralWinback
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

// Every value, in display order.
const std::array<Stage, 4> &allStages();
const std::array<CustomerType, 2> &allCustomerTypes();
const std::array<Tier, 4> &allTiers();
const std::array<RfmSegment, 8> &allSegments();
const std::array<Consent, 3> &allConsents();

} // namespace huitou
