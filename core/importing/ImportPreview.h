#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huitou {

// The first rows of a file as the importer will read them: detected
// encoding and format, the header, and the rows' fields.
struct ImportPreview
{
    QString encoding;
    QString format; // empty: not recognised (generic, needs a mapping)
    QStringList header;
    QList<QStringList> rows;
    QString error;

    static ImportPreview read(const QString &path, int maxRows = 20);
    // The shop the export comes from (Taobao's 店铺名称 column, the most
    // frequent value in the rows read), or empty.
    QString shopName() const;
};

} // namespace huitou
