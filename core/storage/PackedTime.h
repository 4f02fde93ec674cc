#pragma once

#include <QString>

namespace huitou {

// A "yyyy-MM-dd HH:mm:ss" time packed into the integer yyyyMMddHHmmss, which
// orders the same way; the import paths (SQLite and PostgreSQL) compare and
// keep times this way while they work on a batch.
inline qint64 packTime(const QString &iso)
{
    qint64 v = 0;
    for (QChar c : iso)
        if (c.isDigit())
            v = v * 10 + (c.unicode() - '0');
    return v;
}

// The inverse of packTime(); 0 (no time) gives an empty string.
inline QString unpackTime(qint64 v)
{
    if (v == 0)
        return {};
    const QString d = QString::number(v);
    return QStringLiteral("%1-%2-%3 %4:%5:%6")
        .arg(d.mid(0, 4), d.mid(4, 2), d.mid(6, 2), d.mid(8, 2), d.mid(10, 2), d.mid(12, 2));
}

} // namespace huitou
