#pragma once

#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace huitou {

class Transaction;

struct ReviewRow
{
    QString orderNo, text, reviewedAt; // reviewedAt "yyyy-MM-dd HH:mm:ss" or empty
    int rating = 0;
    QDate day;
    QStringList suggestions; // reason codes (below 5 stars)
};

// Reviews in the store and their suggested reason entries, written in one
// transaction per file (begin / add… / commit). The three per-row statements
// are prepared once per file (a file has a hundred thousand rows); on either
// backend (core/storage/Statement).
class ReviewStore
{
public:
    enum class Outcome { Inserted, Unmatched, Unchanged, Failed };
    explicit ReviewStore(QSqlDatabase db);
    ~ReviewStore();
    bool begin(const QString &staff, QString *error);
    Outcome add(const ReviewRow &row, QString *error);
    bool commit(QString *error);
    // Rating and text of the review an entry came from.
    std::optional<std::pair<int, QString>> review(qint64 reviewId) const;

    // Review mappings, kept with the order mappings as "reviews:NAME".
    bool saveMapping(const QString &name, const QJsonObject &mapping, QString *error);
    std::optional<QJsonObject> loadMapping(const QString &name) const;

private:
    QSqlDatabase m_db;
    std::unique_ptr<Transaction> m_tx;
    struct Statements; // the per-row statements (core/storage/Statement)
    std::unique_ptr<Statements> m_st;
    bool m_keysOff = false; // foreign keys off for this file's transaction
    QString m_staff, m_now;
};

} // namespace huitou
