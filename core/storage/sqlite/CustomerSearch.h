#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

// The customers page's search index on SQLite (schema v12): an FTS5 table
// with the trigram tokenizer over every customer's nick, contact name and
// phones (rowid = customer id), kept current by triggers on customers and
// orders. A search of three or more characters reads the index for its
// candidates instead of scanning every customer with LIKE; the LIKE
// conditions still decide, so the answer is the same.
class CustomerSearch
{
public:
    // True for the index's own tables (the FTS table and its shadow tables):
    // derived data, never copied or counted as the shop's rows.
    static bool isIndexTable(const QString &table);
    // The FTS5 query for SEARCH (and its phone DIGITS, empty when not a
    // phone search), or empty when the index cannot narrow it down: no
    // three characters in a row between LIKE's wildcards (% _).
    static QString matchExpression(const QString &search, const QString &digits);
    // For a bulk write: drops the index's triggers and returns them in
    // *STATEMENTS for rebuild(). Nothing is dropped on another database.
    static bool suspend(const QSqlDatabase &db, QStringList *statements, QString *error);
    // Fills the index again from every customer and creates TRIGGERS again.
    static bool rebuild(const QSqlDatabase &db, const QStringList &triggers, QString *error);
    // rebuild() keeping the triggers as they are (after a store copy).
    static bool rebuild(const QSqlDatabase &db, QString *error);
};

} // namespace huitou
