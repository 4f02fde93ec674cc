#pragma once

#include <QDate>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

// The demo shop offered on an empty store: a generated Taobao export pair,
// imported like real files, with the customer figures computed.
class DemoShop
{
public:
    static bool create(QSqlDatabase db, const QString &workDirectory, const QDate &today, QString *error,
                       int customers = 3000);
};

} // namespace huitou
