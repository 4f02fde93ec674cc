#include "ConnectServerDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huitou {

ConnectServerDialog::ConnectServerDialog(const StoreLocation &last, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("connectServerDialog"));
    setWindowTitle(tr("Connect to a shop server"));
    const bool known = last.isServer();
    m_host = new QLineEdit(known ? last.host() : QString(), this);
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_host->setPlaceholderText(tr("e.g. 192.168.1.10 (empty: this computer)"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(known && last.port() > 0 ? last.port() : 5432);
    m_database = new QLineEdit(known ? last.database() : QStringLiteral("shop"), this);
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_user = new QLineEdit(known ? last.user() : qEnvironmentVariable("USER"), this);
    m_user->setObjectName(QStringLiteral("serverUser"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: from ~/.pgpass"));
    auto *note = new QLabel(tr("Huitou never saves the password. Put it in ~/.pgpass "
                               "(host:port:database:login:password, mode 0600) so that you are not asked again."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Server"), m_host);
    form->addRow(tr("Port"), m_port);
    form->addRow(tr("Shop database"), m_database);
    form->addRow(tr("Login"), m_user);
    form->addRow(tr("Password"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    const auto update = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_database->text().trimmed().isEmpty() && !m_user->text().trimmed().isEmpty());
    };
    connect(m_database, &QLineEdit::textChanged, this, update);
    connect(m_user, &QLineEdit::textChanged, this, update);
    update();
    resize(480, sizeHint().height());
}

StoreLocation ConnectServerDialog::location() const
{
    return StoreLocation::server(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                 m_user->text().trimmed());
}

QString ConnectServerDialog::password() const
{
    return m_password->text();
}

} // namespace huitou
