#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace huitou::sql {

// Prepares and runs one statement with positional values; false on error
// with the driver's message in *error (if given).
bool exec(QSqlQuery &q, const QString &statement, std::initializer_list<QVariant> values = {},
          QString *error = nullptr);
bool prepare(QSqlQuery &q, const QString &statement, QString *error = nullptr);
bool run(QSqlQuery &q, std::initializer_list<QVariant> values, QString *error = nullptr);

} // namespace huitou::sql
