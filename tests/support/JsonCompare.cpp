#include "JsonCompare.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace huitou::test {

QString jsonDifference(const QJsonValue &expected, const QJsonValue &actual, const QString &path)
{
    auto describe = [](const QJsonValue &v) {
        if (v.isDouble())
            return QString::number(v.toDouble(), 'g', 17);
        if (v.isString())
            return v.toString();
        if (v.isNull())
            return QStringLiteral("null");
        if (v.isBool())
            return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        if (v.isUndefined())
            return QStringLiteral("(missing)");
        return QStringLiteral("(container)");
    };
    if (expected.type() != actual.type())
        return QStringLiteral("%1: expected %2, got %3").arg(path, describe(expected), describe(actual));
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            const QString d = jsonDifference(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key());
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (e.size() != a.size())
            return QStringLiteral("%1: expected %2 elements, got %3").arg(path).arg(e.size()).arg(a.size());
        for (int i = 0; i < e.size(); ++i) {
            const QString d = jsonDifference(e[i], a[i], QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!d.isEmpty())
                return d;
        }
        return {};
    }
    if (expected.isDouble()) {
        const double x = expected.toDouble(), y = actual.toDouble();
        if (std::abs(x - y) <= 1e-9 * std::max(1.0, std::abs(x)))
            return {};
        return QStringLiteral("%1: expected %2, got %3").arg(path, describe(expected), describe(actual));
    }
    return expected == actual
        ? QString()
        : QStringLiteral("%1: expected %2, got %3").arg(path, describe(expected), describe(actual));
}

} // namespace huitou::test
