#include "StaffAccountsBox.h"

#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "storage/StoreRoles.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

StaffAccountsBox::StaffAccountsBox(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("staffAccounts"));
    auto *intro = new QLabel(tr("Who may use this shop server. Staff look customers up, import, tag and log care "
                                "and feedback; a manager may also revert imports, change the settings, export "
                                "contacts and manage these logins. The server itself enforces it."),
                             this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_table->setHorizontalHeaderLabels({tr("Login"), tr("Role")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *remove = new QPushButton(tr("Remove from the shop"), this);
    remove->setObjectName(QStringLiteral("removeStaffButton"));

    m_login = new QLineEdit(this);
    m_login->setObjectName(QStringLiteral("staffLogin"));
    m_login->setPlaceholderText(tr("e.g. xiaowang"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("staffRole"));
    m_role->addItem(StoreRoles::displayName(StoreRoles::Role::Staff), StoreRoles::key(StoreRoles::Role::Staff));
    m_role->addItem(StoreRoles::displayName(StoreRoles::Role::Manager), StoreRoles::key(StoreRoles::Role::Manager));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("staffPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Leave empty to keep her password"));
    auto *add = new QPushButton(tr("Add or change"), this);
    add->setObjectName(QStringLiteral("addStaffButton"));
    auto *form = new QFormLayout;
    form->addRow(tr("Login"), m_login);
    form->addRow(tr("Role"), m_role);
    form->addRow(tr("Password"), m_password);
    form->addRow(QString(), add);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addLayout(form);

    connect(add, &QPushButton::clicked, this, &StaffAccountsBox::add);
    connect(remove, &QPushButton::clicked, this, &StaffAccountsBox::removeSelected);
    load();
}

void StaffAccountsBox::load()
{
    auto accounts = std::make_shared<QList<StoreRoles::Account>>();
    m_workspace->runInBackground(
        this,
        [accounts](QSqlDatabase db, QString *error) {
            *accounts = StoreRoles::accounts(db, error);
            return error->isEmpty();
        },
        [this, accounts](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Staff logins"), error);
                return;
            }
            m_table->setRowCount(0);
            for (const StoreRoles::Account &a : *accounts) {
                const int row = m_table->rowCount();
                m_table->insertRow(row);
                m_table->setItem(row, 0, new QTableWidgetItem(a.login));
                m_table->setItem(row, 1, new QTableWidgetItem(StoreRoles::displayName(a.role)));
            }
        });
}

void StaffAccountsBox::add()
{
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        dialogs::warning(this, tr("Staff logins"), tr("Type the login name first."));
        return;
    }
    StoreRoles::Role role;
    StoreRoles::fromKey(m_role->currentData().toString(), &role);
    const QString password = m_password->text();
    m_password->clear(); // never kept
    m_workspace->runInBackground(
        this,
        [login, role, password](QSqlDatabase db, QString *error) {
            return StoreRoles::setAccount(db, login, role, password, error);
        },
        [this, login, role](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Staff logins"), error);
                return;
            }
            m_login->clear();
            m_workspace->showMessage(tr("%1 is now %2.").arg(login, StoreRoles::displayName(role)));
            load();
        });
}

void StaffAccountsBox::removeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const QString login = m_table->item(row, 0)->text();
    if (dialogs::question(this, tr("Staff logins"),
                          tr("Take %1 out of the shop? She can no longer open the store.").arg(login))
        != QMessageBox::Yes)
        return;
    m_workspace->runInBackground(
        this, [login](QSqlDatabase db, QString *error) { return StoreRoles::removeAccount(db, login, error); },
        [this, login](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Staff logins"), error);
                return;
            }
            m_workspace->showMessage(tr("%1 was taken out of the shop.").arg(login));
            load();
        });
}

} // namespace huitou
