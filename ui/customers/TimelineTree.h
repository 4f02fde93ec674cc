#pragma once

#include "care/Timeline.h"

#include <QTreeWidget>

namespace huitou {

// Everything that happened to a customer, dated and signed, newest first.
// Entries wrap at the column's width and are laid out again when it changes,
// so no entry (an order: number, amount, status) is cut.
class TimelineTree : public QTreeWidget
{
    Q_OBJECT
public:
    explicit TimelineTree(QWidget *parent = nullptr);
    void showEntries(const QList<TimelineEntry> &entries);

private:
    QStringList m_shown; // what the list was built from
};

} // namespace huitou
