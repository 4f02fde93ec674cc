#pragma once

#include <QSqlDatabase>
#include <QString>

namespace huitou {

// Scoped write transaction: commits only when told, rolls back in its
// destructor. It takes the write lock at once, waiting up to MAXWAITSECONDS
// while another program writes (background work after an import waits long;
// a quick edit gives up sooner). Transactions on one connection nest: an
// inner one is a SAVEPOINT, so a repository that guards its own writes can
// be called inside a caller's larger transaction (an opt-out list saving
// many profiles in one go) instead of failing to BEGIN twice.
class Transaction
{
public:
    static constexpr int kQuickWaitSeconds = 10;
    static constexpr int kLongWaitSeconds = 1800;
    explicit Transaction(QSqlDatabase db, int maxWaitSeconds = kQuickWaitSeconds);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    bool finish(bool commit);

    QSqlDatabase m_db;
    QString m_savepoint; // empty for the outermost transaction
    bool m_active = false;
};

} // namespace huitou
