#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

// Which column of a reviews CSV holds which field; saved as a named preset
// in the same table as the order mappings (name prefixed "reviews:").
struct ReviewMapping
{
    QString order, rating, text, time; // time optional
    static ReviewMapping fromSpec(const QString &spec, QString *error);
    QJsonObject toJson() const;
    static ReviewMapping fromJson(const QJsonObject &o);
};

struct ReviewRejectedRow
{
    qint64 line = 0;
    QString reason;
};

struct ReviewImportResult
{
    QString error; // the file as a whole was refused
    qint64 read = 0, inserted = 0, unchanged = 0, unmatched = 0, suggested = 0;
    QList<ReviewRejectedRow> rejected;
    bool ok() const { return error.isEmpty(); }
};

// Imports reviews (order id, rating 1-5, text, time): re-importing is
// idempotent; a bad row is skipped and reported by line; one transaction.
// A new review below 5 stars whose text the classifier recognises becomes an
// unconfirmed review reason entry per suggested reason ("to confirm").
class ReviewImporter
{
    Q_DECLARE_TR_FUNCTIONS(huitou::ReviewImporter) // the class's one translation context

public:
    ReviewImporter(QSqlDatabase db, ReviewMapping mapping, QString staff, QDate today);
    ReviewImportResult importFile(const QString &path);

private:
    QSqlDatabase m_db;
    ReviewMapping m_mapping;
    QString m_staff;
    QDate m_today;
};

} // namespace huitou
