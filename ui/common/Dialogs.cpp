#include "Dialogs.h"

#include <QFileDialog>

#include <optional>

namespace huitou::dialogs {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
std::optional<QStringList> g_nextFiles;
} // namespace

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
    if (g_nextAnswer) {
        const auto a = *g_nextAnswer;
        g_nextAnswer.reset();
        return a;
    }
    return QMessageBox::question(parent, title, text);
}

void warning(QWidget *parent, const QString &title, const QString &text)
{
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
    return QFileDialog::getOpenFileNames(parent, title, QString(), filter);
}

QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (g_nextFiles) {
        const QStringList f = *g_nextFiles;
        g_nextFiles.reset();
        return f.value(0);
    }
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

} // namespace huitou::dialogs
