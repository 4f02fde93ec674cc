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
    qsizetype pos = 0;
    auto it = placeholderPattern().globalMatch(m_text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(m_text).mid(pos, m.capturedStart() - pos);
        const QString word = m.captured(1);
        if (word == QLatin1String("name"))
            out += f.name;
        else if (word == QLatin1String("nick"))
            out += f.nick;
        else if (word == QLatin1String("coupon"))
            out += f.coupon;
        else if (word == QLatin1String("last_item"))
            out += f.lastItem;
        else
            out += m.captured(0);
        pos = m.capturedEnd();
    }
    out += QStringView(m_text).mid(pos);
    return out;
}

} // namespace huitou
