#include "FieldText.h"

namespace huitou {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAscii(QByteArrayView v)
{
    for (char c : v)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

} // namespace

QString FieldText::decode(QByteArrayView raw, QStringDecoder *decoder)
{
    qsizetype b = 0, e = raw.size();
    while (b < e && isSpace(raw[b]))
        ++b;
    while (e > b && isSpace(raw[e - 1]))
        --e;
    raw = raw.sliced(b, e - b);
    if (raw.size() >= 3 && raw[0] == '=' && raw[1] == '"' && raw[raw.size() - 1] == '"')
        raw = raw.sliced(2, raw.size() - 3);
    if (raw.isEmpty())
        return {};
    if (isAscii(raw))
        return QString::fromLatin1(raw.data(), raw.size());
    QString text = decoder ? decoder->decode(raw) : QString::fromUtf8(raw);
    // Full-width spaces (U+3000) survive the byte trim.
    return text.trimmed();
}

QString FieldText::unwrapExcel(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 3 && t.startsWith(QLatin1String("=\"")) && t.endsWith(QLatin1Char('"')))
        return t.mid(2, t.size() - 3).trimmed();
    return t;
}

} // namespace huitou
