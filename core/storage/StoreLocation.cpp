#include "StoreLocation.h"

#include <QFileInfo>
#include <QUrl>

namespace huitou {

StoreLocation StoreLocation::file(const QString &path)
{
    StoreLocation location;
    if (!path.isEmpty()) {
        location.m_kind = Kind::File;
        location.m_path = path;
    }
    return location;
}

StoreLocation StoreLocation::fromString(const QString &text)
{
    if (text.startsWith(QLatin1String("file:"))) {
        const QUrl url(text);
        if (url.isLocalFile())
            return file(url.toLocalFile());
    }
    return file(text);
}

bool StoreLocation::sameStoreAs(const StoreLocation &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::File)
        return QFileInfo(m_path).absoluteFilePath() == QFileInfo(other.m_path).absoluteFilePath();
    return true;
}

} // namespace huitou
