#pragma once

#include <QByteArray>
#include <QIODevice>
#include <QString>

namespace huitou {

// Detects the encoding of a CSV export the way DESIGN.md fixes it: a UTF-8 BOM
// means UTF-8; otherwise UTF-8 if the whole file is valid UTF-8; otherwise
// GB18030 (a superset of GBK that also covers 4-byte sequences such as emoji).
class TextEncoding
{
public:
    enum Kind { Utf8, Utf8Bom, Gb18030 };

    // Reads DEVICE from its current position to the end (streaming, constant
    // memory) and rewinds it to where it was.
    static Kind detect(QIODevice &device);
    static Kind detect(const QByteArray &bytes);
    static QString name(Kind kind);
    // Name QStringDecoder / ICU understands.
    static QByteArray codecName(Kind kind);
};

} // namespace huitou
