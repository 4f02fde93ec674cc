#pragma once

#include <QtGlobal>

namespace huitou {

// What one import did with the rows of its file.
struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
    // Rows repeating an order an earlier row of the same file wrote. Every
    // row is counted once: rowsRead = inserted + updated + unchanged +
    // rejected + duplicates (so the history derives it).
    qint64 duplicates = 0;
};

} // namespace huitou
