#pragma once

#include <QString>

namespace huitou {

// What a store file looked like when PRAGMA quick_check last found it sound:
// size, modification and status-change times of the file and of its -wal
// file, kept in a small file beside the store (STORE-checked). A store that
// has not changed since is not read whole again on every open: at a million
// customers the check reads 2 GB and costs ~5 s of CPU, more than the report
// it guards. Any write (a command, another workstation, a restore, a byte
// overwritten by anything but SQLite) changes the times or the size, and the
// next open checks again. `store check` and the check before an import
// always run. A page that rots without its file being written is caught by
// SQLite itself when a command reads it, and by the next full check.
class CheckStamp
{
public:
    // The stamp of the store file PATH as it is now.
    static CheckStamp of(const QString &path);

    // Whether the stamp last recorded beside the store equals this one.
    bool wasChecked() const;
    // Records this stamp as that of a sound store. Best effort: a store in
    // a folder that cannot be written is simply checked every time.
    void record() const;

    // Runs CHECK (a quick_check: empty when sound) unless the store is
    // unchanged since its last clean check; records a clean result under the
    // stamp taken before the check, so a write during the check is checked
    // next time.
    template <typename Check>
    static QString checkUnlessUnchanged(const QString &path, Check check)
    {
        const CheckStamp before = of(path);
        if (before.wasChecked())
            return {};
        QString damaged = check();
        if (damaged.isEmpty())
            before.record();
        return damaged;
    }

private:
    QString m_path;
    QString m_text;
};

} // namespace huitou
