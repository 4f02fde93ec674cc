#pragma once

#include <QString>

namespace huitou {

// Where a store lives: a file (SQLite) or a PostgreSQL server URL
// (postgresql://user@host:port/db, or postgresql://user@/db?host=/socket/dir). Stores are
// opened from a location (Database::open), and a second connection to an
// open store comes from its location, never from a path pieced together again.
class StoreLocation
{
public:
    enum class Kind { None, File, Server };

    StoreLocation() = default;
    static StoreLocation file(const QString &path);
    // A PostgreSQL server store. No password: libpq finds it (~/.pgpass,
    // PGPASSWORD); a URL that carries one is refused by fromString().
    static StoreLocation server(const QString &host, int port, const QString &database, const QString &user);
    // What a person or a setting names: a path, a file:// URL or a
    // postgresql:// (postgres://) URL. A server URL with a password, or
    // without a database, is invalid (see error()).
    static StoreLocation fromString(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    bool isServer() const { return m_kind == Kind::Server; }
    // The store file (Kind::File), as given.
    QString filePath() const { return m_path; }
    // The server (Kind::Server): host name or socket folder (empty: libpq's
    // default), port (-1: default), database and user (empty: libpq's default).
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    // Why fromString() gave an invalid location (empty when it did not).
    QString error() const { return m_error; }
    // For people and for settings; fromString() reads it back. Never holds a password.
    QString toString() const;
    // The same store (file paths compared absolute).
    bool sameStoreAs(const StoreLocation &other) const;

private:
    Kind m_kind = Kind::None;
    QString m_path;
    QString m_host;
    int m_port = -1;
    QString m_database;
    QString m_user;
    QString m_error;
};

} // namespace huitou
