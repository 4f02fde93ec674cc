#include "Staff.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QSettings>

namespace huitou {

namespace {
const char *const kKey = "staff/name";
}

QString Staff::osUserName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("staff") : user;
}

QString Staff::name()
{
    const QString stored = QSettings().value(QString::fromLatin1(kKey)).toString();
    return stored.isEmpty() ? osUserName() : stored;
}

bool Staff::isSet()
{
    return !QSettings().value(QString::fromLatin1(kKey)).toString().isEmpty();
}

void Staff::setName(const QString &name)
{
    QSettings().setValue(QString::fromLatin1(kKey), name.trimmed());
}

bool Staff::ask(QWidget *parent)
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        parent, QCoreApplication::translate("huitou::Staff", "Who is working here?"),
        QCoreApplication::translate("huitou::Staff",
                                    "Your name is recorded with every task, note, survey and reason you log:"),
        QLineEdit::Normal, Staff::name(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return false;
    setName(name);
    return true;
}

} // namespace huitou
