#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

namespace huitou {

// Detects the encoding of a CSV export the way DESIGN.md fixes it: a UTF-8 BOM
// means UTF-8; otherwise UTF-8 if the file is valid UTF-8, or valid UTF-8 but
// for a few stray bytes (at most one bad byte per four well-formed
// multi-byte characters: GB18030 Chinese text is almost never well-formed
// UTF-8, so a file that mostly is, is UTF-8 with damage); otherwise GB18030 (a
// superset of GBK that also covers 4-byte sequences such as emoji). The
// reader then flags every record with bytes that are invalid in the chosen
// encoding, so damaged lines are reported instead of silently replaced.
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
    // True when BYTES are well-formed in KIND (whole characters only).
    static bool isValid(QByteArrayView bytes, Kind kind);
};

} // namespace huitou
