#include "ReviewClassifier.h"

#include <algorithm>

namespace huitou {

ReviewClassifier::ReviewClassifier(const Taxonomy &taxonomy)
{
    QHash<QString, int> seen; // a pattern belongs to the first reason that lists it
    for (const Reason &r : taxonomy.reasons) {
        const QString target = taxonomy.effectiveCode(r.code);
        int index = int(m_codes.indexOf(target));
        if (index < 0) {
            index = int(m_codes.size());
            m_codes << target;
        }
        QStringList patterns{r.nameZh};
        if (r.nameZh.contains(QLatin1Char('/')))
            patterns << r.nameZh.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        patterns << r.keywords;
        for (const QString &p : patterns) {
            const QString text = p.trimmed();
            if (text.isEmpty() || text.contains(QLatin1Char('/')) || seen.contains(text))
                continue;
            seen.insert(text, index);
            m_byFirst[text.at(0).unicode()].push_back({text, index});
        }
    }
    for (auto &list : m_byFirst)
        std::stable_sort(list.begin(), list.end(),
                         [](const Pattern &a, const Pattern &b) { return a.text.size() > b.text.size(); });
}

QStringList ReviewClassifier::classify(QStringView text) const
{
    QStringList out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const auto it = m_byFirst.constFind(text.at(i).unicode());
        const Pattern *match = nullptr;
        if (it != m_byFirst.constEnd()) {
            for (const Pattern &p : *it) {
                if (p.text.size() <= n - i && text.mid(i, p.text.size()) == p.text) {
                    match = &p;
                    break;
                }
            }
        }
        if (!match) {
            ++i;
            continue;
        }
        bool negated = false;
        for (qsizetype k = std::max<qsizetype>(0, i - 2); k < i; ++k) {
            const char16_t c = text.at(k).unicode();
            negated |= c == u'不' || c == u'没' || c == u'无';
        }
        if (!negated && !out.contains(m_codes[match->reason]))
            out << m_codes[match->reason];
        i += match->text.size();
    }
    return out;
}

} // namespace huitou
