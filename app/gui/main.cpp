// huitou: the staff workspace.
#include "Version.h"
#include "app/AppIcon.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Staff.h"
#include "storage/Database.h"
#include "storage/StoreLock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

#include <memory>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationName(QStringLiteral("Huitou"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(huitou::kVersion));
}

// The options, parsed before the GUI application exists: --help, --version
// and a mistyped option answer on a terminal without a display.
struct Options
{
    QString db;
    int exitCode = -1; // >= 0: stop with this status
};

Options parseOptions(int argc, char *argv[])
{
    // A core application is enough to parse, translate and print help.
    QCoreApplication app(argc, argv);
    describeApplication();
    huitou::Language::apply(QSettings().value(QStringLiteral("language")).toString());
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // -platform, -style
    parser.setApplicationDescription(QObject::tr("Huitou, the repeat-customer CRM"));
    // Our own -h/--help: addHelpOption() would add --help-all with Qt's options.
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QObject::tr("Show this help."));
    parser.addOption(help);
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QObject::tr("Store file."), QStringLiteral("PATH"));
    parser.addOption(db);
    // Options Qt's GUI application takes for itself (it removes them from
    // argv before it parses); accepted here so they are not errors.
    for (const char *qtOption : {"platform", "style", "stylesheet", "qwindowgeometry", "qwindowtitle", "display"}) {
        QCommandLineOption o(QString::fromLatin1(qtOption), QString(), QStringLiteral("VALUE"));
        o.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(o);
    }
    Options options;
    if (!parser.parse(QCoreApplication::arguments())) {
        fprintf(stderr, "huitou: %s\n", qPrintable(parser.errorText()));
        options.exitCode = 2;
    } else if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), QStringLiteral("huitou"));
        fputs(qPrintable(text), stdout);
        options.exitCode = 0;
    } else if (parser.isSet(version)) {
        fprintf(stdout, "huitou %s\n", huitou::kVersion);
        options.exitCode = 0;
    } else if (!parser.positionalArguments().isEmpty()) {
        fprintf(stderr, "huitou: %s\n",
                qPrintable(QObject::tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst())));
        options.exitCode = 2;
    } else {
        options.db = parser.value(db);
    }
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    const Options options = parseOptions(argc, argv);
    if (options.exitCode >= 0)
        return options.exitCode;

    QApplication app(argc, argv);
    describeApplication();
    // Ties the windows to the menu entry (Wayland app id); every window and
    // dialog, even the store error below, carries the app's icon.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(huitou::kAppId));
    QApplication::setWindowIcon(huitou::appIcon());
    huitou::Language::apply(QSettings().value(QStringLiteral("language")).toString());
    // Without --db: the shop server this workstation used last, if it was
    // one (a workstation of a shop server keeps using it), else the store file.
    QString path = options.db;
    bool lastServer = false;
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("stores/recent")).toStringList().value(0);
        lastServer = huitou::StoreLocation::fromString(last).isServer();
        path = lastServer ? last : huitou::Database::defaultPath();
    }
    QString error;
    // A store file or a shop server's address (postgresql://user@host/shop).
    huitou::StoreLocation location = huitou::StoreLocation::fromString(path);
    if (!huitou::Database::open(location, QStringLiteral("gui"), &error, huitou::Database::Check::QuickCheck)) {
        if (!lastServer) {
            QMessageBox::critical(nullptr, QObject::tr("Huitou"), error);
            return 1;
        }
        // The server is unreachable (or wants a password ~/.pgpass lacks):
        // say so and work in the store on this computer; File → Connect to a
        // shop server… tries again.
        QMessageBox::warning(nullptr, QObject::tr("Huitou"),
                             QObject::tr("%1\n\nHuitou opens the store on this computer instead; File → Connect to a "
                                         "shop server… tries the server again.")
                                 .arg(error));
        path = huitou::Database::defaultPath();
        location = huitou::StoreLocation::fromString(path);
        if (!huitou::Database::open(location, QStringLiteral("gui"), &error, huitou::Database::Check::QuickCheck)) {
            QMessageBox::critical(nullptr, QObject::tr("Huitou"), error);
            return 1;
        }
    }
    // One window per store file: a second one is told who has it open. A
    // server serves every workstation at once.
    std::unique_ptr<huitou::StoreLock> lock = location.isServer() ? nullptr
                                                                  : huitou::MainWindow::lockStore(path, nullptr);
    if (!location.isServer() && !lock) {
        huitou::Database::close(QStringLiteral("gui"));
        return 0;
    }
    int status = 0;
    {
        huitou::MainWindow window(path, QStringLiteral("gui"));
        window.adoptLock(std::move(lock));
        window.show();
        // Asked once: who works at this workstation (recorded with every action).
        if (!huitou::Staff::isSet() && !huitou::Staff::ask(&window))
            huitou::Staff::setName(huitou::Staff::name());
        status = app.exec();
    }
    huitou::Database::close(QStringLiteral("gui"));
    return status;
}
