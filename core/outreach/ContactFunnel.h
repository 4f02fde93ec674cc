#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace huitou {

// One customer of an export audience, with what the exclusion rules need.
struct ContactCandidate
{
    enum Consent : char { Unknown, Consented, Refused };
    qint64 id = 0;
    QByteArray key; // customer key, UTF-8 (byte order decides the control draw)
    Consent consent = Unknown;
    bool openIssue = false; // open complaint / return entry, or an order with a refund in progress
    bool contactedRecently = false;
    // The contact: a normalised mobile as a number (no allocation for a
    // million of them), else CONTACT (a lower-cased e-mail, or a mobile as
    // text); both empty when she has no valid one.
    qint64 mobile = 0;
    QByteArray contact;
    qint64 lastPurchaseDay = 0; // Julian day, 0 when none

    bool hasContact() const { return mobile > 0 || !contact.isEmpty(); }
    QByteArray contactText() const { return mobile > 0 ? QByteArray::number(mobile) : contact; }
};

// The exclusion funnel of DESIGN.md ("Precise rules", contact export), in
// this order; a customer hit by several rules is counted once, at the first:
//   1 consent refused (and unknown too when the shop requires consent)
//   2 open complaint or return entry, or an order with a refund in progress
//   3 contacted within the last N days (treatment member of a campaign sent then)
//   4 no valid contact (masked, invalid, missing)
//   5 duplicate contact: the same number twice keeps the customer with the
//     later last purchase (equal days: the smaller key in UTF-8 byte order)
// Then the optional control group: round(share × remaining) customers, half
// up, drawn as callback samples are: the remaining customers ordered by key
// (UTF-8 byte order), shuffled by Fisher–Yates on SeededRandom(seed); the
// first ones are the control group.
struct ContactFunnelResult
{
    qint64 audience = 0;
    qint64 refusedConsent = 0, openIssue = 0, contactedRecently = 0, noContact = 0, duplicate = 0;
    qint64 treatmentCount = 0, controlCount = 0;
    // Filled by run() only (count() leaves them empty):
    std::vector<std::size_t> treatment; // indices into the candidates, ordered by key
    std::vector<std::size_t> control; // indices, ordered by key
    qint64 remaining() const { return treatmentCount + controlCount; }
};

class ContactFunnel
{
public:
    static ContactFunnelResult run(const std::vector<ContactCandidate> &candidates, bool requireConsent,
                                   double controlShare, std::uint64_t seed);
    // The same counts as run() without choosing who: how many a duplicate
    // rule drops does not depend on which holder keeps the number, nor the
    // control group's size on who is in it. Needs neither keys nor last
    // purchase days.
    static ContactFunnelResult count(const std::vector<ContactCandidate> &candidates, bool requireConsent,
                                     double controlShare);
    static qint64 controlSize(qint64 remaining, double share);
    // (number, index) pairs sorted by number, stable (equal numbers keep
    // their order): an LSD radix sort, a few linear passes instead of a
    // comparison sort's cache misses over a million mobiles.
    struct NumberAt
    {
        quint64 number;
        std::size_t index;
    };
    static void sortByNumber(std::vector<NumberAt> &items);
    static QString normalizeEmail(const QString &raw);
};

} // namespace huitou
