#include "ChangeWatcher.h"

#include "postgres/PostgresDialect.h"

#include <QSqlQuery>

namespace huitou {

ChangeWatcher::ChangeWatcher(QSqlDatabase db, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_connection(db.connectionName())
    , m_server(PostgresDialect::is(db))
{
    m_timer.setInterval(intervalMs);
    if (m_server) {
        // Gathered briefly (a burst of commits is one refresh), then said once:
        // a save elsewhere shows well within a second.
        m_timer.setInterval(qMin(intervalMs, 200));
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::flush);
        QSqlDriver *driver = db.driver();
        m_driver = driver;
        connect(driver,
                QOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>::of(
                    &QSqlDriver::notification),
                this, &ChangeWatcher::notified);
        driver->subscribeToNotification(PostgresDialect::changeChannel());
    } else {
        connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
        poll(); // where the counters stand now
        m_pending = 0;
        m_timer.start();
    }
}

ChangeWatcher::~ChangeWatcher()
{
    if (m_driver && m_driver->isOpen())
        m_driver->unsubscribeFromNotification(PostgresDialect::changeChannel());
}

int ChangeWatcher::kindOf(const QString &key)
{
    if (key == QLatin1String("imports"))
        return Imports;
    if (key == QLatin1String("customers"))
        return Customers;
    if (key == QLatin1String("care"))
        return Care;
    return 0;
}

void ChangeWatcher::poll()
{
    const QSqlDatabase d = db();
    if (m_server || !d.isOpen())
        return;
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT kind, counter FROM store_changes")))
        return; // busy or an older store: try again next time
    const bool first = m_counters.isEmpty();
    int kinds = 0;
    while (q.next()) {
        const QString kind = q.value(0).toString();
        const qint64 counter = q.value(1).toLongLong();
        auto it = m_counters.find(kind);
        if (it == m_counters.end())
            m_counters.insert(kind, counter);
        else if (*it != counter) {
            *it = counter;
            kinds |= kindOf(kind);
        }
    }
    if (!first && kinds)
        emit changed(kinds);
}

void ChangeWatcher::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own writes were shown when they were made.
    if (name != PostgresDialect::changeChannel() || source == QSqlDriver::SelfSource)
        return;
    m_pending |= kindOf(payload.toString());
    if (m_pending && !m_timer.isActive())
        m_timer.start();
}

void ChangeWatcher::flush()
{
    const int kinds = m_pending;
    m_pending = 0;
    if (kinds)
        emit changed(kinds);
}

} // namespace huitou
