#include "ImportFormat.h"

#include <QCoreApplication>

namespace huitou {

QStringList ImportFormat::headerNames(const CsvRecord &header)
{
    QStringList names;
    for (qsizetype i = 0; i < header.fieldCount(); ++i)
        names << header.text(i);
    return names;
}

void ImportFormat::indexHeader(const CsvRecord &header)
{
    m_columns.clear();
    const QStringList names = headerNames(header);
    for (int i = 0; i < names.size(); ++i)
        if (!names[i].isEmpty() && !m_columns.contains(names[i]))
            m_columns.insert(names[i], i);
}

int ImportFormat::column(std::initializer_list<const char *> names) const
{
    for (const char *name : names) {
        const auto it = m_columns.constFind(QString::fromUtf8(name));
        if (it != m_columns.constEnd())
            return it.value();
    }
    return -1;
}

QString ImportFormat::requireColumns(std::initializer_list<std::pair<int *, const char *>> required) const
{
    for (const auto &[index, name] : required) {
        if (*index < 0)
            return QCoreApplication::translate("ImportFormat", "The file has no column \"%1\".")
                .arg(QString::fromUtf8(name));
    }
    return {};
}

} // namespace huitou
