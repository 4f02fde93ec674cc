#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace huitou {

// Which column of a generic CSV holds which field; saved as a named preset.
struct ColumnMapping
{
    QString customer, order, time, amount; // required
    QString quantity, status, refund, phone, email, address, items, name;

    // The fields a mapping can name, as used by --map key=COL.
    static QStringList keys();
    bool set(const QString &key, const QString &column);
    QString value(const QString &key) const;
    // Empty on success, else which required field is missing.
    QString missingRequired() const;

    QJsonObject toJson() const;
    static ColumnMapping fromJson(const QJsonObject &json);
    // Parses "customer=COL,order=COL,…"; *error names a bad entry.
    static ColumnMapping fromSpec(const QString &spec, QString *error);
};

} // namespace huitou
