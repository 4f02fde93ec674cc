#include "CsvField.h"

namespace huitou {

namespace {

// A plain decimal such as -3.20 (what a spreadsheet reads as a number, not a
// formula). toDouble() would also accept "+inf", "-nan" and "1e5".
bool isPlainNumber(const QString &v)
{
    qsizetype i = v.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype digitsFrom = i;
    while (i < v.size() && v[i].unicode() >= '0' && v[i].unicode() <= '9')
        ++i;
    if (i == digitsFrom)
        return false;
    if (i < v.size() && v[i] == QLatin1Char('.')) {
        const qsizetype fracFrom = ++i;
        while (i < v.size() && v[i].unicode() >= '0' && v[i].unicode() <= '9')
            ++i;
        if (i == fracFrom)
            return false;
    }
    return i == v.size();
}

} // namespace

QString neutralizeFormula(const QString &text)
{
    QString v = text;
    v.remove(QChar(0)); // a NUL never reaches a file for people
    if (!v.isEmpty() && !isPlainNumber(v) && QStringLiteral("=+-@\t\r").contains(v.front()))
        v.prepend(QLatin1Char('\''));
    return v;
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
