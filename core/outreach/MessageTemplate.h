#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huitou {

// What a message template may say about one customer.
struct MessageFields
{
    QString name; // receiver name of her latest order
    QString nick; // customer key (买家会员名 / e-mail)
    QString coupon; // the campaign's coupon text, the same for everyone
    QString lastItem; // title of the item she bought last
};

// A message with {name}, {nick}, {coupon} and {last_item} placeholders.
// Any other {word} is an error, so a typo never reaches a customer as
// literal braces. A brace that does not form {word} is plain text.
class MessageTemplate
{
public:
    explicit MessageTemplate(QString text = {});
    QString text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    // The unknown placeholders, in order of appearance (empty when valid).
    QStringList unknownPlaceholders() const;
    // A user-facing message naming the unknown placeholders, or empty.
    QString error() const;
    QString render(const MessageFields &fields) const;

    static QStringList placeholders();

private:
    // The text cut at its placeholders once, so render() (once per exported
    // row) only appends: literal text, or the field a placeholder names.
    enum class Field { Literal, Name, Nick, Coupon, LastItem };
    struct Part
    {
        Field field;
        QString literal;
    };
    QString m_text;
    QList<Part> m_parts;
};

} // namespace huitou
