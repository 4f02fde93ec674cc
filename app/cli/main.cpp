// huitou-cli: the same core as the GUI, for scripts and scheduled jobs.
#include "CliContext.h"
#include "CareCommands.h"
#include "CustomersCommand.h"
#include "FeedbackCommands.h"
#include "GenerateCommand.h"
#include "ImportCommand.h"
#include "ReportCommand.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

void usage(QTextStream &out)
{
    out << "usage: huitou-cli [--db PATH] COMMAND [options]\n\n"
           "commands:\n"
           "  import     import order exports (Taobao, Shopify, generic CSV)\n"
           "  imports    list imports; --revert ID undoes one\n"
           "  generate   write a realistic demo shop (Taobao format, GB18030)\n"
           "  report     shop report (lifecycle, tiers, RFM, repurchase, cohorts)\n"
           "  customers  list customers with their figures, filtered\n"
           "  today      today's care list (touches, birthdays, follow-ups, open complaints)\n"
           "  callbacks  callback samples: sample, results, list\n"
           "  reasons    complaint / return / review reasons: add, top\n"
           "  classify   suggest reasons for review texts\n\n"
           "global options: --db PATH, --staff NAME (who is recorded with each action)\n"
           "'huitou-cli COMMAND --help' shows a command's options.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    // Only the PDF needs a GUI application (its charts are widgets); it
    // renders offscreen, so it works on a server without a display.
    bool pdf = false;
    for (int i = 1; i < argc; ++i)
        pdf |= qstrcmp(argv[i], "--pdf") == 0;
    if (pdf && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application =
        pdf ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("huitou"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout), err(stderr);
    QStringList args = QCoreApplication::arguments();
    QString dbPath, staff;
    // Global options come before the command.
    int i = 1;
    for (; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size()) {
            dbPath = args[++i];
        } else if (args[i].startsWith(QLatin1String("--db="))) {
            dbPath = args[i].mid(5);
        } else if (args[i] == QLatin1String("--staff") && i + 1 < args.size()) {
            staff = args[++i];
        } else if (args[i].startsWith(QLatin1String("--staff="))) {
            staff = args[i].mid(8);
        } else {
            break;
        }
    }
    if (i >= args.size() || args[i] == QLatin1String("--help") || args[i] == QLatin1String("-h")) {
        usage(i >= args.size() ? err : out);
        return i >= args.size() ? 2 : 0;
    }
    const QString command = args[i];
    QStringList rest = args.mid(i + 1);
    // --db and --staff may also follow the command.
    for (int k = 0; k + 1 < rest.size(); ++k) {
        if (rest[k] == QLatin1String("--db")) {
            dbPath = rest[k + 1];
            rest.remove(k, 2);
            break;
        }
    }
    for (int k = 0; k + 1 < rest.size(); ++k) {
        if (rest[k] == QLatin1String("--staff")) {
            staff = rest[k + 1];
            rest.remove(k, 2);
            break;
        }
    }
    if (staff.isEmpty())
        staff = QSettings().value(QStringLiteral("staff/name")).toString();
    if (staff.isEmpty())
        staff = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    if (staff.isEmpty())
        staff = QStringLiteral("cli");
    rest.prepend(QStringLiteral("huitou-cli ") + command);
    huitou::cli::CliContext context{rest, dbPath, staff, out, err};
    int status = 2;
    if (command == QLatin1String("import"))
        status = huitou::cli::runImport(context);
    else if (command == QLatin1String("imports"))
        status = huitou::cli::runImports(context);
    else if (command == QLatin1String("generate"))
        status = huitou::cli::runGenerate(context);
    else if (command == QLatin1String("report"))
        status = huitou::cli::runReport(context);
    else if (command == QLatin1String("customers"))
        status = huitou::cli::runCustomers(context);
    else if (command == QLatin1String("today"))
        status = huitou::cli::runToday(context);
    else if (command == QLatin1String("callbacks"))
        status = huitou::cli::runCallbacks(context);
    else if (command == QLatin1String("reasons"))
        status = huitou::cli::runReasons(context);
    else if (command == QLatin1String("classify"))
        status = huitou::cli::runClassify(context);
    else {
        err << "unknown command: " << command << "\n";
        usage(err);
    }
    out.flush();
    err.flush();
    huitou::Database::close(QString::fromLatin1(huitou::cli::kConnection));
    return status;
}
