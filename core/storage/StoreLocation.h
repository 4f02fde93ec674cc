#pragma once

#include <QString>

namespace huitou {

// Where a store lives: a file today (SQLite), a server URL later. Stores are
// opened from a location (Database::open), and a second connection to an
// open store comes from its location, never from a path pieced together again.
class StoreLocation
{
public:
    enum class Kind { None, File };

    StoreLocation() = default;
    static StoreLocation file(const QString &path);
    // What a person or a setting names: a path, or a file:// URL.
    static StoreLocation fromString(const QString &text);

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::None; }
    bool isFile() const { return m_kind == Kind::File; }
    // The store file (Kind::File), as given.
    QString filePath() const { return m_path; }
    // For people and for settings; fromString() reads it back.
    QString toString() const { return m_path; }
    // The same store (file paths compared absolute).
    bool sameStoreAs(const StoreLocation &other) const;

private:
    Kind m_kind = Kind::None;
    QString m_path;
};

} // namespace huitou
