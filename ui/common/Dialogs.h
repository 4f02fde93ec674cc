#pragma once

#include <QFileDialog>
#include <QMessageBox>
#include <QString>
#include <QStringList>

class QProgressDialog;
class QWidget;

namespace huitou {

// Message boxes and file dialogs behind a seam: tests answer in advance.
namespace dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);
// The desktop's own file dialog speaks the system's language; when staff
// chose another language for Huitou, Qt's dialog is used, which follows it
// (a Chinese UI on an English desktop said "Folder").
QFlags<QFileDialog::Option> fileDialogOptions();
// After a file was written: says so, and offers to open it or its folder.
void offerToOpen(QWidget *parent, const QString &title, const QString &path);
// A question with buttons of our own; returns the index of the one pressed
// (-1: closed).
int choose(QWidget *parent, const QString &title, const QString &text, const QStringList &buttons);
// Closes a progress dialog for good when its work is done. deleteLater alone
// is not enough: the box stayed up (and modal) under the "done" message box
// opened next, whose nested event loop does not run the deferred delete, and
// its show timer could still pop it up when the work took under its delay.
void finishProgress(QProgressDialog *progress);

// Test seams: the next call returns this instead of showing a dialog.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFiles(const QStringList &files);
void setNextChoice(int index);
// The text of the last message box shown or answered in advance.
QString lastMessage();

} // namespace dialogs
} // namespace huitou
