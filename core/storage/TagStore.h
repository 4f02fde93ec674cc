#pragma once

#include <QList>
#include <QLocale>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace huitou {

struct TagGroup
{
    QString key; // "size", "style", …
    QString nameZh, nameEn;
    QString kind; // single | multi | numeric
    QStringList values;
    // The group's name in the interface's language (as the reason taxonomy's).
    QString displayName() const
    {
        return QLocale().language() == QLocale::Chinese || nameEn.isEmpty() ? nameZh : nameEn;
    }
    // The single-value rule, once: a single or numeric group holds one value
    // per customer, so adding a value replaces the old one.
    bool isSingle() const { return kind == QLatin1String("single") || kind == QLatin1String("numeric"); }
    QStringList adding(const QStringList &old, const QString &value) const
    {
        return isSingle() ? QStringList{value} : (old.contains(value) ? old : old + QStringList{value});
    }
};

struct CustomerTag
{
    QString group, value;
    bool automatic = false;
};

// The tag dictionary and customer tags. A manual tag in a group hides the
// automatic ones of that group (a manual tag always wins).
class TagStore
{
public:
    explicit TagStore(QSqlDatabase db);

    QList<TagGroup> groups() const;
    // One group of the dictionary (kind "multi" when unknown).
    TagGroup group(const QString &key) const;
    bool saveGroups(const QList<TagGroup> &groups, QString *error);

    // Effective tags of a customer (manual, plus automatic where no manual
    // tag of that group exists), by group order.
    QList<CustomerTag> tagsOf(qint64 customerId) const;
    // Every value customers carry in GROUP (automatic ones such as 雾霾蓝
    // included), sorted: what a filter or bulk tagging can offer beyond the
    // dictionary.
    QStringList valuesInUse(const QString &group) const;
    // Manual tags only.
    QStringList manualValues(qint64 customerId, const QString &group) const;
    // Adds or removes one manual tag for every customer in IDS, in one
    // transaction. For a single-valued group, adding replaces the old value.
    bool addTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error,
                const QString &staff = QString());
    bool removeTag(const QList<qint64> &ids, const QString &group, const QString &value, QString *error,
                   const QString &staff = QString());
    // Replaces the manual values of GROUP for one customer (undo uses it).
    // Every manual tag change is signed in the audit trail (the profile timeline shows it).
    bool setManualValues(qint64 customerId, const QString &group, const QStringList &values, QString *error,
                         const QString &staff = QString());
    // Recomputes the automatic size and colour tags of the customers whose
    // orders or items changed since the last time (imports mark them): the
    // most frequent SKU value over items of valid orders, by quantity, ties
    // to the most recent purchase, then to the value that sorts first (so the
    // same store always gets the same tags).
    bool refreshAutoTags(QString *error);
    // Derives every customer's automatic tags again, as after a first import
    // (e.g. when the rules that derive them change).
    bool refreshAllAutoTags(QString *error);

private:
    // The two ways refreshAutoTags derives, inside its transaction: the
    // touched customers one by one, or everyone in a few scans.
    bool refreshTouched(QString *error);
    bool refreshEveryone(QString *error);

    QSqlDatabase m_db;
};

} // namespace huitou
