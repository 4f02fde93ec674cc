// huitou-cli: the same core as the GUI, for scripts and scheduled jobs.
//
// Adding a command: write `int runThing(CliContext &c)` in its own
// ThingCommand.{h,cpp}; parse with CommandParser (help, --db, typed values and
// usage errors come with it); open the store with c.openStore(&db) (pass
// StoreAccess::Create only if the command may create it); return a kExit*
// status; print --json through JsonWriter and c.printJson(); then add one
// line to kCommands below. Strings go through tr() (context "huitou::cli").
#include "CareCommands.h"
#include "CliContext.h"
#include "CommandParser.h"
#include "CustomersCommand.h"
#include "FeedbackCommands.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "OutreachCommand.h"
#include "ReportCommand.h"
#include "StaffCommand.h"
#include "StoreCommand.h"
#include "Version.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <memory>

// In namespace huitou::cli so that lupdate files tr() under "huitou::cli".
namespace huitou::cli {
namespace {

struct Command
{
    const char *name;
    const char *summary; // translated in the "huitou::cli" context
    int (*run)(CliContext &);
};

// The commands, one line each: add yours in the order they should be listed.
const Command kCommands[] = {
    {"import", QT_TRANSLATE_NOOP("huitou::cli", "import order exports (Taobao, Shopify, generic CSV; - reads stdin)"),
     runImport},
    {"imports", QT_TRANSLATE_NOOP("huitou::cli", "list imports; --revert ID undoes one"), runImports},
    {"generate", QT_TRANSLATE_NOOP("huitou::cli", "write a realistic demo shop (Taobao format, GB18030)"), runGenerate},
    {"report", QT_TRANSLATE_NOOP("huitou::cli", "shop report (lifecycle, tiers, RFM, repurchase, cohorts)"), runReport},
    {"customers", QT_TRANSLATE_NOOP("huitou::cli", "list customers with their figures, filtered"), runCustomers},
    {"store", QT_TRANSLATE_NOOP("huitou::cli", "the store file: create, backup, backups, restore, check"), runStore},
    {"staff", QT_TRANSLATE_NOOP("huitou::cli", "a shop server's staff and manager logins: whoami, list, add, remove"),
     runStaff},
    {"segment", QT_TRANSLATE_NOOP("huitou::cli", "count (and save) a segment of customers; --list the saved ones"),
     runSegment},
    {"export", QT_TRANSLATE_NOOP("huitou::cli", "export contacts for SMS / WeChat / e-mail tools (records a campaign)"),
     runExport},
    {"campaigns", QT_TRANSLATE_NOOP("huitou::cli", "list the campaigns (every export is one)"), runCampaigns},
    {"campaign", QT_TRANSLATE_NOOP("huitou::cli", "one campaign's result against its control group"), runCampaign},
    {"consent", QT_TRANSLATE_NOOP("huitou::cli", "consent import FILE: apply an opt-out list (退订)"), runConsent},
    {"today", QT_TRANSLATE_NOOP("huitou::cli", "today's care list (touches, birthdays, follow-ups, open complaints)"),
     runToday},
    {"callbacks", QT_TRANSLATE_NOOP("huitou::cli", "callback samples (回访): sample, results, list"), runCallbacks},
    {"reasons", QT_TRANSLATE_NOOP("huitou::cli", "complaint / return / review reasons: add, resolve, top, taxonomy"),
     runReasons},
    {"reviews", QT_TRANSLATE_NOOP("huitou::cli", "import reviews; below-5-star ones get reasons to confirm"),
     runReviews},
    {"classify", QT_TRANSLATE_NOOP("huitou::cli", "suggest reasons for review texts"), runClassify},
};

QString usageText()
{
    QString text = tr("Usage: huitou-cli [--db PATH] [--staff NAME] COMMAND [options]") + QLatin1String("\n\n");
    text += tr("Huitou's command line: the same store and figures as the app, for scripts and scheduled jobs.")
        + QLatin1String("\n\n");
    text += tr("Options:") + QLatin1Char('\n');
    const std::pair<const char *, QString> options[] = {
        {"-h, --help", tr("Show this help.")},
        {"-v, --version", tr("Show the version.")},
        {"--db PATH", tr("The store file (default: the app's store). Commands accept it too.")},
        {"--staff NAME", tr("Who does this (default: this computer's staff name, then $USER).")},
    };
    for (const auto &[option, help] : options)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(option), -14).arg(help);
    text += QLatin1Char('\n') + tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : kCommands)
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -14).arg(tr(command.summary));
    text += QLatin1Char('\n') + tr("'huitou-cli COMMAND --help' shows a command's options.") + QLatin1String("\n\n");
    text += CommandParser::exitStatusHelp(true);
    return text;
}

QString defaultStaff()
{
    const QString saved = QSettings().value(QStringLiteral("staff/name")).toString().trimmed();
    if (!saved.isEmpty())
        return saved;
    const QString user = qEnvironmentVariable("USER").trimmed();
    return user.isEmpty() ? qEnvironmentVariable("USERNAME").trimmed() : user;
}

int run(QTextStream &out, QTextStream &err)
{
    // Global options stop at the command: what follows belongs to it.
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QString());
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")}, QString());
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("PATH"));
    const QCommandLineOption staff(QStringLiteral("staff"), QString(), QStringLiteral("NAME"));
    global.addOptions({help, version, db, staff});
    CliContext context{QString(), QStringList(), QString(), defaultStaff(), out, err};
    if (!global.parse(QCoreApplication::arguments()))
        return context.usageError(global.errorText());
    if (global.isSet(version)) {
        out << "huitou-cli " << huitou::kVersion << "\n";
        return kExitOk;
    }
    const QStringList positional = global.positionalArguments();
    if (global.isSet(help)) {
        out << usageText();
        return kExitOk;
    }
    if (positional.isEmpty()) {
        err << usageText();
        return kExitUsage;
    }
    context.dbPath = global.value(db);
    if (global.isSet(db) && context.dbPath.isEmpty())
        return context.usageError(tr("--db needs a file name."));
    if (global.isSet(staff)) {
        if (global.value(staff).trimmed().isEmpty())
            return context.usageError(tr("--staff needs a name."));
        context.staff = global.value(staff).trimmed();
    }
    for (const Command &command : kCommands) {
        if (positional.constFirst() == QLatin1String(command.name)) {
            context.command = positional.constFirst();
            context.arguments = positional;
            context.arguments.first() = context.commandLine();
            return context.finish(command.run(context));
        }
    }
    return context.usageError(
        tr("unknown command \"%1\"; 'huitou-cli --help' lists them.").arg(positional.constFirst()));
}

} // namespace
} // namespace huitou::cli

int main(int argc, char *argv[])
{
    // Only the PDF needs a GUI application (its charts are widgets); it
    // renders offscreen, so it works on a server without a display. Every
    // other command, --help and --version run on a core application.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf |= qstrcmp(argv[i], "--pdf") == 0 || qstrncmp(argv[i], "--pdf=", 6) == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application = pdf ? std::make_unique<QApplication>(argc, argv)
                                                        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(huitou::kVersion));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("huitou"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout), err(stderr);
    const int status = huitou::cli::run(out, err);
    out.flush();
    err.flush();
    huitou::Database::close(QString::fromLatin1(huitou::cli::kConnection));
    return status;
}
