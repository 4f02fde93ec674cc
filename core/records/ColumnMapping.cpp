#include "ColumnMapping.h"

#include <QCoreApplication>

namespace huitou {

QStringList ColumnMapping::keys()
{
    return {QStringLiteral("customer"), QStringLiteral("order"),   QStringLiteral("time"),   QStringLiteral("amount"),
            QStringLiteral("quantity"), QStringLiteral("status"),  QStringLiteral("refund"), QStringLiteral("phone"),
            QStringLiteral("email"),    QStringLiteral("address"), QStringLiteral("items"),  QStringLiteral("name")};
}

namespace {
QString *slot(ColumnMapping &m, const QString &key)
{
    QString *const fields[] = {&m.customer, &m.order, &m.time,  &m.amount,  &m.quantity, &m.status,
                               &m.refund,   &m.phone, &m.email, &m.address, &m.items,    &m.name};
    const int i = int(ColumnMapping::keys().indexOf(key));
    return i < 0 ? nullptr : fields[i];
}
} // namespace

bool ColumnMapping::set(const QString &key, const QString &column)
{
    QString *s = slot(*this, key);
    if (!s)
        return false;
    *s = column.trimmed();
    return true;
}

QString ColumnMapping::value(const QString &key) const
{
    QString *s = slot(const_cast<ColumnMapping &>(*this), key);
    return s ? *s : QString();
}

QString ColumnMapping::missingRequired() const
{
    for (const QString &key :
         {QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("time"), QStringLiteral("amount")})
        if (value(key).isEmpty())
            return QCoreApplication::translate("ColumnMapping", "The mapping does not name a column for \"%1\".")
                .arg(key);
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject json;
    for (const QString &key : keys())
        if (!value(key).isEmpty())
            json.insert(key, value(key));
    return json;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json)
{
    ColumnMapping m;
    for (const QString &key : keys())
        m.set(key, json.value(key).toString());
    return m;
}

ColumnMapping ColumnMapping::fromSpec(const QString &spec, QString *error)
{
    ColumnMapping m;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0 || !m.set(part.left(eq).trimmed(), part.mid(eq + 1))) {
            *error = QCoreApplication::translate("ColumnMapping",
                                                 "Not a mapping entry: \"%1\" (use field=COLUMN with field one of %2).")
                         .arg(part, keys().join(QStringLiteral(", ")));
            return {};
        }
    }
    return m;
}

} // namespace huitou
