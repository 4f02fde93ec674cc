#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace huitou {

// Turns one raw CSV field into the text a person sees in Excel: decoded,
// trimmed, with the ="…" / ="" wrapper that exports use to keep Excel from
// mangling long numbers removed.
class FieldText
{
public:
    static QString decode(QByteArrayView raw, QStringDecoder *decoder);
    static QString unwrapExcel(const QString &text);
};

} // namespace huitou
