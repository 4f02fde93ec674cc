#pragma once

#include "customers/Segment.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace huitou {

class ChoiceButton;
class Workspace;

// Every condition of a Segment as widgets: stage, type, tier, RFM segment,
// tags (any of / all of / none of) on the first rows; F / M / R ranges,
// province, birthday month, product bought, first / last purchase dates and
// consent under "More conditions". changed() on every edit.
class SegmentBuilder : public QWidget
{
    Q_OBJECT
public:
    explicit SegmentBuilder(Workspace *workspace, QWidget *parent = nullptr);

    Segment segment() const;
    void setSegment(const Segment &segment);
    // Short description for names and labels ("沉睡 · VIP · 风格: 淑女 …").
    QString label() const;
    // Re-reads the tag dictionary (values in use change with imports).
    void reloadTags();

signals:
    void changed();

private:
    Workspace *m_workspace;
    ChoiceButton *m_stages, *m_types, *m_tiers, *m_rfm, *m_tagsAny, *m_tagsAll, *m_tagsNone, *m_provinces, *m_consents;
    QSpinBox *m_fMin, *m_fMax, *m_mMin, *m_mMax, *m_rMin, *m_rMax;
    QComboBox *m_birthday;
    QLineEdit *m_productCode, *m_productTitle;
    QDateEdit *m_firstFrom, *m_firstTo, *m_lastFrom, *m_lastTo;
    QToolButton *m_more;
    QWidget *m_moreBox;
    Segment m_hidden; // conditions this builder does not show (search, has_paid_order, as_of)
};

} // namespace huitou
