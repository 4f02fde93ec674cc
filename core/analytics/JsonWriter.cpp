#include "JsonWriter.h"

#include "Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace huitou {

void JsonWriter::key(const QString &k)
{
    if (m_needComma)
        m_text += QLatin1Char(',');
    if (m_depth > 0)
        m_text += QLatin1Char('\n') + QString(m_depth * 2, QLatin1Char(' '));
    if (!k.isNull()) {
        QString escaped = k;
        escaped.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        m_text += QLatin1Char('"') + escaped + QStringLiteral("\": ");
    }
    m_needComma = true;
}

JsonWriter &JsonWriter::beginObject(const QString &k)
{
    key(k);
    m_text += QLatin1Char('{');
    ++m_depth;
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endObject()
{
    --m_depth;
    m_text += QLatin1Char('\n') + QString(m_depth * 2, QLatin1Char(' ')) + QLatin1Char('}');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::beginArray(const QString &k)
{
    key(k);
    m_text += QLatin1Char('[');
    ++m_depth;
    m_needComma = false;
    return *this;
}

JsonWriter &JsonWriter::endArray()
{
    --m_depth;
    m_text += QLatin1Char('\n') + QString(m_depth * 2, QLatin1Char(' ')) + QLatin1Char(']');
    m_needComma = true;
    return *this;
}

JsonWriter &JsonWriter::value(const QString &k, const QString &text)
{
    key(k);
    // QJsonDocument escapes strings correctly; borrow it.
    const QByteArray doc = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    m_text += QString::fromUtf8(doc.mid(1, doc.size() - 2));
    return *this;
}

JsonWriter &JsonWriter::value(const QString &k, qint64 number)
{
    key(k);
    m_text += QString::number(number);
    return *this;
}

JsonWriter &JsonWriter::value(const QString &k, bool flag)
{
    key(k);
    m_text += flag ? QStringLiteral("true") : QStringLiteral("false");
    return *this;
}

QString JsonWriter::number(double v)
{
    if (!std::isfinite(v))
        return QStringLiteral("null");
    // Shortest text that reads back as the same double; integers keep ".0".
    QString s = QString::number(v, 'g', 17);
    const QString shortest = QString::number(v, 'g', QLocale::FloatingPointShortest);
    if (shortest.toDouble() == v)
        s = shortest;
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
        s += QStringLiteral(".0");
    return s;
}

JsonWriter &JsonWriter::value(const QString &k, std::optional<double> number)
{
    key(k);
    m_text += number ? JsonWriter::number(*number) : QStringLiteral("null");
    return *this;
}

JsonWriter &JsonWriter::money(const QString &k, std::optional<qint64> fen)
{
    key(k);
    m_text += fen ? money::text(*fen) : QStringLiteral("null");
    return *this;
}

JsonWriter &JsonWriter::numbers(const QString &k, const std::vector<double> &values)
{
    key(k);
    QStringList parts;
    for (double v : values)
        parts << number(v);
    m_text += QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
    return *this;
}

JsonWriter &JsonWriter::null(const QString &k)
{
    key(k);
    m_text += QStringLiteral("null");
    return *this;
}

} // namespace huitou
