#include "ContactFunnel.h"

#include "random/SeededRandom.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace huitou {

qint64 ContactFunnel::controlSize(qint64 remaining, double share)
{
    if (remaining <= 0 || share <= 0.0)
        return 0;
    return std::min(remaining, qint64(std::floor(share * double(remaining) + 0.5)));
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
    r.audience = qint64(candidates.size());
    std::vector<std::size_t> kept;
    kept.reserve(candidates.size());
    for (std::size_t i = 0; i < candidates.size(); ++i) {
        const ContactCandidate &c = candidates[i];
        if (c.consent == ContactCandidate::Refused || (requireConsent && c.consent != ContactCandidate::Consented))
            ++r.refusedConsent;
        else if (c.openIssue)
            ++r.openIssue;
        else if (c.contactedRecently)
            ++r.contactedRecently;
        else if (c.contact.isEmpty())
            ++r.noContact;
        else
            kept.push_back(i);
    }
    // Duplicates: the first holder of each number after sorting by later
    // purchase, then smaller key, keeps it.
    auto better = [&](std::size_t a, std::size_t b) {
        const ContactCandidate &x = candidates[a], &y = candidates[b];
        if (x.lastPurchaseDay != y.lastPurchaseDay)
            return x.lastPurchaseDay > y.lastPurchaseDay;
        return x.key < y.key;
    };
    QHash<QByteArray, std::size_t> holder;
    holder.reserve(qsizetype(kept.size()));
    for (std::size_t i : kept) {
        auto it = holder.find(candidates[i].contact);
        if (it == holder.end())
            holder.insert(candidates[i].contact, i);
        else if (better(i, it.value()))
            it.value() = i;
    }
    std::vector<std::size_t> unique;
    unique.reserve(kept.size());
    for (std::size_t i : kept) {
        if (holder.value(candidates[i].contact) == i)
            unique.push_back(i);
    }
    r.duplicate = qint64(kept.size() - unique.size());
    // Control group: key order, Fisher–Yates, first k.
    auto byKey = [&](std::size_t a, std::size_t b) {
        return candidates[a].key != candidates[b].key ? candidates[a].key < candidates[b].key : a < b;
    };
    std::sort(unique.begin(), unique.end(), byKey);
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
    return r;
}

} // namespace huitou
