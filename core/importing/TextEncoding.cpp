#include "TextEncoding.h"

namespace huitou {

namespace {

// Incremental UTF-8 validator over a byte stream: NEED holds how many
// continuation bytes are still expected; MIN guards overlong forms.
struct Utf8Validator
{
    int need = 0;
    unsigned char lower = 0x80, upper = 0xBF;

    bool feed(const unsigned char *p, qsizetype n)
    {
        for (qsizetype i = 0; i < n; ++i) {
            const unsigned char c = p[i];
            if (need == 0) {
                if (c < 0x80)
                    continue;
                lower = 0x80;
                upper = 0xBF;
                if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    if (c == 0xE0)
                        lower = 0xA0;
                    if (c == 0xED)
                        upper = 0x9F;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    if (c == 0xF0)
                        lower = 0x90;
                    if (c == 0xF4)
                        upper = 0x8F;
                } else {
                    return false;
                }
            } else {
                if (c < lower || c > upper)
                    return false;
                lower = 0x80;
                upper = 0xBF;
                --need;
            }
        }
        return true;
    }
};

bool hasBom(const QByteArray &head)
{
    return head.startsWith("\xEF\xBB\xBF");
}

} // namespace

TextEncoding::Kind TextEncoding::detect(const QByteArray &bytes)
{
    if (hasBom(bytes))
        return Utf8Bom;
    Utf8Validator v;
    const bool ok = v.feed(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    return ok && v.need == 0 ? Utf8 : Gb18030;
}

TextEncoding::Kind TextEncoding::detect(QIODevice &device)
{
    const qint64 start = device.pos();
    const QByteArray head = device.peek(3);
    Kind kind = Utf8;
    if (hasBom(head)) {
        kind = Utf8Bom;
    } else {
        Utf8Validator v;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            if (!v.feed(reinterpret_cast<const unsigned char *>(buffer.constData()), n)) {
                kind = Gb18030;
                break;
            }
        }
        if (kind == Utf8 && v.need != 0)
            kind = Gb18030;
    }
    device.seek(start);
    return kind;
}

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Utf8:
        return QStringLiteral("UTF-8");
    case Utf8Bom:
        return QStringLiteral("UTF-8 (BOM)");
    case Gb18030:
        return QStringLiteral("GB18030");
    }
    return {};
}

QByteArray TextEncoding::codecName(Kind kind)
{
    return kind == Gb18030 ? QByteArrayLiteral("GB18030") : QByteArrayLiteral("UTF-8");
}

} // namespace huitou
