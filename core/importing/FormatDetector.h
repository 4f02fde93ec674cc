#pragma once

#include "ImportFormat.h"
#include "records/ColumnMapping.h"

#include <QStringList>

#include <memory>

namespace huitou {

// Recognises a file's format from its header, and builds a format by id.
class FormatDetector
{
public:
    // "taobao-orders", "taobao-items", "shopify", or empty (generic: needs a mapping).
    static QString detect(const QStringList &headerNames);
    // The format a header was most likely meant to be when detect() found
    // none: a Taobao order report missing 订单编号 or 买家会员名 still has its
    // other columns. Binding it then names the missing column. Empty when
    // nothing is close.
    static QString nearest(const QStringList &headerNames);
    static QStringList formatIds();
    static std::unique_ptr<ImportFormat> create(const QString &formatId, const ColumnMapping &mapping = {});
};

} // namespace huitou
