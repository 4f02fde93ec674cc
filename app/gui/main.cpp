// huitou: the staff workspace.
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Staff.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Huitou"));
    QApplication::setApplicationName(QStringLiteral("Huitou"));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    huitou::Language::apply(QSettings().value(QStringLiteral("language")).toString());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Huitou, the repeat-customer CRM"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("db"), QObject::tr("Store file."), QStringLiteral("PATH")});
    parser.process(app);
    const QString path = parser.isSet(QStringLiteral("db")) ? parser.value(QStringLiteral("db"))
                                                            : huitou::Database::defaultPath();
    QString error;
    if (!huitou::Database::open(path, QStringLiteral("gui"), &error)) {
        QMessageBox::critical(nullptr, QObject::tr("Huitou"), error);
        return 1;
    }
    int status = 0;
    {
        huitou::MainWindow window(path, QStringLiteral("gui"));
        window.show();
        // Asked once: who works at this workstation (recorded with every action).
        if (!huitou::Staff::isSet() && !huitou::Staff::ask(&window))
            huitou::Staff::setName(huitou::Staff::name());
        status = app.exec();
    }
    huitou::Database::close(QStringLiteral("gui"));
    return status;
}
