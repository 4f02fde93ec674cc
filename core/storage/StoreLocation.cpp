#include "StoreLocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

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

StoreLocation StoreLocation::server(const QString &host, int port, const QString &database, const QString &user)
{
    StoreLocation location;
    if (!database.isEmpty()) {
        location.m_kind = Kind::Server;
        location.m_host = host;
        location.m_port = port;
        location.m_database = database;
        location.m_user = user;
    }
    return location;
}

StoreLocation StoreLocation::fromString(const QString &text)
{
    if (text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(text, QUrl::StrictMode);
        StoreLocation invalid;
        if (!url.isValid()) {
            invalid.m_error =
                QCoreApplication::translate("huitou::StoreLocation", "Not a server address: %1").arg(text);
            return invalid;
        }
        if (!url.password().isEmpty()) {
            invalid.m_error = QCoreApplication::translate("huitou::StoreLocation",
                                                          "A server address must not hold a password: put it in "
                                                          "~/.pgpass instead.");
            return invalid;
        }
        QString database = url.path();
        if (database.startsWith(QLatin1Char('/')))
            database.remove(0, 1);
        if (database.isEmpty()) {
            invalid.m_error = QCoreApplication::translate("huitou::StoreLocation",
                                                          "The server address names no database: %1")
                                  .arg(text);
            return invalid;
        }
        // libpq's own form for a Unix socket folder: postgresql://user@/db?host=/run/postgresql
        QString host = url.host();
        const QUrlQuery query(url);
        if (query.hasQueryItem(QStringLiteral("host")))
            host = query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        return server(host, url.port(-1), database, url.userName());
    }
    if (text.startsWith(QLatin1String("file:"))) {
        const QUrl url(text);
        if (url.isLocalFile())
            return file(url.toLocalFile());
    }
    return file(text);
}

QString StoreLocation::toString() const
{
    if (m_kind != Kind::Server)
        return m_path;
    QString text = QStringLiteral("postgresql://");
    if (!m_user.isEmpty())
        text += QString::fromUtf8(QUrl::toPercentEncoding(m_user)) + QLatin1Char('@');
    const bool socket = m_host.startsWith(QLatin1Char('/'));
    if (!socket)
        text += m_host;
    if (m_port > 0)
        text += QLatin1Char(':') + QString::number(m_port);
    text += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    if (socket)
        text += QStringLiteral("?host=") + QString::fromUtf8(QUrl::toPercentEncoding(m_host, "/"));
    return text;
}

bool StoreLocation::sameStoreAs(const StoreLocation &other) const
{
    if (m_kind != other.m_kind)
        return false;
    if (m_kind == Kind::File)
        return QFileInfo(m_path).absoluteFilePath() == QFileInfo(other.m_path).absoluteFilePath();
    if (m_kind == Kind::Server)
        return m_host == other.m_host && m_port == other.m_port && m_database == other.m_database;
    return true;
}

} // namespace huitou
