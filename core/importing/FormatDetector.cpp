#include "FormatDetector.h"

#include "GenericFormat.h"
#include "ShopifyFormat.h"
#include "TaobaoItemFormat.h"
#include "TaobaoOrderFormat.h"

namespace huitou {

QString FormatDetector::detect(const QStringList &h)
{
    const auto has = [&h](const char *name) { return h.contains(QString::fromUtf8(name)); };
    if (has("订单编号") && has("买家会员名"))
        return TaobaoOrderFormat::formatId();
    if ((has("订单编号") || has("主订单编号")) && has("购买数量"))
        return TaobaoItemFormat::formatId();
    if (has("Name") && has("Email") && has("Financial Status"))
        return ShopifyFormat::formatId();
    return {};
}

QStringList FormatDetector::formatIds()
{
    return {TaobaoOrderFormat::formatId(), TaobaoItemFormat::formatId(), ShopifyFormat::formatId(),
            GenericFormat::formatId()};
}

std::unique_ptr<ImportFormat> FormatDetector::create(const QString &id, const ColumnMapping &mapping)
{
    if (id == TaobaoOrderFormat::formatId())
        return std::make_unique<TaobaoOrderFormat>();
    if (id == TaobaoItemFormat::formatId())
        return std::make_unique<TaobaoItemFormat>();
    if (id == ShopifyFormat::formatId())
        return std::make_unique<ShopifyFormat>();
    if (id == GenericFormat::formatId())
        return std::make_unique<GenericFormat>(mapping);
    return nullptr;
}

} // namespace huitou
