#include "TestStore.h"

#include "storage/Database.h"

#include <QSqlQuery>
#include <QVariant>
#include <QtTest>

namespace huitou::test {

namespace {
int g_counter = 0;
}

TestStore::TestStore()
{
    m_path = m_dir.filePath(QStringLiteral("store.db"));
    m_connection = QStringLiteral("test-%1").arg(++g_counter);
    QString error;
    m_open = Database::open(StoreLocation::file(m_path), m_connection, &error);
    if (!m_open)
        qWarning("cannot open test store: %s", qPrintable(error));
}

TestStore::~TestStore()
{
    Database::close(m_connection);
}

QSqlDatabase TestStore::db() const
{
    return Database::connection(m_connection);
}

QVariant TestStore::scalar(const QString &sql) const
{
    QSqlQuery q(db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

} // namespace huitou::test
