#pragma once

#include "Taxonomy.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace huitou {

// Suggests reason codes for a review text from the taxonomy's keywords
// (DESIGN.md "Review classifier"):
// - the patterns of a reason are its name, the parts of a name written
//   "A/B", and its keywords;
// - the text is scanned left to right; at each position the longest pattern
//   that matches wins and its characters are consumed ("色差" is colour, not
//   the 差 of poor quality; "发货慢" is slow dispatch, not 慢);
// - a match preceded within two characters by 不, 没 or 无 does not count
//   ("不慢", "没有色差"), but its characters are still consumed;
// - suggestions are the distinct reasons in order of first appearance.
// Merged reasons contribute their patterns to the reason they were merged into.
class ReviewClassifier
{
public:
    explicit ReviewClassifier(const Taxonomy &taxonomy);
    QStringList classify(QStringView text) const;

private:
    struct Pattern
    {
        QString text;
        int reason; // index into m_codes
    };
    QStringList m_codes;
    // Patterns by their first character, longest first.
    QHash<char16_t, std::vector<Pattern>> m_byFirst;
};

} // namespace huitou
