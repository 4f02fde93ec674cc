#pragma once

#include <QString>

namespace huitou::labels {

// Display names of the English keys used by core (stage, type, tier, RFM
// segment, consent), in the user's language: the names of
// core/customers/Vocabulary.h, looked up by key.
QString stage(const QString &key);
QString type(const QString &key);
QString tier(const QString &key);
QString segment(const QString &key);
QString consent(const QString &key);
QString format(const QString &id);
// Masks the middle of a phone number for the screen: 138****5678.
QString maskedPhone(const QString &phone);

} // namespace huitou::labels
