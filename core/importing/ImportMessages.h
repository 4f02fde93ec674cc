#pragma once

#include <QCoreApplication>
#include <QString>

namespace huitou::msg {

// The reasons a row is rejected, in one place so every format words them alike.
inline QString emptyField(const QString &column)
{
    return QCoreApplication::translate("Import", "%1 is empty").arg(column);
}
inline QString badMoney(const QString &column, const QString &value)
{
    return QCoreApplication::translate("Import", "%1 is not an amount: \"%2\"").arg(column, value);
}
inline QString badTime(const QString &column, const QString &value)
{
    return QCoreApplication::translate("Import", "%1 is not a valid time: \"%2\"").arg(column, value);
}
inline QString badCount(const QString &column, const QString &value)
{
    return QCoreApplication::translate("Import", "%1 is not a whole number: \"%2\"").arg(column, value);
}

} // namespace huitou::msg
