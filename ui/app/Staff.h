#pragma once

#include <QString>

class QWidget;

namespace huitou {

// The workstation's operator (DESIGN.md "Staff name"): QSettings key
// staff/name, asked once at first start (default the OS user name), shown in
// the status bar and stored with every action.
class Staff
{
public:
    static QString name();
    static void setName(const QString &name);
    static bool isSet();
    static QString osUserName();
    // Asks for the name (pre-filled); true when one was given.
    static bool ask(QWidget *parent);
};

} // namespace huitou
