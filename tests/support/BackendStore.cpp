#include "BackendStore.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace huitou::test {

QString serverUrl()
{
    return qEnvironmentVariable("HUITOU_TEST_PG");
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    if (!serverUrl().isEmpty())
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

BackendStore::BackendStore(const QString &backend)
{
    static int counter = 0;
    m_connection = QStringLiteral("backend-%1").arg(++counter);
    if (backend == QLatin1String("sqlite")) {
        m_location = StoreLocation::file(m_dir.filePath(QStringLiteral("store.db")));
    } else {
        const StoreLocation admin = StoreLocation::fromString(serverUrl());
        m_database = QStringLiteral("huitou_backends_%1_%2").arg(QCoreApplication::applicationPid()).arg(counter);
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_database));
        m_location = StoreLocation::server(admin.host(), admin.port(), m_database, admin.user());
    }
}

BackendStore::~BackendStore()
{
    Database::close(m_connection);
    if (!m_database.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
}

bool BackendStore::open(QString *error)
{
    return Database::open(m_location, m_connection, error);
}

QSqlDatabase BackendStore::db() const
{
    return Database::connection(m_connection);
}

QVariant BackendStore::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return QStringLiteral("error: %1").arg(q.lastError().text());
    return q.value(0);
}

bool BackendStore::openAs(const QString &login, const QString &connectionName, QString *error) const
{
    const StoreLocation as = StoreLocation::server(m_location.host(), m_location.port(), m_database, login);
    return Database::open(as, connectionName, error);
}

void BackendStore::adminExec(const QString &statement)
{
    const StoreLocation admin = StoreLocation::fromString(serverUrl());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("backend-admin"));
        db.setHostName(admin.host());
        if (admin.port() > 0)
            db.setPort(admin.port());
        db.setDatabaseName(admin.database());
        db.setUserName(admin.user());
        if (!db.open())
            qFatal("cannot reach the test server: %s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backend-admin"));
}

} // namespace huitou::test
