#include "OutreachSettings.h"

#include "storage/SettingsStore.h"

namespace huitou {

OutreachSettings OutreachSettings::load(QSqlDatabase db)
{
    SettingsStore s(std::move(db));
    OutreachSettings o;
    auto number = [&s](const char *key, int fallback, int min) {
        bool ok = false;
        const int v = s.value(QString::fromLatin1(key)).toInt(&ok);
        return ok && v >= min ? v : fallback;
    };
    o.requireConsent = s.value(QStringLiteral("outreach/require_consent")) == QLatin1String("1");
    o.contactWindowDays = number("outreach/contact_window_days", 7, 0);
    o.smsSegmentLimit = number("outreach/sms_segment_limit", 1, 1);
    o.responseWindowDays = number("outreach/response_window_days", 14, 1);
    return o;
}

bool OutreachSettings::save(QSqlDatabase db, QString *error) const
{
    SettingsStore s(std::move(db));
    return s.setValue(QStringLiteral("outreach/require_consent"),
                      requireConsent ? QStringLiteral("1") : QStringLiteral("0"), error)
        && s.setValue(QStringLiteral("outreach/contact_window_days"), QString::number(contactWindowDays), error)
        && s.setValue(QStringLiteral("outreach/sms_segment_limit"), QString::number(smsSegmentLimit), error)
        && s.setValue(QStringLiteral("outreach/response_window_days"), QString::number(responseWindowDays), error);
}

} // namespace huitou
