#pragma once

#include <QString>

#include <optional>

namespace huitou {

// One order as a format parsed it, normalised: times in shop time
// ("yyyy-MM-dd HH:mm:ss", empty when absent), money in fen. Plain data the
// importer produces and the store keeps (core/records depends on QtCore only).
struct OrderRow
{
    QString source;
    QString orderNo;
    QString customerKey;
    QString status;
    QString createdAt;
    QString paidAt;
    qint64 paidFen = 0;
    qint64 refundFen = 0;
    std::optional<int> itemCount;
    QString receiverName;
    QString phone; // as exported, ' stripped; may be masked
    QString email;
    QString address;
    QString province;
    QString titles;
    bool valid = false;

    qint64 netFen() const { return paidFen - refundFen; }
    QString paidDay() const { return paidAt.left(10); }
    // Stable 64-bit hash of every stored field: equal rows re-import as
    // "unchanged" without comparing column by column.
    qint64 fingerprint() const;
};

} // namespace huitou
