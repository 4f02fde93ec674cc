#include "CustomerSearch.h"

#include "storage/SqlUtil.h"

#include <QSqlQuery>
#include <QVariant>

namespace huitou {

namespace {

bool hasIndex(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QSQLITE"))
        return false;
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_search'"))
        && q.next();
}

} // namespace

bool CustomerSearch::isIndexTable(const QString &table)
{
    return table == QLatin1String("customer_search") || table.startsWith(QLatin1String("customer_search_"));
}

QString CustomerSearch::matchExpression(const QString &search, const QString &digits)
{
    // Every trigram of TEXT, ANDed: the rows holding them all (the index
    // keeps no positions, so not necessarily side by side; LIKE decides).
    // LIKE's wildcards (% and _) split the text: a row that matches holds
    // each literal run between them, so the runs' trigrams, and no more.
    const auto trigrams = [](const QString &text) {
        QStringList terms;
        const QList<uint> chars = text.toUcs4();
        qsizetype runStart = 0;
        for (qsizetype i = 0; i <= chars.size(); ++i) {
            if (i < chars.size() && chars[i] != '%' && chars[i] != '_')
                continue;
            for (qsizetype j = runStart; j + 3 <= i; ++j) {
                QString term = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData() + j), 3);
                term = QLatin1Char('"') + term.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
                if (!terms.contains(term))
                    terms << term;
            }
            runStart = i + 1;
        }
        return terms.isEmpty() ? QString() : QLatin1Char('(') + terms.join(QStringLiteral(" AND ")) + QLatin1Char(')');
    };
    // Without three literal characters in a row the index cannot narrow
    // anything down: the search scans.
    const QString text = trigrams(search);
    if (text.isEmpty())
        return {};
    if (digits.isEmpty() || digits == search)
        return text;
    const QString phone = trigrams(digits);
    return phone.isEmpty() ? QString() : text + QStringLiteral(" OR ") + phone;
}

bool CustomerSearch::suspend(const QSqlDatabase &db, QStringList *statements, QString *error)
{
    statements->clear();
    if (!hasIndex(db))
        return true;
    QSqlQuery q(db);
    if (!sql::exec(q,
                   QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                  "AND name LIKE 'customer_search_%' ORDER BY name"),
                   {}, error))
        return false;
    QStringList names;
    while (q.next()) {
        names << q.value(0).toString();
        *statements << q.value(1).toString();
    }
    for (const QString &name : std::as_const(names)) {
        if (!sql::exec(q, QStringLiteral("DROP TRIGGER %1").arg(name), {}, error))
            return false;
    }
    return true;
}

bool CustomerSearch::rebuild(const QSqlDatabase &db, const QStringList &triggers, QString *error)
{
    if (!hasIndex(db))
        return true;
    QSqlQuery q(db);
    // (Row by row: only after a store copy is there anything to delete.)
    if (!sql::exec(q, QStringLiteral("SELECT EXISTS (SELECT 1 FROM customer_search)"), {}, error) || !q.next())
        return false;
    const bool filled = q.value(0).toBool();
    q.finish();
    // The same row the triggers write (Migrations.cpp, v12).
    if ((filled && !sql::exec(q, QStringLiteral("DELETE FROM customer_search"), {}, error))
        || !sql::exec(q,
                      QStringLiteral("INSERT INTO customer_search (rowid, nick, name, phones) "
                                     "SELECT id, customer_key, receiver_name, "
                                     "CASE WHEN phone_display = phone THEN phone "
                                     "ELSE COALESCE(phone_display, '') || ' ' || COALESCE(phone, '') END "
                                     "FROM customer_contacts"),
                      {}, error))
        return false;
    for (const QString &statement : triggers) {
        if (!sql::exec(q, statement, {}, error))
            return false;
    }
    return true;
}

bool CustomerSearch::rebuild(const QSqlDatabase &db, QString *error)
{
    return rebuild(db, {}, error);
}

} // namespace huitou
