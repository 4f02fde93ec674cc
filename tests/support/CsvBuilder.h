#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace huitou::test {

// Builds CSV text for a given header: rows name only the columns they fill,
// by trimmed header name; every other field is left empty.
class CsvBuilder
{
public:
    explicit CsvBuilder(QString headerLine);
    // Values are written as given (raw CSV field text, e.g. already quoted).
    CsvBuilder &row(const QHash<QString, QString> &values, const QString &suffix = {});
    CsvBuilder &rawLine(const QString &line);
    QString text() const { return m_text; }
    QStringList names() const { return m_names; }

    static QString quote(const QString &s);

private:
    QStringList m_names;
    QString m_text;
};

} // namespace huitou::test
