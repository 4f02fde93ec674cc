#include "Labels.h"

#include "customers/Vocabulary.h"

#include <QCoreApplication>

namespace huitou::labels {

namespace {
class LabelText
{
    Q_DECLARE_TR_FUNCTIONS(huitou::labels)
};
} // namespace

// The vocabulary's names; a key outside it is shown as it is.
QString stage(const QString &key)
{
    const auto v = parseStage(key);
    return v ? stageName(*v) : key;
}

QString type(const QString &key)
{
    const auto v = parseCustomerType(key);
    return v ? customerTypeName(*v) : key;
}

QString tier(const QString &key)
{
    const auto v = parseTier(key);
    return v ? tierName(*v) : key;
}

QString segment(const QString &key)
{
    const auto v = parseSegment(key);
    return v ? segmentName(*v) : key;
}

QString consent(const QString &key)
{
    return consentName(parseConsent(key).value_or(Consent::Unknown));
}

QString format(const QString &id)
{
    if (id == QLatin1String("taobao-orders"))
        return LabelText::tr("Taobao order report");
    if (id == QLatin1String("taobao-items"))
        return LabelText::tr("Taobao item report");
    if (id == QLatin1String("shopify"))
        return LabelText::tr("Shopify orders export");
    if (id == QLatin1String("generic"))
        return LabelText::tr("Generic CSV (column mapping)");
    return LabelText::tr("Not recognised");
}

QString maskedPhone(const QString &phone)
{
    if (phone.contains(QLatin1Char('*')) || phone.size() < 7)
        return phone;
    return phone.left(3) + QStringLiteral("****") + phone.right(4);
}

} // namespace huitou::labels
