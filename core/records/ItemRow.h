#pragma once

#include <QString>

#include <optional>

namespace huitou {

// One order line (item report, Shopify line item), as a format parsed it.
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
};

} // namespace huitou
