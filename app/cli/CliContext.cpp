#include "CliContext.h"

#include "analytics/JsonWriter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace huitou::cli {

namespace {
// lupdate files CliContext's own tr() under another context; name it here.
QString text(const char *source)
{
    return QCoreApplication::translate("huitou::cli", source);
}
} // namespace

QString CliContext::commandLine() const
{
    return command.isEmpty() ? QStringLiteral("huitou-cli") : QStringLiteral("huitou-cli ") + command;
}

bool CliContext::openStore(QSqlDatabase *db, StoreAccess access, Database::Check check, CheckTiming timing)
{
    const QString path = dbPath.isEmpty() ? Database::defaultPath() : dbPath;
    const StoreLocation location = StoreLocation::fromString(path);
    if (location.isServer() || !location.error().isEmpty()) {
        // A shop server: the server says whether the store exists.
        QString error;
        if (!Database::open(location, QString::fromLatin1(kConnection), &error, check)) {
            failure(error);
            return false;
        }
        *db = Database::connection(QString::fromLatin1(kConnection));
        return true;
    }
    const QFileInfo info(path);
    // The default store's folder is created on first use; a folder the user
    // named is not (a typo must not leave a new folder tree behind).
    if (!dbPath.isEmpty() && !info.absoluteDir().exists()) {
        failure(text(QT_TRANSLATE_NOOP("huitou::cli", "The folder %1 does not exist."))
                    .arg(QDir::toNativeSeparators(info.absolutePath())));
        return false;
    }
    if (access == StoreAccess::Existing && !info.exists()) {
        failure(text(QT_TRANSLATE_NOOP("huitou::cli",
                                       "There is no store at %1. Create one with "
                                       "`huitou-cli store create` or by importing orders."))
                    .arg(QDir::toNativeSeparators(info.absoluteFilePath())));
        return false;
    }
    QString error;
    const bool alongside = check == Database::Check::QuickCheck && timing == CheckTiming::Alongside;
    if (!Database::open(location, QString::fromLatin1(kConnection), &error,
                        alongside ? Database::Check::None : check)) {
        failure(error);
        return false;
    }
    *db = Database::connection(QString::fromLatin1(kConnection));
    if (alongside)
        pendingCheck = std::make_shared<StoreCheck>(path);
    return true;
}

int CliContext::finish(int status)
{
    if (!pendingCheck)
        return status;
    const QString damaged = pendingCheck->result();
    pendingCheck.reset();
    if (damaged.isEmpty())
        return status;
    out.flush();
    err << damaged << "\n";
    return status == kExitOk ? kExitFailed : status;
}

int CliContext::usageError(const QString &message)
{
    err << commandLine() << ": " << message << "\n"
        << text(QT_TRANSLATE_NOOP("huitou::cli", "Try '%1 --help' for more information.")).arg(commandLine()) << "\n";
    return kExitUsage;
}

int CliContext::failure(const QString &message)
{
    err << message << "\n";
    return kExitFailed;
}

void CliContext::printJson(const JsonWriter &json)
{
    out << json.text();
}

} // namespace huitou::cli
