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

QString FormatDetector::nearest(const QStringList &h)
{
    const auto count = [&h](std::initializer_list<const char *> names) {
        int n = 0;
        for (const char *name : names)
            n += h.contains(QString::fromUtf8(name)) ? 1 : 0;
        return n;
    };
    if (count({"购买数量", "商品属性", "套餐信息", "商家编码"}) >= 2)
        return TaobaoItemFormat::formatId();
    if (count({"订单编号", "买家会员名", "买家实际支付金额", "订单状态", "订单付款时间", "订单创建时间", "收货地址",
               "收货人姓名"})
        >= 3)
        return TaobaoOrderFormat::formatId();
    if (count({"Name", "Email", "Financial Status", "Paid at", "Lineitem name", "Total"}) >= 3)
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
