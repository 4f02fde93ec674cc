#include "CsvField.h"

namespace huitou {

QString csvField(const QString &text)
{
    QString v = text;
    bool number = false;
    v.toDouble(&number);
    if (!v.isEmpty() && !number && QStringLiteral("=+-@\t").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    if (v.contains(QLatin1Char(',')) || v.contains(QLatin1Char('"')) || v.contains(QLatin1Char('\n'))
        || v.contains(QLatin1Char('\r'))) {
        v.replace(QLatin1String("\""), QLatin1String("\"\""));
        v = QLatin1Char('"') + v + QLatin1Char('"');
    }
    return v;
}

} // namespace huitou
