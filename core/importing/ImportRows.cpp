#include "ImportRows.h"

#include "FieldParsers.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huitou {

Fingerprint &Fingerprint::add(const QString &s)
{
    for (QChar c : s) {
        m_hash ^= c.unicode();
        m_hash *= 1099511628211ULL;
    }
    m_hash ^= 0x1F;
    m_hash *= 1099511628211ULL;
    return *this;
}

Fingerprint &Fingerprint::add(qint64 v)
{
    for (int i = 0; i < 8; ++i) {
        m_hash ^= (static_cast<quint64>(v) >> (8 * i)) & 0xFF;
        m_hash *= 1099511628211ULL;
    }
    return *this;
}

qint64 OrderRow::fingerprint() const
{
    Fingerprint f;
    f.add(customerKey).add(status).add(createdAt).add(paidAt).add(paidFen).add(refundFen);
    f.add(itemCount ? qint64(*itemCount) : qint64(-1)).add(receiverName).add(phone).add(email);
    f.add(address).add(province).add(titles).add(qint64(valid));
    return f.value();
}

qint64 ItemRow::fingerprint() const
{
    Fingerprint f;
    f.add(title).add(priceFen.value_or(-1)).add(qint64(quantity.value_or(-1))).add(outerId).add(skuText);
    f.add(status).add(merchantCode);
    return f.value();
}

void ItemRow::parseSku()
{
    QJsonObject attributes;
    for (const auto &[key, value] : parse::skuAttributes(skuText)) {
        attributes.insert(key, value);
        if (color.isEmpty() && key.contains(QStringLiteral("颜色")))
            color = value;
        else if (size.isEmpty() && (key.contains(QStringLiteral("尺码")) || key.contains(QStringLiteral("尺寸"))))
            size = value;
    }
    attributesJson = attributes.isEmpty()
        ? QString()
        : QString::fromUtf8(QJsonDocument(attributes).toJson(QJsonDocument::Compact));
}

} // namespace huitou
