#pragma once

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QString>
#include <QTimer>

#include <QHash>

namespace huitou {

// Tells a workstation that another one changed the store (issue 15), so the
// pages showing it refresh without a restart. On PostgreSQL the server
// notifies (LISTEN huitou_changes; the triggers send the kind of change at
// commit); in an SQLite file, which several programs may share, the change
// counters that triggers bump (table store_changes) are polled. Either way
// changed() comes at most once per interval with every kind seen since.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    enum Kind {
        Imports = 1, // an import or a revert: every figure may have moved
        Customers = 2, // a profile, notes or manual tags
        Care = 4, // care tasks, complaints, returns, reviews
    };

    // Watches the store behind DB (a connection of this thread, which must
    // outlive the watcher). INTERVALMS: how often SQLite is polled; a
    // server's notifications are gathered for at most 200 ms before changed().
    explicit ChangeWatcher(QSqlDatabase db, int intervalMs = 1000, QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Reads SQLite's counters now (the timer calls it).
    void poll();

signals:
    void changed(int kinds);

private:
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);
    void flush();
    static int kindOf(const QString &key);

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection; // no handle kept: the connection may be closed and opened again under its name
    bool m_server = false;
    QPointer<QSqlDriver> m_driver; // the subscribed one (gone when its connection is)
    QTimer m_timer;
    QHash<QString, qint64> m_counters;
    int m_pending = 0;
};

} // namespace huitou
