#include "ImportPreview.h"

#include "CsvReader.h"
#include "FormatDetector.h"
#include "TextEncoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace huitou {

ImportPreview ImportPreview::read(const QString &path, int maxRows)
{
    ImportPreview p;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = QCoreApplication::translate("ImportPreview", "Cannot open %1: %2").arg(path, file.errorString());
        return p;
    }
    const TextEncoding::Kind encoding = TextEncoding::detect(file);
    p.encoding = TextEncoding::name(encoding);
    CsvReader reader(&file, encoding);
    CsvRecord record;
    if (!reader.next(record)) {
        p.error = QCoreApplication::translate("ImportPreview", "The file is empty.");
        return p;
    }
    p.header = ImportFormat::headerNames(record);
    p.format = FormatDetector::detect(p.header);
    while (p.rows.size() < maxRows && reader.next(record)) {
        QStringList fields;
        for (qsizetype i = 0; i < record.fieldCount(); ++i)
            fields << record.text(i);
        p.rows << fields;
    }
    return p;
}

QString ImportPreview::shopName() const
{
    int column = -1;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed() == QStringLiteral("店铺名称"))
            column = i;
    if (column < 0)
        return {};
    QHash<QString, int> seen;
    QString best;
    for (const QStringList &row : rows) {
        const QString name = row.value(column).trimmed();
        if (!name.isEmpty() && ++seen[name] > seen.value(best))
            best = name;
    }
    return best;
}

} // namespace huitou
