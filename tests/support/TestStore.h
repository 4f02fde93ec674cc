#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

namespace huitou::test {

// A fresh store in a temporary folder, opened through the same bootstrap as
// the application, with its own connection name.
class TestStore
{
public:
    TestStore();
    ~TestStore();
    QSqlDatabase db() const;
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    bool isOpen() const { return m_open; }
    // Runs a scalar query (test inspection only).
    QVariant scalar(const QString &sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_connection;
    bool m_open = false;
};

} // namespace huitou::test
