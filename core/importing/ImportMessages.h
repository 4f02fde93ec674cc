#pragma once

#include <QCoreApplication>
#include <QString>

namespace huitou {

// Why a row was rejected: a stable code for scripts (`import --json`) beside
// the translated text for people. Empty when the row is good.
struct RowProblem
{
    // empty_field, bad_amount, bad_time, bad_count, unclosed_quote, field_count; and (issue 13)
    // record_too_long, too_many_fields, nul_byte, bad_encoding, excel_id, amount_too_large, other_buyer
    QString code;
    QString text;
    bool isEmpty() const { return code.isEmpty(); }
};

} // namespace huitou

namespace huitou::msg {

// The reasons a row is rejected, in one place so every format words them alike.
inline RowProblem emptyField(const QString &column)
{
    return {QStringLiteral("empty_field"), QCoreApplication::translate("Import", "%1 is empty").arg(column)};
}
inline RowProblem badMoney(const QString &column, const QString &value)
{
    return {QStringLiteral("bad_amount"),
            QCoreApplication::translate("Import", "%1 is not an amount: \"%2\"").arg(column, value)};
}
inline RowProblem badTime(const QString &column, const QString &value)
{
    return {QStringLiteral("bad_time"),
            QCoreApplication::translate("Import", "%1 is not a valid time: \"%2\"").arg(column, value)};
}
inline RowProblem badCount(const QString &column, const QString &value)
{
    return {QStringLiteral("bad_count"),
            QCoreApplication::translate("Import", "%1 is not a whole number: \"%2\"").arg(column, value)};
}

} // namespace huitou::msg
