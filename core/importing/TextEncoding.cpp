#include "TextEncoding.h"

#include <cstring>

namespace huitou {

namespace {

// Incremental UTF-8 scanner over a byte stream: counts well-formed
// multi-byte characters and bad bytes, resynchronising after each bad one.
// GBK/GB18030 Chinese forms a well-formed UTF-8 sequence only by chance (about
// one character in seven, each failure leaving bad bytes), so "four good
// characters per bad byte or better" separates damaged UTF-8 from GB18030.
// NEED holds how many continuation bytes are still expected; LOWER/UPPER
// guard overlong forms and surrogates.
struct Utf8Scanner
{
    int need = 0;
    unsigned char lower = 0x80, upper = 0xBF;
    qint64 good = 0; // well-formed multi-byte characters
    qint64 bad = 0; // bytes that start or continue nothing valid

    void start(unsigned char c)
    {
        lower = 0x80;
        upper = 0xBF;
        if (c < 0x80)
            return;
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
            ++bad;
        }
    }

    void feed(const unsigned char *p, qsizetype n)
    {
        for (qsizetype i = 0; i < n; ++i) {
            if (need == 0) {
                // Runs of ASCII (digits, dates, commas: most of an export)
                // eight bytes at a time.
                while (i + 8 <= n) {
                    quint64 word;
                    std::memcpy(&word, p + i, 8);
                    if (word & 0x8080808080808080ULL)
                        break;
                    i += 8;
                }
                if (i == n)
                    break;
            }
            const unsigned char c = p[i];
            if (need == 0) {
                start(c);
            } else if (c < lower || c > upper) {
                ++bad; // the sequence broke off: C starts afresh
                need = 0;
                start(c);
            } else {
                lower = 0x80;
                upper = 0xBF;
                if (--need == 0)
                    ++good;
            }
        }
    }

    void end()
    {
        if (need != 0)
            ++bad;
        need = 0;
    }

    bool clean() const { return bad == 0; }
    bool mostlyUtf8() const { return bad == 0 || (good > 0 && bad * 4 <= good); }
};

bool validGb18030(QByteArrayView v)
{
    const auto *p = reinterpret_cast<const unsigned char *>(v.data());
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        if (c == 0x80 || c == 0xFF || i + 1 >= n)
            return false;
        const unsigned char c2 = p[i + 1];
        if ((c2 >= 0x40 && c2 <= 0x7E) || (c2 >= 0x80 && c2 <= 0xFE)) {
            i += 2;
            continue;
        }
        if (c2 >= 0x30 && c2 <= 0x39 && i + 3 < n && p[i + 2] >= 0x81 && p[i + 2] <= 0xFE && p[i + 3] >= 0x30
            && p[i + 3] <= 0x39) {
            i += 4;
            continue;
        }
        return false;
    }
    return true;
}

} // namespace

bool TextEncoding::isValid(QByteArrayView bytes, Kind kind)
{
    if (kind == Gb18030)
        return validGb18030(bytes);
    Utf8Scanner s;
    s.feed(reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    s.end();
    return s.clean();
}

namespace {

bool hasBom(const QByteArray &head)
{
    return head.startsWith("\xEF\xBB\xBF");
}

} // namespace

TextEncoding::Kind TextEncoding::detect(const QByteArray &bytes)
{
    if (hasBom(bytes))
        return Utf8Bom;
    Utf8Scanner s;
    s.feed(reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    s.end();
    return s.mostlyUtf8() ? Utf8 : Gb18030;
}

TextEncoding::Kind TextEncoding::detect(QIODevice &device)
{
    const qint64 start = device.pos();
    const QByteArray head = device.peek(3);
    Kind kind = Utf8;
    if (hasBom(head)) {
        kind = Utf8Bom;
    } else {
        Utf8Scanner s;
        QByteArray buffer(1 << 20, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device.read(buffer.data(), buffer.size());
            if (n <= 0)
                break;
            s.feed(reinterpret_cast<const unsigned char *>(buffer.constData()), n);
        }
        s.end();
        kind = s.mostlyUtf8() ? Utf8 : Gb18030;
    }
    device.seek(start);
    return kind;
}

QString TextEncoding::name(Kind kind)
{
    switch (kind) {
    case Utf8: return QStringLiteral("UTF-8");
    case Utf8Bom: return QStringLiteral("UTF-8 (BOM)");
    case Gb18030: return QStringLiteral("GB18030");
    }
    return {};
}

QByteArray TextEncoding::codecName(Kind kind)
{
    return kind == Gb18030 ? QByteArrayLiteral("GB18030") : QByteArrayLiteral("UTF-8");
}

} // namespace huitou
