#include "CheckStamp.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace huitou {

namespace {

QString describe(const QString &path)
{
    const QFileInfo info(path);
    // An empty -wal file holds nothing (SQLite makes a new one on every
    // open): only its content counts, not its times.
    if (!info.exists() || info.size() == 0)
        return QStringLiteral("-");
    // Milliseconds since the epoch; a file written since has other times.
    return QStringLiteral("%1 %2 %3")
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch())
        .arg(info.metadataChangeTime().toMSecsSinceEpoch());
}

QString stampPath(const QString &path)
{
    return path + QStringLiteral("-checked");
}

} // namespace

CheckStamp CheckStamp::of(const QString &path)
{
    CheckStamp s;
    s.m_path = path;
    if (QFileInfo::exists(path))
        s.m_text = QStringLiteral("store %1\nwal %2\n").arg(describe(path), describe(path + QStringLiteral("-wal")));
    return s;
}

bool CheckStamp::wasChecked() const
{
    if (m_text.isEmpty())
        return false;
    QFile f(stampPath(m_path));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return QString::fromUtf8(f.read(4096)) == m_text;
}

void CheckStamp::record() const
{
    if (m_text.isEmpty())
        return;
    QSaveFile f(stampPath(m_path));
    if (!f.open(QIODevice::WriteOnly))
        return;
    f.write(m_text.toUtf8());
    f.commit();
}

} // namespace huitou
