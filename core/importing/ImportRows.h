#pragma once

#include <QString>

#include <optional>

namespace huitou {

// One order as a format parsed it, normalised: times in shop time
// ("yyyy-MM-dd HH:mm:ss", empty when absent), money in fen.
struct OrderRow
{
    QString source;
    QString orderNo;
    QString customerKey;
    QString status;
    QString createdAt;
    QString paidAt;
    qint64 paidFen = 0;
    qint64 refundFen = 0;
    std::optional<int> itemCount;
    QString receiverName;
    QString phone; // as exported, ' stripped; may be masked
    QString email;
    QString address;
    QString province;
    QString titles;
    bool valid = false;

    qint64 netFen() const { return paidFen - refundFen; }
    QString paidDay() const { return paidAt.left(10); }
    // Stable 64-bit hash of every stored field: equal rows re-import as
    // "unchanged" without comparing column by column.
    qint64 fingerprint() const;
};

// One order line (item report, Shopify line item).
struct ItemRow
{
    QString source;
    QString orderNo;
    QString title;
    std::optional<qint64> priceFen;
    std::optional<int> quantity;
    QString outerId;
    QString skuText;
    QString color;
    QString size;
    QString attributesJson; // {"颜色分类":"杏色","尺码":"M"}
    QString status;
    QString merchantCode;

    qint64 fingerprint() const;
    // Fills color, size and attributesJson from skuText.
    void parseSku();
};

struct ParsedRow
{
    std::optional<OrderRow> order;
    std::optional<ItemRow> item;
    void clear()
    {
        order.reset();
        item.reset();
    }
};

// Stable FNV-1a over a sequence of strings (separator-delimited).
class Fingerprint
{
public:
    Fingerprint &add(const QString &s);
    Fingerprint &add(qint64 v);
    qint64 value() const { return static_cast<qint64>(m_hash); }

private:
    quint64 m_hash = 1469598103934665603ULL;
};

} // namespace huitou
