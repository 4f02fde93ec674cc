#pragma once

#include "Vocabulary.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace huitou {

// One effective tag (a manual tag hides the automatic ones of its group).
struct TagRef
{
    QString group, value;
    bool operator==(const TagRef &o) const { return group == o.group && value == o.value; }
};

// Inclusive bounds; an unset bound is open.
struct Range
{
    std::optional<qint64> min, max;
    bool isSet() const { return min.has_value() || max.has_value(); }
    bool contains(qint64 v) const { return (!min || v >= *min) && (!max || v <= *max); }
    bool operator==(const Range &o) const { return min == o.min && max == o.max; }
};

// Inclusive dates; an invalid date is open.
struct DateRange
{
    QDate from, to;
    bool isSet() const { return from.isValid() || to.isValid(); }
    bool contains(const QDate &d) const { return (!from.isValid() || d >= from) && (!to.isValid() || d <= to); }
    bool operator==(const DateRange &o) const { return from == o.from && to == o.to; }
};

// "Which customers": every condition a list, an export or a campaign can
// put on a customer. Empty lists and unset ranges mean "any"; the
// conditions are ANDed; within one list the values are ORed. Run it with
// storage/SegmentQuery; save it with toJson().
struct Segment
{
    // Nick, receiver name, phone digits (3 or more) or an exact order number.
    QString search;
    // Figures of the stored as-of date (customers without valid orders have
    // none, so any of these leaves them out).
    QList<Stage> stages;
    QList<CustomerType> types;
    QList<Tier> tiers;
    QList<RfmSegment> rfmSegments;
    Range frequency; // F: valid orders, same-day orders counted once
    Range monetaryFen; // M: net spend in fen
    Range recency; // R: days since the last purchase
    DateRange firstPurchase, lastPurchase;
    // Effective tags: at least one of tagsAny, every one of tagsAll, none of tagsNone.
    QList<TagRef> tagsAny, tagsAll, tagsNone;
    QStringList provinces; // of the contact address shown in the list
    int birthdayMonth = 0; // 1–12; 0: any
    // Bought (in a valid order) an item whose 商家编码 is productCode and
    // whose title contains productTitle (each when not empty).
    QString productCode, productTitle;
    QList<Consent> consents; // no profile counts as unknown
    std::optional<bool> hasPaidOrder; // has figures (a valid order) or not
    // The day the figures must be for; invalid: whatever the store holds.
    QDate asOf;

    // True when a condition needs the per-customer figures.
    bool usesFigures() const;
    bool isEmpty() const;
    // A copy without the figure conditions (and without asOf).
    Segment withoutFigures() const;

    // Stable JSON (keys in snake_case, only the conditions that are set).
    QJsonObject toJson() const;
    QString toJsonText() const;
    static std::optional<Segment> fromJson(const QJsonObject &json, QString *error);
    static std::optional<Segment> fromJsonText(const QString &text, QString *error);

    bool operator==(const Segment &o) const;
    bool operator!=(const Segment &o) const { return !(*this == o); }
};

} // namespace huitou
