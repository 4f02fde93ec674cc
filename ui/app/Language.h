#pragma once

#include <QString>

namespace huitou {

// Installs Huitou's and Qt's translations for LANGUAGE ("zh_CN", "en", or
// empty to follow the system: Chinese on a Chinese locale, English otherwise).
class Language
{
public:
    static void apply(const QString &language);
    static QString current(); // the resolved language: "zh_CN" or "en"
};

} // namespace huitou
