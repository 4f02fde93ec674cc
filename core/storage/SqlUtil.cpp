#include "SqlUtil.h"

#include <QSqlError>

namespace huitou::sql {

bool prepare(QSqlQuery &q, const QString &statement, QString *error)
{
    if (q.prepare(statement))
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool run(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error)
{
    int i = 0;
    for (const QVariant &v : values)
        q.bindValue(i++, v);
    if (q.exec())
        return true;
    if (error)
        *error = q.lastError().text();
    return false;
}

bool exec(QSqlQuery &q, const QString &statement, std::initializer_list<QVariant> values, QString *error)
{
    return prepare(q, statement, error) && run(q, values, error);
}

} // namespace huitou::sql
