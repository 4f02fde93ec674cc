#include "Format.h"

namespace huitou::format {

namespace {

// The C locale omits group separators by default; people read grouped figures.
QLocale grouped(QLocale locale)
{
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    return locale;
}

} // namespace

QString amount(qint64 fen, const QLocale &locale)
{
    const QLocale l = grouped(locale);
    const qint64 a = fen < 0 ? -fen : fen;
    // Integer yuan and fen separately: exact for any amount, no binary rounding.
    const QString text = l.toString(a / 100) + l.decimalPoint()
        + QStringLiteral("%1").arg(a % 100, 2, 10, QLatin1Char('0'));
    return fen < 0 ? l.negativeSign() + text : text;
}

QString money(qint64 fen, const QLocale &locale)
{
    const QString text = amount(fen < 0 ? -fen : fen, locale);
    return (fen < 0 ? grouped(locale).negativeSign() : QString()) + QStringLiteral("¥") + text;
}

QString percent(double ratio, const QLocale &locale)
{
    return grouped(locale).toString(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

QString percent(const std::optional<double> &ratio, const QLocale &locale)
{
    return ratio ? percent(*ratio, locale) : QStringLiteral("—");
}

QString integer(qint64 value, const QLocale &locale)
{
    return grouped(locale).toString(value);
}

QString decimal(double value, int decimals, const QLocale &locale)
{
    return grouped(locale).toString(value, 'f', decimals);
}

} // namespace huitou::format
