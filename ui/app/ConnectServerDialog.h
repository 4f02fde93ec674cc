#pragma once

#include "storage/StoreLocation.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace huitou {

// File → Connect to a shop server…: host, port, database and login of the
// shop's PostgreSQL server. The password is optional: empty, libpq reads it
// from ~/.pgpass (or PGPASSWORD); typed, it is used for this session only and
// never written to the settings. The fields start from the last server used.
class ConnectServerDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectServerDialog(const StoreLocation &last, QWidget *parent = nullptr);
    StoreLocation location() const;
    QString password() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace huitou
