#include "BackupStore.h"

#include "Migrations.h"
#include "SettingsStore.h"
#include "SqlUtil.h"
#include "sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

namespace huitou {

namespace {

// "<id>-<yyyyMMdd-HHmmss>-<reason>.db"
const QRegularExpression &namePattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)-(\\d{8}-\\d{6})-([a-z]+)\\.db$"));
    return re;
}

} // namespace

BackupStore::BackupStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString BackupStore::folderFor(const QString &storePath)
{
    const QFileInfo info(storePath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral("-backups");
}

QString BackupStore::folder() const
{
    return folderFor(storePath());
}

QString BackupStore::storePath() const
{
    // A read-only store is opened by URI (file:/path?mode=ro&immutable=1).
    const QString name = m_db.databaseName();
    return name.startsWith(QLatin1String("file:")) ? QUrl(name).toLocalFile() : name;
}

int BackupStore::keep() const
{
    bool ok = false;
    const int n = SettingsStore(m_db).value(QStringLiteral("backup_keep")).toInt(&ok);
    return ok && n >= 1 ? n : kDefaultKeep;
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups;
    const QDir dir(folder());
    for (const QFileInfo &f : dir.entryInfoList({QStringLiteral("*.db")}, QDir::Files)) {
        const auto m = namePattern().match(f.fileName());
        if (!m.hasMatch())
            continue;
        BackupInfo b;
        b.id = m.captured(1).toLongLong();
        b.path = f.absoluteFilePath();
        b.createdAt = QDateTime::fromString(m.captured(2), QStringLiteral("yyyyMMdd-HHmmss"));
        b.reason = m.captured(3);
        b.bytes = f.size();
        backups << b;
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) { return a.id > b.id; });
    return backups;
}

bool BackupStore::create(const QString &reason, BackupInfo *created, QString *error)
{
    if (m_db.databaseName() == QLatin1String(":memory:") || m_db.databaseName().isEmpty()) {
        *error = tr("An in-memory store cannot be backed up.");
        return false;
    }
    const QString dirPath = folder();
    if (!QDir().mkpath(dirPath)) {
        *error = tr("Cannot create the backup folder %1").arg(dirPath);
        return false;
    }
    const QList<BackupInfo> existing = list();
    BackupInfo b;
    b.id = existing.isEmpty() ? 1 : existing.first().id + 1;
    // Several programs may back up at once (five importers on one store):
    // each claims its number with a file only one of them can create, so two
    // backups never share a number or a file name.
    QFile claim;
    for (int attempt = 0;; ++attempt, ++b.id) {
        claim.setFileName(QStringLiteral("%1/%2.claim").arg(dirPath).arg(b.id, 4, 10, QLatin1Char('0')));
        if (claim.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            break;
        if (attempt > 1000) {
            *error = tr("Cannot create a backup in %1: %2").arg(dirPath, claim.errorString());
            return false;
        }
    }
    claim.close();
    struct ClaimRelease
    {
        QFile &file;
        ~ClaimRelease() { file.remove(); }
    } release{claim};
    b.createdAt = QDateTime::currentDateTime();
    b.reason = reason;
    b.path = QStringLiteral("%1/%2-%3-%4.db")
                 .arg(dirPath)
                 .arg(b.id, 4, 10, QLatin1Char('0'))
                 .arg(b.createdAt.toString(QStringLiteral("yyyyMMdd-HHmmss")), reason);
    // A consistent copy of the last committed state, while other
    // connections keep reading.
    if (!SqliteDialect::copyTo(m_db, b.path, error)) {
        QFile::remove(b.path);
        return false;
    }
    b.bytes = QFileInfo(b.path).size();
    if (created)
        *created = b;
    prune();
    return true;
}

void BackupStore::prune()
{
    const QList<BackupInfo> backups = list();
    const int n = keep();
    for (int i = n; i < backups.size(); ++i)
        QFile::remove(backups[i].path);
}

bool BackupStore::restore(qint64 id, BackupInfo *before, QString *error)
{
    BackupInfo source;
    for (const BackupInfo &b : list())
        if (b.id == id)
            source = b;
    if (source.id == 0) {
        *error = tr("There is no backup %1.").arg(id);
        return false;
    }
    const QString damaged = checkFile(source.path);
    if (!damaged.isEmpty()) {
        *error = tr("Backup %1 cannot be used: %2").arg(id).arg(damaged);
        return false;
    }
    // The store as it is now becomes a backup first: the restore is undoable.
    // A damaged store may not copy; it is then kept as a raw file copy.
    BackupInfo saved;
    QString backupError;
    if (!create(QStringLiteral("restore"), &saved, &backupError)) {
        const QString raw = folder()
            + QStringLiteral("/damaged-%1.db")
                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QFile::copy(storePath(), raw);
    }
    if (before)
        *before = saved;

    bool cannotOpen = false;
    if (!SqliteDialect::copyFrom(source.path, m_db, &cannotOpen, error)) {
        if (cannotOpen)
            *error = tr("Cannot open backup %1: %2").arg(id).arg(*error);
        return false;
    }
    // A backup taken before a migration is brought up to this version.
    return Migrations::migrate(m_db, error);
}

QString BackupStore::check(const QSqlDatabase &db)
{
    return SqliteDialect::quickCheck(db);
}

QString BackupStore::checkFile(const QString &path)
{
    return SqliteDialect::quickCheckFile(path);
}

QString BackupStore::checkOnOpen(const QSqlDatabase &db)
{
    return SqliteDialect::quickCheckUnlessUnchanged(db);
}

QString BackupStore::checkFileOnOpen(const QString &path)
{
    return SqliteDialect::quickCheckFileUnlessUnchanged(path);
}

} // namespace huitou
