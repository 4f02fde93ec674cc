#include "CsvField.h"

namespace huitou {

QString neutralizeFormula(const QString &text)
{
    if (text.isEmpty() || !QStringLiteral("=+-@\t\r").contains(text.front()))
        return text;
    bool number = false;
    text.toDouble(&number);
    if (number)
        return text;
    return QLatin1Char('\'') + text;
}

QString csvField(const QString &text)
{
    QString v = neutralizeFormula(text);
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace huitou
