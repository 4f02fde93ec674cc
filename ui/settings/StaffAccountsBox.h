#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableWidget;

namespace huitou {

class Workspace;

// Settings → Staff logins, shown to a manager connected to a shop server: the
// logins that may use the store and their role, and a form to add one (or
// change her role). The server does the work (StoreRoles::setAccount) and
// refuses anyone but a manager; the password goes to the server once and is
// never kept.
class StaffAccountsBox : public QWidget
{
    Q_OBJECT
public:
    explicit StaffAccountsBox(Workspace *workspace, QWidget *parent = nullptr);
    void load();

private:
    void add();
    void removeSelected();

    Workspace *m_workspace;
    QTableWidget *m_table;
    QLineEdit *m_login;
    QComboBox *m_role;
    QLineEdit *m_password;
};

} // namespace huitou
