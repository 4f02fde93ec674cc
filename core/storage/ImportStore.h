#pragma once

#include "importing/ImportRows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace huitou {

struct ImportMeta
{
    QString fileName;
    QString sha256;
    QString format;
    QString encoding;
};

struct ImportCounts
{
    qint64 rowsRead = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 rejected = 0;
};

// Writes one import into the store inside one transaction: orders and lines
// are upserted by (source, order id[, line]); the previous state of every
// updated row is kept so the import can be reverted; customers are derived
// and their contacts kept current. Nothing is visible until finish().
class ImportStore
{
public:
    enum class Outcome { Inserted, Updated, Unchanged, Failed };

    explicit ImportStore(QSqlDatabase db);
    ~ImportStore();

    bool begin(const ImportMeta &meta, QString *error);
    Outcome upsertOrder(const OrderRow &order, QString *error);
    Outcome upsertItem(const ItemRow &item, int lineNo, QString *error);
    bool addReject(qint64 line, qint64 record, const QString &reason, QString *error);
    // Writes customer contacts, the counts and the file's hash, then commits.
    bool finish(const ImportCounts &counts, const QString &sha256, QString *error);
    // Rolls everything back (cancel or failure).
    void abort();
    qint64 importId() const { return m_importId; }

private:
    struct Contact
    {
        qint64 id = 0;
        bool dirty = false;
        QString contactAt, receiverName, address, province, phoneDisplay;
        QString phoneAt, phone, email;
    };
    std::optional<qint64> customerFor(const OrderRow &order, QString *error);
    static void mergeContact(Contact &c, const OrderRow &order);
    bool saveRevision(const QString &table, qint64 rowId, const QSqlQuery &current, int firstColumn,
                      const QStringList &columns, QString *error);

    QSqlDatabase m_db;
    bool m_open = false;
    qint64 m_importId = 0;
    QHash<QString, Contact> m_customers;
    QSqlQuery m_insertOrder, m_findOrder, m_updateOrder;
    QSqlQuery m_insertItem, m_findItem, m_updateItem;
    QSqlQuery m_insertCustomer, m_findCustomer, m_insertRevision, m_insertReject;
};

} // namespace huitou
