#include "CsvBuilder.h"

namespace huitou::test {

CsvBuilder::CsvBuilder(QString headerLine)
{
    headerLine = headerLine.trimmed();
    for (QString name : headerLine.split(QLatin1Char(','))) {
        name.remove(QLatin1Char('"'));
        m_names << name.trimmed();
    }
    m_text = headerLine + QStringLiteral("\r\n");
}

CsvBuilder &CsvBuilder::row(const QHash<QString, QString> &values, const QString &suffix)
{
    QStringList fields;
    for (const QString &name : m_names)
        fields << values.value(name);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        Q_ASSERT_X(m_names.contains(it.key()), "CsvBuilder::row", qPrintable(it.key()));
    m_text += fields.join(QLatin1Char(',')) + suffix + QStringLiteral("\r\n");
    return *this;
}

CsvBuilder &CsvBuilder::rawLine(const QString &line)
{
    m_text += line + QStringLiteral("\r\n");
    return *this;
}

QString CsvBuilder::quote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace huitou::test
