#include "ImportHistory.h"

#include "BackupStore.h"
#include "Clock.h"
#include "CustomerContacts.h"
#include "SqlUtil.h"
#include "StoreRoles.h"
#include "Transaction.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/OrderColumns.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

ImportHistory::ImportHistory(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QList<ImportRecord> ImportHistory::list() const
{
    QList<ImportRecord> out;
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT id, file_name, sha256, format, encoding, imported_at, COALESCE(reverted_at, ''), "
                          "rows_read, inserted, updated, unchanged, rejected FROM imports ORDER BY id DESC"));
    while (q.next()) {
        ImportRecord r;
        r.id = q.value(0).toLongLong();
        r.fileName = q.value(1).toString();
        r.sha256 = q.value(2).toString();
        r.format = q.value(3).toString();
        r.encoding = q.value(4).toString();
        r.importedAt = q.value(5).toString();
        r.revertedAt = q.value(6).toString();
        r.counts = {q.value(7).toLongLong(), q.value(8).toLongLong(), q.value(9).toLongLong(), q.value(10).toLongLong(),
                    q.value(11).toLongLong()};
        // Every row is counted once; the rest repeated an order of the file.
        r.counts.duplicates = r.counts.rowsRead - r.counts.inserted - r.counts.updated - r.counts.unchanged
            - r.counts.rejected;
        out.append(r);
    }
    return out;
}

QList<StoredReject> ImportHistory::rejects(qint64 importId) const
{
    QList<StoredReject> out;
    QSqlQuery q(m_db);
    sql::exec(q, QStringLiteral("SELECT line, record, reason FROM import_rejects WHERE import_id = ? ORDER BY line"),
              {importId});
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()});
    return out;
}

QString ImportHistory::whyNotRevertible(qint64 importId) const
{
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("SELECT reverted_at FROM imports WHERE id = ?"), {importId}) || !q.next())
        return tr("There is no import %1.").arg(importId);
    if (!q.value(0).isNull())
        return tr("Import %1 was already reverted.").arg(importId);
    for (const QString &table : {QStringLiteral("orders"), QStringLiteral("order_items")}) {
        sql::exec(q,
                  QStringLiteral("SELECT COUNT(*) FROM %1 WHERE last_import_id > ? AND (first_import_id = ? OR id IN "
                                 "(SELECT row_id FROM import_revisions WHERE import_id = ? AND table_name = ?))")
                      .arg(table),
                  {importId, importId, importId, table});
        if (q.next() && q.value(0).toLongLong() > 0)
            return tr("A newer import changed %1 of the rows import %2 wrote; revert the newer import first.")
                .arg(q.value(0).toLongLong())
                .arg(importId);
    }
    return {};
}

bool ImportHistory::restoreRevisions(qint64 importId, const QString &table, const QStringList &cols, QString *error)
{
    QSqlQuery read(m_db);
    if (!sql::exec(read,
                   QStringLiteral("SELECT row_id, previous_row FROM import_revisions WHERE import_id = ? AND "
                                  "table_name = ?"),
                   {importId, table}, error))
        return false;
    QStringList sets;
    for (const QString &c : cols)
        sets << c + QStringLiteral(" = ?");
    QSqlQuery write(m_db);
    if (!sql::prepare(write,
                      QStringLiteral("UPDATE %1 SET %2, last_import_id = ? WHERE id = ?")
                          .arg(table, sets.join(QStringLiteral(", "))),
                      error))
        return false;
    while (read.next()) {
        const QJsonObject previous = QJsonDocument::fromJson(read.value(1).toString().toUtf8()).object();
        int i = 0;
        for (const QString &c : cols)
            write.bindValue(i++, previous.value(c).toVariant());
        write.bindValue(i++, previous.value(QStringLiteral("last_import_id")).toVariant());
        write.bindValue(i++, read.value(0));
        if (!write.exec()) {
            *error = write.lastError().text();
            return false;
        }
    }
    return true;
}

bool ImportHistory::revert(qint64 importId, QString *error)
{
    // Said before trying; on a server the server refuses a staff login anyway.
    if (!StoreRoles::may(m_db, StoreRoles::Right::RevertImports)) {
        *error = StoreRoles::refusal(StoreRoles::Right::RevertImports);
        return false;
    }
    const QString why = whyNotRevertible(importId);
    if (!why.isEmpty()) {
        *error = why;
        return false;
    }
    // A server's backups are the server's (pg_dump); BackupStore copies SQLite files.
    BackupInfo backup;
    if (!PostgresDialect::is(m_db) && !BackupStore(m_db).create(QStringLiteral("revert"), &backup, error))
        return false;
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    // The customers whose orders change, to re-derive them afterwards.
    const char *const steps[] = {
        "CREATE TEMP TABLE IF NOT EXISTS revert_customers (id INTEGER PRIMARY KEY)",
        "DELETE FROM revert_customers",
        "INSERT INTO revert_customers SELECT DISTINCT customer_id FROM orders WHERE first_import_id = :id OR id IN "
        "(SELECT row_id FROM import_revisions WHERE import_id = :id AND table_name = 'orders')",
    };
    for (const char *step : steps) {
        // PostgreSQL cannot prepare CREATE TABLE: statements without a value run as they are.
        const QString sql = QString::fromUtf8(step);
        bool ok;
        if (sql.contains(QLatin1String(":id"))) {
            q.prepare(sql);
            q.bindValue(QStringLiteral(":id"), importId);
            ok = q.exec();
        } else {
            ok = q.exec(sql);
        }
        if (!ok) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!restoreRevisions(importId, QStringLiteral("orders"), columns::order(), error)
        || !restoreRevisions(importId, QStringLiteral("order_items"), columns::item(), error))
        return false;
    const char *const cleanup[] = {
        "DELETE FROM orders WHERE first_import_id = :id",
        "DELETE FROM order_items WHERE first_import_id = :id",
        "DELETE FROM import_revisions WHERE import_id = :id",
        // Customers this import created that now have no orders go with it,
        // and their campaign memberships first (no cascade: see Migrations v18).
        "DELETE FROM campaign_members WHERE customer_id IN (SELECT c.id FROM customers c "
        "WHERE c.created_import_id = :id AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id))",
        "DELETE FROM customers WHERE created_import_id = :id AND NOT EXISTS "
        "(SELECT 1 FROM orders o WHERE o.customer_id = customers.id)",
        // Re-derive the contacts of the others from their remaining orders.
        "UPDATE customers SET "
        " contact_order_id = (SELECT o.id FROM orders o WHERE o.customer_id = customers.id AND o.address IS NOT NULL "
        "   ORDER BY COALESCE(o.paid_at, o.created_at) DESC, o.id DESC LIMIT 1),"
        " contact_at = (SELECT COALESCE(o.paid_at, o.created_at) FROM orders o WHERE o.customer_id = customers.id "
        "   AND o.address IS NOT NULL"
        "   ORDER BY COALESCE(o.paid_at, o.created_at) DESC, o.id DESC LIMIT 1),"
        " phone_order_id = (SELECT o.id FROM orders o WHERE o.customer_id = customers.id AND o.phone IS NOT NULL "
        "   AND o.phone NOT LIKE '%*%' ORDER BY COALESCE(o.paid_at, o.created_at) DESC, o.id DESC LIMIT 1),"
        " phone_at = (SELECT COALESCE(o.paid_at, o.created_at) FROM orders o WHERE o.customer_id = customers.id "
        "   AND o.phone IS NOT NULL AND o.phone NOT LIKE '%*%' "
        "   ORDER BY COALESCE(o.paid_at, o.created_at) DESC, o.id DESC LIMIT 1) "
        "WHERE id IN (SELECT id FROM revert_customers)",
        "UPDATE imports SET reverted_at = :now WHERE id = :id",
        // Customer figures are stale until recomputed (see ImportStore::finish).
        "DELETE FROM settings WHERE key = 'metrics_as_of'",
    };
    for (const char *step : cleanup) {
        q.prepare(QString::fromUtf8(step));
        if (QString::fromUtf8(step).contains(QLatin1String(":id")))
            q.bindValue(QStringLiteral(":id"), importId);
        if (QString::fromUtf8(step).contains(QLatin1String(":now")))
            q.bindValue(QStringLiteral(":now"), Clock::now().toString(Qt::ISODate));
        if (!q.exec()) {
            *error = q.lastError().text();
            return false;
        }
    }
    // Their mobile, name and e-mail follow the re-derived contacts.
    if (!CustomerContacts::refresh(m_db, CustomerContacts::Scope::Reverted, error))
        return false;
    if (!tx.commit()) {
        *error = m_db.lastError().text();
        return false;
    }
    return true;
}

} // namespace huitou
