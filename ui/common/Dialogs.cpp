#include "Dialogs.h"

#include "app/Language.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

#include <optional>

namespace huitou::dialogs {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFiles;
std::optional<int> g_nextChoice;
QString g_lastMessage;

const QString kLastFolderKey = QStringLiteral("files/lastFolder");

// File dialogs open where the user last picked a file, else in Documents:
// never in the program's working directory, which for a desktop launch is
// somewhere staff never look for their files.
QString startFolder()
{
    const QString last = QSettings().value(kLastFolderKey).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

void rememberFolderOf(const QString &path)
{
    if (!path.isEmpty())
        QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
}

} // namespace

QFlags<QFileDialog::Option> fileDialogOptions()
{
    const bool systemChinese = QLocale::system().language() == QLocale::Chinese;
    const bool appChinese = Language::current() == QLatin1String("zh_CN");
    return systemChinese == appChinese ? QFlags<QFileDialog::Option>() : QFileDialog::DontUseNativeDialog;
}

void setNextChoice(int index)
{
    g_nextChoice = index;
}

QString lastMessage()
{
    return g_lastMessage;
}

int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons)
{
    g_lastMessage = text;
    if (g_nextChoice) {
        const int c = *g_nextChoice;
        g_nextChoice.reset();
        return c;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> added;
    for (int i = 0; i < buttons.size(); ++i)
        added << box.addButton(buttons[i], i + 1 == buttons.size() ? QMessageBox::RejectRole : QMessageBox::AcceptRole);
    box.exec();
    return int(added.indexOf(box.clickedButton()));
}

void offerToOpen(QWidget *parent, const QString &title, const QString &path)
{
    const QString native = QDir::toNativeSeparators(path);
    const int c = choose(parent, title, QCoreApplication::translate("dialogs", "Written to %1").arg(native),
                         {QCoreApplication::translate("dialogs", "Open it"),
                          QCoreApplication::translate("dialogs", "Open its folder"),
                          QCoreApplication::translate("dialogs", "Close")});
    if (c == 0)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    else if (c == 1)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void setNextFiles(const QStringList &files)
{
    g_nextFiles = files;
}

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    if (g_nextAnswer) {
        const auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    return QMessageBox::question(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    qWarning("%s: %s", qPrintable(title), qPrintable(text)); // in the log too: tests and bug reports
    if (g_nextAnswer) {
        g_nextAnswer.reset();
        return;
    }
    QMessageBox::warning(parent, title, text);
}

QStringList openFiles(QWidget *parent, const QString &title, const QString &filter)
{
    if (g_nextFiles) {
        const QStringList f = *g_nextFiles;
        g_nextFiles.reset();
        return f;
    }
    const QStringList files = QFileDialog::getOpenFileNames(parent, title, startFolder(), filter, nullptr,
                                                            fileDialogOptions());
    rememberFolderOf(files.value(0));
    return files;
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_nextFiles) {
        const QStringList f = *g_nextFiles;
        g_nextFiles.reset();
        return f.value(0);
    }
    const QString start = QFileInfo(suggested).isAbsolute() ? suggested : QDir(startFolder()).filePath(suggested);
    const QString path = QFileDialog::getSaveFileName(parent, title, start, filter, nullptr, fileDialogOptions());
    rememberFolderOf(path);
    return path;
}

void finishProgress(QProgressDialog *progress)
{
    progress->reset(); // hides it (autoClose) and stops its show timer
    progress->hide();
    progress->deleteLater();
}

} // namespace huitou::dialogs
