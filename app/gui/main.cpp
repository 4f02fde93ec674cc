// huitou: the staff workspace.
#include "app/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Huitou"));
    QApplication::setApplicationName(QStringLiteral("Huitou"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("Store file."), QStringLiteral("PATH")});
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : huitou::Database::defaultPath();
    QString error;
    if (!huitou::Database::open(path, QStringLiteral("gui"), &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Huitou"), error);
        return 1;
    }
    huitou::MainWindow window(path);
    window.show();
    return app.exec();
}
