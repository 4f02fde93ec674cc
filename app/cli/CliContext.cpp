#include "CliContext.h"

#include "storage/Database.h"

namespace huitou::cli {

bool CliContext::openStore(QSqlDatabase *db, Database::Check check)
{
    QString error;
    const QString path = dbPath.isEmpty() ? Database::defaultPath() : dbPath;
    if (!Database::open(path, QString::fromLatin1(kConnection), &error, check)) {
        err << error << Qt::endl;
        return false;
    }
    *db = Database::connection(QString::fromLatin1(kConnection));
    return true;
}

} // namespace huitou::cli
