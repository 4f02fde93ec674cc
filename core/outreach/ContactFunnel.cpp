#include "ContactFunnel.h"

#include "random/SeededRandom.h"

#include <algorithm>
#include <cmath>

namespace huitou {

namespace {

// Mobiles (11 digits) are keyed as numbers; anything else (e-mail) as text (-1).
qint64 number(const ContactCandidate &c)
{
    if (c.mobile > 0)
        return c.mobile;
    if (c.contact.size() != 11)
        return -1;
    qint64 v = 0;
    for (const char ch : c.contact) {
        if (ch < '0' || ch > '9')
            return -1;
        v = v * 10 + (ch - '0');
    }
    return v;
}

// Rules 1-4, counted into R; the positions of the candidates they leave.
std::vector<std::size_t> exclude(const std::vector<ContactCandidate> &candidates, bool requireConsent,
                                 ContactFunnelResult *r)
{
    r->audience = qint64(candidates.size());
    std::vector<std::size_t> kept;
    kept.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const ContactCandidate &c = candidates[i];
        if (c.consent == ContactCandidate::Refused || (requireConsent && c.consent != ContactCandidate::Consented))
            ++r->refusedConsent;
        else if (c.openIssue)
            ++r->openIssue;
        else if (c.contactedRecently)
            ++r->contactedRecently;
        else if (!c.hasContact())
            ++r->noContact;
        else
            kept.push_back(i);
    }
    return kept;
}

} // namespace

ContactFunnelResult ContactFunnel::count(const std::vector<ContactCandidate> &candidates, bool requireConsent,
                                         double controlShare)
{
    ContactFunnelResult r;
    const std::vector<std::size_t> kept = exclude(candidates, requireConsent, &r);
    std::vector<NumberAt> numbers;
    std::vector<const QByteArray *> texts;
    numbers.reserve(kept.size());
    for (std::size_t i : kept) {
        const qint64 n = number(candidates[i]);
        if (n >= 0)
            numbers.push_back({quint64(n), i});
        else
            texts.push_back(&candidates[i].contact);
    }
    sortByNumber(numbers);
    std::sort(texts.begin(), texts.end(), [](const QByteArray *a, const QByteArray *b) { return *a < *b; });
    qint64 distinct = 0;
    for (std::size_t j = 0; j < numbers.size(); ++j)
        distinct += j == 0 || numbers[j].number != numbers[j - 1].number;
    for (std::size_t j = 0; j < texts.size(); ++j)
        distinct += j == 0 || *texts[j] != *texts[j - 1];
    r.duplicate = qint64(kept.size()) - distinct;
    r.controlCount = controlSize(distinct, controlShare);
    r.treatmentCount = distinct - r.controlCount;
    return r;
}

qint64 ContactFunnel::controlSize(qint64 remaining, double share)
{
    if (remaining <= 0 || share <= 0.0)
        return 0;
    return std::min(remaining, qint64(std::floor(share * double(remaining) + 0.5)));
}

void ContactFunnel::sortByNumber(std::vector<NumberAt> &items)
{
    if (items.size() < 2)
        return;
    quint64 max = 0;
    for (const NumberAt &n : items)
        max = std::max(max, n.number);
    constexpr int kBits = 12;
    constexpr std::size_t kBuckets = std::size_t(1) << kBits;
    std::vector<NumberAt> other(items.size());
    std::vector<std::size_t> count(kBuckets);
    for (int shift = 0; shift < 64 && (max >> shift) != 0; shift += kBits) {
        std::fill(count.begin(), count.end(), 0);
        for (const NumberAt &n : items)
            ++count[(n.number >> shift) & (kBuckets - 1)];
        std::size_t at = 0;
        for (std::size_t &c : count) {
            const std::size_t n = c;
            c = at;
            at += n;
        }
        for (const NumberAt &n : items)
            other[count[(n.number >> shift) & (kBuckets - 1)]++] = n;
        items.swap(other);
    }
}

QString ContactFunnel::normalizeEmail(const QString &raw)
{
    const QString e = raw.trimmed().toLower();
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != e.lastIndexOf(QLatin1Char('@')) || e.contains(QLatin1Char(' '))
        || e.contains(QLatin1Char('*')))
        return {};
    const QString domain = e.mid(at + 1);
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == domain.size() - 1)
        return {};
    return e;
}

ContactFunnelResult ContactFunnel::run(const std::vector<ContactCandidate> &candidates, bool requireConsent,
                                       double controlShare, std::uint64_t seed)
{
    ContactFunnelResult r;
    const std::vector<std::size_t> kept = exclude(candidates, requireConsent, &r);
    // Duplicates: sort the kept customers by contact, then by "better"
    // (later last purchase, then smaller key); the first of each run keeps
    // the number. A sort beats a hash map of a million numbers (cache misses).
    auto better = [&](std::size_t a, std::size_t b) {
        const ContactCandidate &x = candidates[a], &y = candidates[b];
        if (x.lastPurchaseDay != y.lastPurchaseDay)
            return x.lastPurchaseDay > y.lastPurchaseDay;
        return x.key < y.key;
    };
    // Mobiles by number (radix sort, then each run of one number by
    // "better"; runs are rare), other contacts by text.
    std::vector<NumberAt> numbers;
    std::vector<std::size_t> texts;
    numbers.reserve(kept.size());
    for (std::size_t i : kept) {
        const qint64 n = number(candidates[i]);
        if (n >= 0)
            numbers.push_back({quint64(n), i});
        else
            texts.push_back(i);
    }
    sortByNumber(numbers);
    for (std::size_t j = 0; j < numbers.size();) {
        std::size_t end = j + 1;
        while (end < numbers.size() && numbers[end].number == numbers[j].number)
            ++end;
        if (end - j > 1)
            std::sort(numbers.begin() + qsizetype(j), numbers.begin() + qsizetype(end),
                      [&](const NumberAt &a, const NumberAt &b) { return better(a.index, b.index); });
        j = end;
    }
    std::sort(texts.begin(), texts.end(), [&](std::size_t a, std::size_t b) {
        const QByteArray &x = candidates[a].contact, &y = candidates[b].contact;
        if (x != y)
            return x < y;
        return better(a, b);
    });
    std::vector<char> keeps(candidates.size(), 0);
    for (std::size_t j = 0; j < numbers.size(); ++j) {
        if (j == 0 || numbers[j].number != numbers[j - 1].number)
            keeps[numbers[j].index] = 1;
    }
    for (std::size_t j = 0; j < texts.size(); ++j) {
        if (j == 0 || candidates[texts[j]].contact != candidates[texts[j - 1]].contact)
            keeps[texts[j]] = 1;
    }
    std::vector<NumberAt>().swap(numbers);
    std::vector<std::size_t> unique;
    unique.reserve(kept.size());
    for (std::size_t i : kept) {
        if (keeps[i])
            unique.push_back(i);
    }
    r.duplicate = qint64(kept.size() - unique.size());
    // Control group: key order, Fisher–Yates, first k. The sort compares the
    // keys' first sixteen bytes as two big-endian integers and only equal
    // prefixes byte by byte: the same order as comparing the whole keys,
    // without chasing a pointer for every comparison.
    auto byKey = [&](std::size_t a, std::size_t b) {
        return candidates[a].key != candidates[b].key ? candidates[a].key < candidates[b].key : a < b;
    };
    struct Keyed
    {
        quint64 prefix, prefix2; // bytes 0-7 and 8-15, big-endian, zero-padded
        std::size_t index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(unique.size());
    for (std::size_t i : unique) {
        const QByteArray &key = candidates[i].key;
        quint64 prefix = 0, prefix2 = 0;
        for (int b = 0; b < 8; ++b)
            prefix = (prefix << 8) | (b < key.size() ? quint64(static_cast<unsigned char>(key[b])) : 0u);
        for (int b = 8; b < 16; ++b)
            prefix2 = (prefix2 << 8) | (b < key.size() ? quint64(static_cast<unsigned char>(key[b])) : 0u);
        keyed.push_back({prefix, prefix2, i});
    }
    std::sort(keyed.begin(), keyed.end(), [&](const Keyed &a, const Keyed &b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        if (a.prefix2 != b.prefix2)
            return a.prefix2 < b.prefix2;
        return byKey(a.index, b.index);
    });
    for (std::size_t j = 0; j < keyed.size(); ++j)
        unique[j] = keyed[j].index;
    const qint64 k = controlSize(qint64(unique.size()), controlShare);
    if (k > 0) {
        std::vector<std::size_t> shuffled = unique;
        SeededRandom random(seed);
        random.shuffle(shuffled);
        std::vector<char> isControl(candidates.size(), 0);
        for (qint64 j = 0; j < k; ++j)
            isControl[shuffled[std::size_t(j)]] = 1;
        for (std::size_t i : unique)
            (isControl[i] ? r.control : r.treatment).push_back(i);
    } else {
        r.treatment = std::move(unique);
    }
    r.treatmentCount = qint64(r.treatment.size());
    r.controlCount = qint64(r.control.size());
    return r;
}

} // namespace huitou
