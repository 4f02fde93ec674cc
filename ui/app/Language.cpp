#include "Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace huitou {

namespace {
QTranslator *g_app = nullptr;
QTranslator *g_qt = nullptr;
QString g_current;
} // namespace

void Language::apply(const QString &language)
{
    QString resolved = language;
    if (resolved.isEmpty())
        resolved = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    for (QTranslator **t : {&g_app, &g_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    const QLocale locale(resolved == QLatin1String("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                            : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    g_app = new QTranslator;
    if (g_app->load(QStringLiteral(":/i18n/huitou_%1.qm").arg(resolved)))
        QCoreApplication::installTranslator(g_app);
    // Qt's own dialogs (file dialog, message box buttons) in the same language.
    // (A native file dialog follows the system instead: see dialogs::fileDialogOptions.)
    g_qt = new QTranslator;
    if (resolved == QLatin1String("zh_CN")
        && g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt);
    g_current = resolved;
}

QString Language::current()
{
    return g_current;
}

} // namespace huitou
