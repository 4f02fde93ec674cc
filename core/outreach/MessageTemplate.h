#pragma once

#include <QByteArray>
#include <QByteArrayView>
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

// The same fields as UTF-8 (an export's rows, straight from the store).
struct MessageFieldsUtf8
{
    QByteArrayView name, nick, coupon, lastItem;
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
    // Appends the same message as render() in UTF-8 to OUT and returns its
    // length in UTF-16 code units (SmsLength::characters of render()).
    int renderUtf8(const MessageFieldsUtf8 &fields, QByteArray *out) const;
    // UTF-16 code units of valid UTF-8 TEXT.
    static int utf16Length(QByteArrayView text);

    static QStringList placeholders();

private:
    // The text cut at its placeholders once, so render() (once per exported
    // row) only appends: literal text, or the field a placeholder names.
    enum class Field { Literal, Name, Nick, Coupon, LastItem };
    struct Part
    {
        Field field;
        QString literal;
        QByteArray literalUtf8; // the literal in UTF-8, set once
    };
    QString m_text;
    QList<Part> m_parts;
};

} // namespace huitou
