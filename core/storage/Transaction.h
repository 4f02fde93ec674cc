#pragma once

#include <QSqlDatabase>

namespace huitou {

// Scoped write transaction: commits only when told, rolls back in its
// destructor. It takes the write lock at once, waiting up to MAXWAITSECONDS
// while another program writes (background work after an import waits long;
// a quick edit gives up sooner).
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
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace huitou
