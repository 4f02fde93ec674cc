#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace huitou {

// Message boxes and file dialogs behind a seam: tests answer in advance.
namespace dialogs {

QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text);
void warning(QWidget *parent, const QString &title, const QString &text);
QStringList openFiles(QWidget *parent, const QString &title, const QString &filter);
QString saveFile(QWidget *parent, const QString &title, const QString &suggested, const QString &filter);

// Test seams: the next call returns this instead of showing a dialog.
void setNextAnswer(QMessageBox::StandardButton answer);
void setNextFiles(const QStringList &files);

} // namespace dialogs
} // namespace huitou
