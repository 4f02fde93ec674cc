#pragma once

#include <QJsonValue>
#include <QString>

namespace huitou::test {

// Empty when every key of EXPECTED is in ACTUAL with an equal value (numbers
// within 1e-9 relative); otherwise the path of the first difference.
QString jsonDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path = QStringLiteral("$"));

} // namespace huitou::test
