#include "TimelineTree.h"

#include <QHeaderView>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>

#include <cmath>

namespace huitou {

namespace {

// A tree view sizes its rows without knowing the column's width, so wrapped
// text (a timeline entry with its 19-digit order number) was cut to one line.
// This delegate measures the text at the column's width; the style paints it
// wrapped (anywhere, when a word is longer than the column).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView *view, int column)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_column(column)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != m_column)
            return size;
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        const int width = std::max(40, m_view->columnWidth(m_column) - 2 * margin - 2);
        // Laid out as the style paints it: at word boundaries, anywhere in a word too long for a line.
        QTextLayout layout(index.data(Qt::DisplayRole).toString(), option.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        size.setHeight(std::max(size.height(), int(std::ceil(height)) + 4));
        return size;
    }

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace

TimelineTree::TimelineTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("timelineTree"));
    setHeaderLabels({tr("When"), tr("What"), tr("Staff")});
    setRootIsDecorated(false);
    setWordWrap(true);
    setMinimumHeight(240);
    // The entry takes the width the day and the staff name leave.
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(1, QHeaderView::Stretch);
    header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    setUniformRowHeights(false);
    setTextElideMode(Qt::ElideNone);
    setItemDelegate(new WrappingDelegate(this, 1));
    // Wrapped rows take their height from the column's width: lay them out again when it changes.
    connect(header(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == 1)
            QTimer::singleShot(0, this, [this] { doItemsLayout(); });
    });
}

void TimelineTree::showEntries(const QList<TimelineEntry> &entries)
{
    // A reload that changes nothing keeps the timeline where staff scrolled it.
    QStringList shown;
    for (const TimelineEntry &e : entries)
        shown << e.at + QLatin1Char('|') + e.kind + QLatin1Char('|') + e.text + QLatin1Char('|') + e.staff;
    if (shown == m_shown && topLevelItemCount() == entries.size())
        return;
    m_shown = shown;
    clear();
    for (const TimelineEntry &e : entries) {
        auto *item = new QTreeWidgetItem(this, {e.at, e.text, e.staff});
        item->setData(0, Qt::UserRole, e.kind);
        // The whole entry on every cell, should a narrow pane still cut it.
        const QString tip = (e.staff.isEmpty() ? e.at : e.at + QStringLiteral(" · ") + e.staff) + QLatin1Char('\n')
            + e.text;
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
    }
    QTimer::singleShot(0, this, [this] { doItemsLayout(); }); // heights for the final widths
}

} // namespace huitou
