#pragma once

#include "records/ImportCounts.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct ImportRecord
{
    qint64 id = 0;
    QString fileName, sha256, format, encoding, importedAt, revertedAt;
    ImportCounts counts;
};

struct StoredReject
{
    qint64 line = 0, record = 0;
    QString reason;
};

// The log of imports: listing, their rejected rows, and reverting one as a whole.
class ImportHistory
{
    Q_DECLARE_TR_FUNCTIONS(huitou::ImportHistory) // the class's one translation context

public:
    explicit ImportHistory(QSqlDatabase db);

    QList<ImportRecord> list() const;
    QList<StoredReject> rejects(qint64 importId) const;
    // Empty when IMPORTID can be reverted, else why not (a newer import changed
    // rows it wrote, it was already reverted, or it does not exist).
    QString whyNotRevertible(qint64 importId) const;
    // Undoes the import in one transaction: its new rows are deleted, the rows
    // it updated get their previous values back, customers are re-derived.
    bool revert(qint64 importId, QString *error);

private:
    bool restoreRevisions(qint64 importId, const QString &table, const QStringList &cols, QString *error);
    QSqlDatabase m_db;
};

} // namespace huitou
