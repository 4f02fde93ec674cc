#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huitou {

struct ReasonCategory
{
    QString code, nameZh, nameEn;
    int position = 0;
};

struct Reason
{
    QString code, category, nameZh, nameEn;
    QStringList keywords;
    int position = 0;
    QString mergedInto; // non-empty: merged into that reason (kept for old entries)
};

// The shop's reason taxonomy (DESIGN.md "Reasons"): categories and reasons in
// the shop's order, each reason with its classifier keywords.
class Taxonomy
{
public:
    QList<ReasonCategory> categories;
    QList<Reason> reasons; // by position

    const Reason *reason(const QString &code) const;
    const ReasonCategory *category(const QString &code) const;
    // The reason an entry counts under: follows merged_into to the end.
    QString effectiveCode(const QString &code) const;
    // Position in the taxonomy's order (categories first, then reasons); large for unknown codes.
    int orderOf(const QString &code) const;
    // Display name in the UI language (Chinese unless the app runs in English).
    QString displayName(const QString &code) const;
    QString categoryDisplayName(const QString &category) const;
    // Reasons staff can choose (not merged away), in order.
    QList<Reason> activeReasons() const;
    static bool chineseUi();
};

} // namespace huitou
