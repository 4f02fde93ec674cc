#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace huitou {

// One complaint, return or below-5-star review reason (DESIGN.md "Reason entries").
struct ReasonEntry
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString customerKey; // filled by queries
    QString kind; // complaint | return | review
    QString reasonCode;
    qint64 orderId = 0; // 0: none
    QString orderNo; // filled by queries
    qint64 itemId = 0; // 0: none
    QString itemTitle; // filled by queries
    QString text;
    QDate loggedDay;
    QString staff, createdAt;
    QString resolvedAt, resolution, resolvedBy;
    bool deleted = false;
    QString source = QStringLiteral("manual"); // manual | review | survey
    qint64 reviewId = 0;
    bool confirmed = true; // false: a classifier suggestion waiting for staff
    bool isOpen() const
    {
        return (kind == QLatin1String("complaint") || kind == QLatin1String("return")) && resolvedAt.isEmpty()
            && !deleted;
    }
};

// Reason entries: logged, resolved, confirmed, soft-deleted; every change
// signed in the audit trail. An entry is open when it is a complaint or a
// return, not resolved and not deleted (the rule issue 11's export uses).
class ReasonStore
{
    Q_DECLARE_TR_FUNCTIONS(huitou::ReasonStore) // the class's one translation context

public:
    explicit ReasonStore(QSqlDatabase db);

    static bool validKind(const QString &kind);
    // The order with order number ORDERNO of CUSTOMERID; 0 with a message when it is not hers.
    qint64 orderOfCustomer(qint64 customerId, const QString &orderNo, QString *error) const;
    // The item lines of an order: (item id, title · SKU).
    QList<QPair<qint64, QString>> itemsOfOrder(qint64 orderId) const;
    // Validates and stores ENTRY (id, staff and createdAt are set here). Returns the new id, 0 on error.
    qint64 add(ReasonEntry entry, const QString &staff, QString *error);
    bool resolve(qint64 id, const QString &resolution, const QDate &day, const QString &staff, QString *error);
    bool reopen(qint64 id, const QString &staff, QString *error);
    bool setDeleted(qint64 id, bool deleted, const QString &staff, QString *error);
    // Confirms a suggestion with CODE (the same or another reason); or changes a confirmed entry's reason.
    bool confirm(qint64 id, const QString &code, const QString &staff, QString *error);
    bool unconfirm(qint64 id, const QString &code, const QString &staff, QString *error);

    std::optional<ReasonEntry> entry(qint64 id) const;
    QList<ReasonEntry> entriesOf(qint64 customerId) const;
    QList<ReasonEntry> openEntries() const;
    QList<ReasonEntry> unconfirmed() const;
    bool hasOpenEntry(qint64 customerId) const;
    // Confirmed, not deleted entries of KIND logged in [FROM, TO], counted by their stored reason code.
    QHash<QString, qint64> countsByReason(const QString &kind, const QDate &from, const QDate &to) const;
    // Same, by "YYYY-MM" month and reason code; KIND empty: every kind.
    QHash<QString, QHash<QString, qint64>> countsByMonth(const QString &kind, const QDate &from, const QDate &to) const;

private:
    QList<ReasonEntry> select(const QString &where, const QVariantList &values) const;
    QSqlDatabase m_db;
};

} // namespace huitou
