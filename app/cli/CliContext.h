#pragma once

#include "storage/Database.h"
#include "storage/StoreCheck.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace huitou {
class JsonWriter;
}

namespace huitou::cli {

// The exit status every command returns (documented in `huitou-cli --help`
// and the README; scripts depend on them).
enum ExitCode : int {
    kExitOk = 0, // success
    kExitFailed = 1, // the work failed: a file refused, a store error, nothing found to act on
    kExitUsage = 2, // usage error: unknown command or option, a missing or invalid value
    kExitRejected = 3, // import --strict: at least one row was rejected (the good rows did land)
};

// Whether a command may create the store. Commands that only read (report,
// customers, imports) use Existing and never leave an empty store behind.
enum class StoreAccess { Existing, Create };

// When the store's quick_check runs: before the command (commands that
// write), or alongside it on another core (commands that only read: their
// answer is withheld as a failure when the check finds damage).
enum class CheckTiming { Before, Alongside };

// Every CLI string is in this one translation context.
inline QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("huitou::cli", text, disambiguation, n);
}

// What every command gets: its name and arguments, the global options and
// the streams.
struct CliContext
{
    QString command; // "import"
    QStringList arguments; // arguments[0] is "huitou-cli <command>", then the command's own arguments
    QString dbPath; // --db (global or the command's), empty for the default store
    QString staff; // --staff, else the workstation's staff/name setting, else $USER
    QTextStream &out;
    QTextStream &err;
    std::shared_ptr<StoreCheck> pendingCheck = {}; // started by openStore(..., CheckTiming::Alongside)

    // "huitou-cli import"
    QString commandLine() const;
    // Opens the store; prints the error itself. An explicit --db whose folder
    // does not exist is an error in either mode; with Existing, a missing
    // store file is an error too.
    // CHECK: a damaged store is refused (PRAGMA quick_check) unless None
    // (store check/restore, which must open it to mend it).
    bool openStore(QSqlDatabase *db, StoreAccess access = StoreAccess::Existing,
                   Database::Check check = Database::Check::QuickCheck, CheckTiming timing = CheckTiming::Before);
    // After the command: waits for a check started alongside it; damage
    // turns a success into kExitFailed with the check's message.
    int finish(int status);
    // Prints "huitou-cli COMMAND: MESSAGE" and a hint to --help; returns kExitUsage.
    int usageError(const QString &message);
    // Prints MESSAGE to stderr; returns kExitFailed.
    int failure(const QString &message);
    // Prints a JsonWriter's document (the one JSON style of the CLI) to stdout.
    void printJson(const JsonWriter &json);

    Q_DECLARE_TR_FUNCTIONS(huitou::cli) // the one CLI translation context
};

inline constexpr const char *kConnection = "huitou-cli";

} // namespace huitou::cli
