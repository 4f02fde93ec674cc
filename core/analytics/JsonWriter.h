#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace huitou {

// A small ordered JSON writer: keys come out in the order DESIGN.md lists
// them and money keeps its two decimals ("12.50"), which QJsonDocument
// cannot promise.
class JsonWriter
{
public:
    JsonWriter &beginObject(const QString &key = {});
    JsonWriter &endObject();
    JsonWriter &beginArray(const QString &key = {});
    JsonWriter &endArray();
    JsonWriter &value(const QString &key, const QString &text);
    JsonWriter &value(const QString &key, qint64 number);
    JsonWriter &value(const QString &key, int number) { return value(key, qint64(number)); }
    JsonWriter &value(const QString &key, bool flag);
    JsonWriter &value(const QString &key, std::optional<double> number); // null when empty
    JsonWriter &money(const QString &key, std::optional<qint64> fen); // yuan, two decimals
    JsonWriter &null(const QString &key);
    // A one-line array of numbers: [1.0, 0.25]
    JsonWriter &numbers(const QString &key, const std::vector<double> &values);
    QString text() const { return m_text + QLatin1Char('\n'); }
    // For long documents written as they go: the text so far, which the
    // writer forgets (it goes on where it stopped; text() ends the rest).
    QString takeText() { return std::exchange(m_text, QString()); }

    static QString number(double v);

private:
    void key(const QString &key);
    QString m_text;
    bool m_needComma = false;
    int m_depth = 0;
};

} // namespace huitou
