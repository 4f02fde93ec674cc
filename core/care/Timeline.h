#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct TimelineEntry
{
    QString at; // "yyyy-MM-dd HH:mm"
    QString kind; // order | note | tag | consent | task | reason | survey | profile | contact
    QString text; // one line, translated
    QString staff;
};

// The customer's dated timeline (orders, tags, notes, surveys, reasons,
// consent changes, care touches), newest first, each line signed.
class Timeline
{
    Q_DECLARE_TR_FUNCTIONS(huitou::Timeline) // the class's one translation context

public:
    static QList<TimelineEntry> of(QSqlDatabase db, qint64 customerId);
};

} // namespace huitou
