#pragma once

#include "storage/StoreLocation.h"

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <QVariant>

namespace huitou::test {

// The PostgreSQL server the tests may use: HUITOU_TEST_PG (installer/test.sh
// starts a throwaway cluster and sets it); empty when there is none.
QString serverUrl();

// The "backend" column of a data-driven test on both backends: a row
// "sqlite", and a row "postgresql" when serverUrl() names a server.
void addBackendRows();

// A fresh, empty store on BACKEND ("sqlite" or "postgresql"), opened under
// its own connection name; the server database is dropped at the end. The
// one fixture of the suites that run on both backends (issue 15).
class BackendStore
{
public:
    explicit BackendStore(const QString &backend);
    ~BackendStore();
    bool open(QString *error);
    QSqlDatabase db() const;
    StoreLocation location() const { return m_location; }
    bool isServer() const { return !m_database.isEmpty(); }
    QString dir() const { return m_dir.path(); }
    QVariant scalar(const QString &sql) const;
    // The same server database as another login (a staff workstation), under
    // CONNECTIONNAME; close it with Database::close.
    bool openAs(const QString &login, const QString &connectionName, QString *error) const;

    // Runs STATEMENT on the test server's own database as its superuser
    // (CREATE DATABASE, DROP ROLE…); fails the test run when it cannot.
    static void adminExec(const QString &statement);

private:
    QTemporaryDir m_dir;
    QString m_connection;
    QString m_database;
    StoreLocation m_location;
};

} // namespace huitou::test
