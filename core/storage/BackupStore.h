#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct BackupInfo
{
    qint64 id = 0; // increasing; the newest backup has the largest
    QString path;
    QString reason; // import, revert, migration, settings, restore, manual
    QDateTime createdAt;
    qint64 bytes = 0;
};

// Automatic and manual backups of the store, in a folder next to it
// ("<store>-backups/"), made with VACUUM INTO (a consistent copy while the
// store stays open) and restored with SQLite's online backup API into the open
// store. The newest N are kept (the store setting backup_keep, default 10).
// Restoring first backs up the current store, so a restore can be undone by
// restoring that backup.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(huitou::BackupStore) // the class's one translation context

public:
    static constexpr int kDefaultKeep = 10;

    explicit BackupStore(QSqlDatabase db);

    static QString folderFor(const QString &storePath);
    QString folder() const;
    // Copies the store into a new backup; prunes to the newest N.
    bool create(const QString &reason, BackupInfo *created, QString *error);
    // Newest first.
    QList<BackupInfo> list() const;
    // Replaces the store's content by backup ID; *BEFORE is the backup of
    // the store as it was (restore it to undo).
    bool restore(qint64 id, BackupInfo *before, QString *error);
    int keep() const;

    // PRAGMA quick_check: empty when the store is sound, otherwise what is
    // wrong and what to do.
    static QString check(const QSqlDatabase &db);
    // The same for a store file that is not open.
    static QString checkFile(const QString &path);
    // The check on opening a store: skipped when the store file is unchanged
    // since its last clean check (see CheckStamp).
    static QString checkOnOpen(const QSqlDatabase &db);
    static QString checkFileOnOpen(const QString &path);

private:
    void prune();
    QString storePath() const;

    QSqlDatabase m_db;
};

} // namespace huitou
