#include "TaxonomyStore.h"

#include "AuditLog.h"
#include "SqlUtil.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace huitou {

TaxonomyStore::TaxonomyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Taxonomy TaxonomyStore::load() const
{
    Taxonomy t;
    QSqlQuery q(m_db);
    if (sql::exec(q,
                  QStringLiteral("SELECT code, name_zh, name_en, position FROM reason_categories ORDER BY position"))) {
        while (q.next())
            t.categories << ReasonCategory{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                           q.value(3).toInt()};
    }
    if (sql::exec(q,
                  QStringLiteral("SELECT r.code, r.category_code, r.name_zh, r.name_en, r.keywords, r.position, "
                                 "r.merged_into FROM reasons r JOIN reason_categories c ON c.code = r.category_code "
                                 "ORDER BY c.position, r.position, r.code"))) {
        while (q.next()) {
            Reason r;
            r.code = q.value(0).toString();
            r.category = q.value(1).toString();
            r.nameZh = q.value(2).toString();
            r.nameEn = q.value(3).toString();
            r.keywords = q.value(4).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            r.position = q.value(5).toInt();
            r.mergedInto = q.value(6).toString();
            t.reasons << r;
        }
    }
    return t;
}

bool TaxonomyStore::saveReason(const Reason &r, const QString &staff, QString *error)
{
    static const QRegularExpression codePattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!codePattern.match(r.code).hasMatch()) {
        *error = QCoreApplication::translate("TaxonomyStore",
                                             "A reason code is lower-case letters, digits and _: \"%1\".")
                     .arg(r.code);
        return false;
    }
    if (r.nameZh.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("TaxonomyStore", "The reason %1 needs a Chinese name.").arg(r.code);
        return false;
    }
    const Taxonomy t = load();
    if (!t.category(r.category)) {
        *error = QCoreApplication::translate("TaxonomyStore", "Unknown reason category \"%1\".").arg(r.category);
        return false;
    }
    const Reason *before = t.reason(r.code);
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q,
                   QStringLiteral(
                       "INSERT INTO reasons (code, category_code, name_zh, name_en, keywords, position) "
                       "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
                       "category_code = excluded.category_code, name_zh = excluded.name_zh, "
                       "name_en = excluded.name_en, keywords = excluded.keywords, position = excluded.position"),
                   {r.code, r.category, r.nameZh.trimmed(), QString(r.nameEn.trimmed() + QStringLiteral("")),
                    QString(r.keywords.join(QLatin1Char(' ')) + QStringLiteral("")), r.position},
                   error))
        return false;
    QJsonObject detail{{QStringLiteral("code"), r.code},
                       {QStringLiteral("name_zh"), r.nameZh},
                       {QStringLiteral("name_en"), r.nameEn},
                       {QStringLiteral("keywords"), r.keywords.join(QLatin1Char(' '))}};
    if (before) {
        detail.insert(QStringLiteral("before_name_zh"), before->nameZh);
        detail.insert(QStringLiteral("before_name_en"), before->nameEn);
        detail.insert(QStringLiteral("before_keywords"), before->keywords.join(QLatin1Char(' ')));
    }
    if (!AuditLog(m_db).record(0, before ? QStringLiteral("reason_edited") : QStringLiteral("reason_added"),
                               QStringLiteral("reason"), 0, detail, staff, error))
        return false;
    return tx.commit();
}

bool TaxonomyStore::saveCategory(const ReasonCategory &c, QString *error)
{
    QSqlQuery q(m_db);
    return sql::exec(q,
                     QStringLiteral(
                         "INSERT INTO reason_categories (code, name_zh, name_en, position) VALUES (?, ?, ?, ?) "
                         "ON CONFLICT (code) DO UPDATE SET name_zh = excluded.name_zh, "
                         "name_en = excluded.name_en, position = excluded.position"),
                     {c.code, c.nameZh, c.nameEn, c.position}, error);
}

bool TaxonomyStore::merge(const QString &from, const QString &into, const QString &staff, QString *error)
{
    const Taxonomy t = load();
    if (!t.reason(from) || !t.reason(into)) {
        *error = QCoreApplication::translate("TaxonomyStore", "Unknown reason code \"%1\".")
                     .arg(t.reason(from) ? into : from);
        return false;
    }
    if (from == into || t.effectiveCode(into) == from) {
        *error = QCoreApplication::translate("TaxonomyStore", "A reason cannot be merged into itself.");
        return false;
    }
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE reasons SET merged_into = ? WHERE code = ?"), {into, from}, error)
        || !AuditLog(m_db).record(0, QStringLiteral("reason_merged"), QStringLiteral("reason"), 0,
                                  QJsonObject{{QStringLiteral("from"), from}, {QStringLiteral("into"), into}}, staff,
                                  error))
        return false;
    return tx.commit();
}

bool TaxonomyStore::unmerge(const QString &code, const QString &staff, QString *error)
{
    Transaction tx(m_db);
    QSqlQuery q(m_db);
    if (!sql::exec(q, QStringLiteral("UPDATE reasons SET merged_into = NULL WHERE code = ?"), {code}, error)
        || !AuditLog(m_db).record(0, QStringLiteral("reason_unmerged"), QStringLiteral("reason"), 0,
                                  QJsonObject{{QStringLiteral("code"), code}}, staff, error))
        return false;
    return tx.commit();
}

qint64 TaxonomyStore::usage(const QString &code) const
{
    QSqlQuery q(m_db);
    if (sql::exec(q, QStringLiteral("SELECT COUNT(*) FROM reason_entries WHERE reason_code = ? AND deleted_at IS NULL"),
                  {code})
        && q.next())
        return q.value(0).toLongLong();
    return 0;
}

} // namespace huitou
