#include "FieldParsers.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace huitou::parse {

std::optional<qint64> money(const QString &input)
{
    QStringView t = QStringView(input).trimmed();
    if (t.endsWith(QChar(0x5143))) // 元
        t.chop(1);
    t = t.trimmed();
    bool negative = false, signed_ = false;
    if (!t.isEmpty() && (t.front() == QLatin1Char('-') || t.front() == QLatin1Char('+'))) {
        negative = t.front() == QLatin1Char('-');
        signed_ = true;
        t = t.sliced(1);
    }
    bool currency = false;
    if (!t.isEmpty() && (t.front() == QChar(0x00A5) || t.front() == QChar(0xFFE5))) {
        t = t.sliced(1).trimmed();
        currency = true;
    }
    // One sign only, before or after the currency sign: "+-5" is not an amount.
    if (currency && !signed_ && !t.isEmpty() && (t.front() == QLatin1Char('-') || t.front() == QLatin1Char('+'))) {
        negative = t.front() == QLatin1Char('-');
        t = t.sliced(1);
    }
    if (t.isEmpty())
        return std::nullopt;
    qint64 units = 0;
    qsizetype i = 0;
    int intDigits = 0;
    for (; i < t.size() && t[i].isDigit() && t[i].unicode() < 128; ++i) {
        if (++intDigits > 15)
            return std::nullopt;
        units = units * 10 + (t[i].unicode() - '0');
    }
    qint64 fen = units * 100;
    if (i < t.size()) {
        if (t[i] != QLatin1Char('.'))
            return std::nullopt;
        ++i;
        int decimals = 0;
        bool roundUp = false;
        qint64 frac = 0;
        for (; i < t.size(); ++i) {
            const QChar c = t[i];
            if (!c.isDigit() || c.unicode() >= 128)
                return std::nullopt;
            const int d = c.unicode() - '0';
            if (decimals < 2)
                frac = frac * 10 + d;
            else if (decimals == 2)
                roundUp = d >= 5;
            ++decimals;
        }
        if (decimals == 1)
            frac *= 10;
        if (intDigits == 0 && decimals == 0)
            return std::nullopt;
        fen += frac + (roundUp ? 1 : 0);
    } else if (intDigits == 0) {
        return std::nullopt;
    }
    return negative ? -fen : fen;
}

namespace {

// Reads 1..MAXDIGITS ASCII digits at *pos.
bool digits(QStringView s, qsizetype *pos, int minDigits, int maxDigits, int *value)
{
    int v = 0, n = 0;
    while (*pos < s.size() && n < maxDigits && s[*pos].unicode() >= '0' && s[*pos].unicode() <= '9') {
        v = v * 10 + (s[*pos].unicode() - '0');
        ++*pos;
        ++n;
    }
    *value = v;
    return n >= minDigits;
}

bool expect(QStringView s, qsizetype *pos, char c)
{
    if (*pos < s.size() && s[*pos] == QLatin1Char(c)) {
        ++*pos;
        return true;
    }
    return false;
}

} // namespace

Time time(const QString &input, const QTimeZone &shopZone)
{
    Time result;
    const QStringView s = QStringView(input).trimmed();
    if (s.isEmpty() || s.startsWith(QLatin1String("0000-00-00")) || s.startsWith(QLatin1String("0000/00/00"))) {
        result.ok = true;
        result.empty = true;
        return result;
    }
    qsizetype p = 0;
    int y, mo, d, h = 0, mi = 0, sec = 0;
    if (!digits(s, &p, 4, 4, &y))
        return result;
    const char sep = p < s.size() && s[p] == QLatin1Char('/') ? '/' : '-';
    if (!expect(s, &p, sep) || !digits(s, &p, 1, 2, &mo) || !expect(s, &p, sep) || !digits(s, &p, 1, 2, &d))
        return result;
    bool hasOffset = false;
    int offsetSeconds = 0;
    if (p < s.size()) {
        if (!expect(s, &p, ' ') && !expect(s, &p, 'T'))
            return result;
        while (p < s.size() && s[p] == QLatin1Char(' '))
            ++p;
        if (!digits(s, &p, 1, 2, &h) || !expect(s, &p, ':') || !digits(s, &p, 2, 2, &mi))
            return result;
        if (expect(s, &p, ':')) {
            if (!digits(s, &p, 2, 2, &sec))
                return result;
            if (expect(s, &p, '.')) {
                int ignored;
                if (!digits(s, &p, 1, 9, &ignored))
                    return result;
            }
        }
        // Shopify writes "2019-06-03 16:12:39 -0400": the zone may follow a space.
        while (p < s.size() && s[p] == QLatin1Char(' '))
            ++p;
        if (p < s.size()) {
            if (s[p] == QLatin1Char('Z')) {
                ++p;
                hasOffset = true;
            } else if (s[p] == QLatin1Char('+') || s[p] == QLatin1Char('-')) {
                const int sign = s[p] == QLatin1Char('-') ? -1 : 1;
                ++p;
                int oh, om = 0;
                if (!digits(s, &p, 2, 2, &oh))
                    return result;
                expect(s, &p, ':');
                if (p < s.size() && !digits(s, &p, 2, 2, &om))
                    return result;
                hasOffset = true;
                offsetSeconds = sign * (oh * 3600 + om * 60);
            }
        }
        if (p != s.size())
            return result;
    }
    if (!QDate::isValid(y, mo, d) || h > 23 || mi > 59 || sec > 59)
        return result;
    if (hasOffset) {
        const QDateTime utc(QDate(y, mo, d), QTime(h, mi, sec), QTimeZone(offsetSeconds));
        const QDateTime local = utc.toTimeZone(shopZone);
        result.iso = local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    } else {
        char buffer[20];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, sec);
        result.iso = QString::fromLatin1(buffer, 19);
    }
    result.ok = true;
    return result;
}

QString phone(const QString &text)
{
    QString t = text.trimmed();
    while (t.startsWith(QLatin1Char('\'')))
        t.remove(0, 1);
    return t.trimmed();
}

bool isMaskedPhone(const QString &phone)
{
    return phone.contains(QLatin1Char('*'));
}

const QStringList &provinceNames()
{
    static const QStringList names = {QStringLiteral("北京"),   QStringLiteral("天津"), QStringLiteral("上海"),
                                      QStringLiteral("重庆"),   QStringLiteral("河北"), QStringLiteral("山西"),
                                      QStringLiteral("辽宁"),   QStringLiteral("吉林"), QStringLiteral("黑龙江"),
                                      QStringLiteral("江苏"),   QStringLiteral("浙江"), QStringLiteral("安徽"),
                                      QStringLiteral("福建"),   QStringLiteral("江西"), QStringLiteral("山东"),
                                      QStringLiteral("河南"),   QStringLiteral("湖北"), QStringLiteral("湖南"),
                                      QStringLiteral("广东"),   QStringLiteral("海南"), QStringLiteral("四川"),
                                      QStringLiteral("贵州"),   QStringLiteral("云南"), QStringLiteral("陕西"),
                                      QStringLiteral("甘肃"),   QStringLiteral("青海"), QStringLiteral("台湾"),
                                      QStringLiteral("内蒙古"), QStringLiteral("广西"), QStringLiteral("西藏"),
                                      QStringLiteral("宁夏"),   QStringLiteral("新疆"), QStringLiteral("香港"),
                                      QStringLiteral("澳门")};
    return names;
}

QString province(const QString &address)
{
    const QStringView a = QStringView(address).trimmed();
    // No short name is a prefix of another, so the first match is the match.
    for (const QString &name : provinceNames())
        if (a.startsWith(name))
            return name;
    return {};
}

QList<QPair<QString, QString>> skuAttributes(const QString &text)
{
    QList<QPair<QString, QString>> pairs;
    QString normalized = text;
    normalized.replace(QChar(0xFF1B), QLatin1Char(';')); // ；
    normalized.replace(QChar(0xFF1A), QLatin1Char(':')); // ：
    const auto parts = QStringView(normalized).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = part.left(colon).trimmed().toString();
        const QString value = part.mid(colon + 1).trimmed().toString();
        if (!key.isEmpty() && !value.isEmpty())
            pairs.append({key, value});
    }
    return pairs;
}

bool isExcelMangledId(const QString &id)
{
    const QStringView t = QStringView(id).trimmed();
    qsizetype i = 0;
    const auto digitsAt = [&t, &i]() {
        const qsizetype from = i;
        while (i < t.size() && t[i].unicode() >= '0' && t[i].unicode() <= '9')
            ++i;
        return i - from;
    };
    if (digitsAt() == 0)
        return false;
    if (i < t.size() && t[i] == QLatin1Char('.')) {
        ++i;
        const qsizetype fracStart = i;
        if (digitsAt() == 0)
            return false;
        if (i == t.size()) // 2089123456789.0: a number Excel formatted
            return t.sliced(fracStart).count(QLatin1Char('0')) == i - fracStart;
    }
    if (i >= t.size() || (t[i] != QLatin1Char('E') && t[i] != QLatin1Char('e')))
        return false;
    ++i;
    if (i < t.size() && (t[i] == QLatin1Char('+') || t[i] == QLatin1Char('-')))
        ++i;
    return digitsAt() > 0 && i == t.size();
}

std::optional<int> count(const QString &text)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 0)
        return std::nullopt;
    return n;
}

void skuFields(ItemRow &item)
{
    QJsonObject attributes;
    for (const auto &[key, value] : skuAttributes(item.skuText)) {
        attributes.insert(key, value);
        if (item.color.isEmpty() && key.contains(QStringLiteral("颜色")))
            item.color = value;
        else if (item.size.isEmpty() && (key.contains(QStringLiteral("尺码")) || key.contains(QStringLiteral("尺寸"))))
            item.size = value;
    }
    item.attributesJson = attributes.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
}

} // namespace huitou::parse
