#include "StoreCopy.h"

#include "Database.h"
#include "SqlUtil.h"
#include "Transaction.h"
#include "postgres/PostgresDialect.h"
#include "sqlite/CustomerSearch.h"
#include "sqlite/SqliteDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace huitou {

namespace {

QStringList tablesOf(const QSqlDatabase &db, QString *error)
{
    return PostgresDialect::is(db) ? PostgresDialect::tables(db, error) : SqliteDialect::tables(db, error);
}

// Columns that refer to their own table: copied as NULL first and set once
// every row is there (a server checks each foreign key at once).
struct SelfReference
{
    const char *table;
    const char *column;
    const char *key;
};
const SelfReference kSelfReferences[] = {
    {"customer_notes", "replaces_id", "id"},
    {"reasons", "merged_into", "code"},
};

QString failed(const QString &table, const QString &why)
{
    return QCoreApplication::translate("huitou::StoreCopy", "Copying the table %1 failed: %2").arg(table, why);
}

} // namespace

QList<StoreCopy::TableCount> StoreCopy::countRows(const QSqlDatabase &db, QString *error)
{
    QList<TableCount> out;
    const QStringList tables = tablesOf(db, error);
    QSqlQuery q(db);
    for (const QString &table : tables) {
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) || !q.next()) {
            *error = failed(table, q.lastError().text());
            return {};
        }
        out.append({table, q.value(0).toLongLong()});
    }
    return out;
}

bool StoreCopy::copy(const QSqlDatabase &source, QSqlDatabase &target, QString *error)
{
    const int version = Database::schemaVersion(source);
    if (version != Database::schemaVersion(target)) {
        *error = QCoreApplication::translate("huitou::StoreCopy",
                                             "The two stores have different schema versions (%1 and %2).")
                     .arg(version)
                     .arg(Database::schemaVersion(target));
        return false;
    }
    QSqlQuery q(target);
    if (!q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM imports) + (SELECT COUNT(*) FROM customers)"))
        || !q.next()) {
        *error = q.lastError().text();
        return false;
    }
    if (q.value(0).toLongLong() > 0) {
        *error = QCoreApplication::translate("huitou::StoreCopy",
                                             "The target store already holds a shop; copy into a new, empty store.");
        return false;
    }
    const QStringList tables = tablesOf(source, error);
    if (tables.isEmpty())
        return false;
    const QStringList targetTables = tablesOf(target, error);
    const bool server = PostgresDialect::is(target);

    Transaction tx(target, Transaction::kLongWaitSeconds);
    // The target's starting dictionaries (tag groups, reasons) make way for the source's.
    for (auto it = targetTables.crbegin(); it != targetTables.crend(); ++it) {
        if (!q.exec(QStringLiteral("DELETE FROM %1").arg(*it))) {
            *error = failed(*it, q.lastError().text());
            return false;
        }
    }
    for (const QString &table : tables) {
        if (!targetTables.contains(table)) {
            *error = failed(table, QStringLiteral("not in the target store"));
            return false;
        }
        QSqlQuery read(source);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(table))) {
            *error = failed(table, read.lastError().text());
            return false;
        }
        const QSqlRecord record = read.record();
        const int columns = record.count();
        QStringList names;
        for (int c = 0; c < columns; ++c)
            names << record.fieldName(c);
        int selfRef = -1; // the column written NULL first, and the key it refers to
        int selfKey = -1;
        for (const SelfReference &s : kSelfReferences) {
            if (table == QLatin1String(s.table)) {
                selfRef = int(names.indexOf(QLatin1String(s.column)));
                selfKey = int(names.indexOf(QLatin1String(s.key)));
                if (selfKey < 0)
                    selfRef = -1;
            }
        }
        // Many rows per statement: a round trip per row would dominate on a server.
        const int perStatement = qMax(1, 2000 / columns);
        const QString rowMarks = QLatin1Char('(') + QStringList(columns, QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
        const QString head = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(table, names.join(QLatin1Char(',')));
        QSqlQuery write(target);
        QSqlQuery update(target);
        QList<QVariantList> pending;
        QList<QPair<QVariant, QVariant>> laterRefs; // key, value
        auto flush = [&]() -> bool {
            if (pending.isEmpty())
                return true;
            QStringList marks(pending.size(), rowMarks);
            if (!write.prepare(head + marks.join(QLatin1Char(',')))) {
                *error = failed(table, write.lastError().text());
                return false;
            }
            int i = 0;
            for (const QVariantList &row : pending)
                for (const QVariant &v : row)
                    write.bindValue(i++, v);
            if (!write.exec()) {
                *error = failed(table, write.lastError().text());
                return false;
            }
            pending.clear();
            return true;
        };
        while (read.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int c = 0; c < columns; ++c)
                row << read.value(c);
            if (selfRef >= 0 && !row[selfRef].isNull()) {
                laterRefs.append({row[selfKey], row[selfRef]});
                row[selfRef] = QVariant();
            }
            pending.append(row);
            if (pending.size() == perStatement && !flush())
                return false;
        }
        if (!flush())
            return false;
        if (!laterRefs.isEmpty()) {
            for (const SelfReference &s : kSelfReferences) {
                if (table != QLatin1String(s.table))
                    continue;
                if (!update.prepare(QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?")
                                        .arg(table, QLatin1String(s.column), QLatin1String(s.key)))) {
                    *error = failed(table, update.lastError().text());
                    return false;
                }
                for (const auto &ref : laterRefs) {
                    update.bindValue(0, ref.second);
                    update.bindValue(1, ref.first);
                    if (!update.exec()) {
                        *error = failed(table, update.lastError().text());
                        return false;
                    }
                }
            }
        }
        if (server && !PostgresDialect::resetIdentity(target, table, error))
            return false;
    }
    // The search index's triggers saw each customer before her orders were
    // copied: it is filled again from the finished tables.
    if (!CustomerSearch::rebuild(target, error))
        return false;
    if (!tx.commit()) {
        *error = target.lastError().text();
        return false;
    }
    return true;
}

} // namespace huitou
