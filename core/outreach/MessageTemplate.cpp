#include "MessageTemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace huitou {

namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    return pattern;
}

} // namespace

MessageTemplate::MessageTemplate(QString text)
    : m_text(std::move(text))
{
    qsizetype pos = 0;
    const auto literal = [this](QStringView text) {
        if (text.isEmpty())
            return;
        if (!m_parts.isEmpty() && m_parts.last().field == Field::Literal)
            m_parts.last().literal += text;
        else
            m_parts.append({Field::Literal, text.toString(), {}});
    };
    auto it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        literal(QStringView(m_text).mid(pos, m.capturedStart() - pos));
        const QString word = m.captured(1);
        if (word == QLatin1String("name"))
            m_parts.append({Field::Name, {}, {}});
        else if (word == QLatin1String("nick"))
            m_parts.append({Field::Nick, {}, {}});
        else if (word == QLatin1String("coupon"))
            m_parts.append({Field::Coupon, {}, {}});
        else if (word == QLatin1String("last_item"))
            m_parts.append({Field::LastItem, {}, {}});
        else
            literal(m.captured(0)); // unknown: error() says so; shown as typed
        pos = m.capturedEnd();
    }
    literal(QStringView(m_text).mid(pos));
    for (Part &p : m_parts)
        p.literalUtf8 = p.literal.toUtf8();
}

QStringList MessageTemplate::placeholders()
{
    return {QStringLiteral("name"), QStringLiteral("nick"), QStringLiteral("coupon"), QStringLiteral("last_item")};
}

QStringList MessageTemplate::unknownPlaceholders() const
{
    QStringList unknown;
    const QStringList known = placeholders();
    auto it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const QString word = it.next().captured(1);
        if (!known.contains(word) && !unknown.contains(word))
            unknown << word;
    }
    return unknown;
}

QString MessageTemplate::error() const
{
    const QStringList unknown = unknownPlaceholders();
    if (unknown.isEmpty())
        return {};
    QStringList shown;
    for (const QString &w : unknown)
        shown << QLatin1Char('{') + w + QLatin1Char('}');
    return QCoreApplication::translate("MessageTemplate",
                                       "Unknown placeholder %1 in the message. Use {name}, {nick}, {coupon} or "
                                       "{last_item}.")
        .arg(shown.join(QStringLiteral(", ")));
}

QString MessageTemplate::render(const MessageFields &f) const
{
    QString out;
    out.reserve(m_text.size() + 32);
    for (const Part &p : m_parts) {
        switch (p.field) {
        case Field::Literal: out += p.literal; break;
        case Field::Name: out += f.name; break;
        case Field::Nick: out += f.nick; break;
        case Field::Coupon: out += f.coupon; break;
        case Field::LastItem: out += f.lastItem; break;
        }
    }
    return out;
}

int MessageTemplate::utf16Length(QByteArrayView text)
{
    // One unit per character: every byte but a continuation byte (10xxxxxx)
    // starts one; a four-byte sequence (11110xxx) is a surrogate pair.
    int units = 0;
    for (const char c : text) {
        const auto b = static_cast<unsigned char>(c);
        units += (b & 0xC0) != 0x80;
        units += b >= 0xF0;
    }
    return units;
}

int MessageTemplate::renderUtf8(const MessageFieldsUtf8 &f, QByteArray *out) const
{
    const qsizetype from = out->size();
    for (const Part &p : m_parts) {
        switch (p.field) {
        case Field::Literal: out->append(p.literalUtf8); break;
        case Field::Name: out->append(f.name); break;
        case Field::Nick: out->append(f.nick); break;
        case Field::Coupon: out->append(f.coupon); break;
        case Field::LastItem: out->append(f.lastItem); break;
        }
    }
    return utf16Length(QByteArrayView(*out).sliced(from));
}

} // namespace huitou
