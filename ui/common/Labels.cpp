#include "Labels.h"

#include <QCoreApplication>

namespace huitou::labels {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("huitou::labels", text);
}
} // namespace

QString stage(const QString &key)
{
    if (key == QLatin1String("active")) return tr("Active");
    if (key == QLatin1String("silent")) return tr("Silent");
    if (key == QLatin1String("sleeping")) return tr("Sleeping");
    if (key == QLatin1String("lost")) return tr("Lost");
    return key;
}

QString type(const QString &key)
{
    if (key == QLatin1String("new")) return tr("New");
    if (key == QLatin1String("returning")) return tr("Returning");
    return key;
}

QString tier(const QString &key)
{
    if (key == QLatin1String("regular")) return tr("Regular member");
    if (key == QLatin1String("senior")) return tr("Senior member");
    if (key == QLatin1String("vip")) return tr("VIP");
    if (key == QLatin1String("supreme_vip")) return tr("Supreme VIP");
    return key;
}

QString segment(const QString &key)
{
    if (key == QLatin1String("important_value")) return tr("Important value");
    if (key == QLatin1String("important_develop")) return tr("Important to develop");
    if (key == QLatin1String("important_retain")) return tr("Important to retain");
    if (key == QLatin1String("important_winback")) return tr("Important to win back");
    if (key == QLatin1String("general_value")) return tr("General value");
    if (key == QLatin1String("general_develop")) return tr("General to develop");
    if (key == QLatin1String("general_retain")) return tr("General to retain");
    if (key == QLatin1String("general_winback")) return tr("General to win back");
    return key;
}

QString consent(const QString &key)
{
    if (key == QLatin1String("consented")) return tr("Consented");
    if (key == QLatin1String("refused")) return tr("Refused");
    return tr("Unknown");
}

QString format(const QString &id)
{
    if (id == QLatin1String("taobao-orders")) return tr("Taobao order report");
    if (id == QLatin1String("taobao-items")) return tr("Taobao item report");
    if (id == QLatin1String("shopify")) return tr("Shopify orders export");
    if (id == QLatin1String("generic")) return tr("Generic CSV (column mapping)");
    return tr("Not recognised");
}

QString maskedPhone(const QString &phone)
{
    if (phone.contains(QLatin1Char('*')) || phone.size() < 7)
        return phone;
    return phone.left(3) + QStringLiteral("****") + phone.right(4);
}

} // namespace huitou::labels
