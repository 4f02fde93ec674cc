#include "Timeline.h"

#include "analytics/Money.h"
#include "customers/Vocabulary.h"
#include "storage/TagStore.h"
#include "storage/TaxonomyStore.h"
#include "storage/TimelineStore.h"

#include <QCoreApplication>

namespace huitou {

namespace {

// A consent state as stored in the audit detail, by its vocabulary name.
QString consentText(const QString &state)
{
    return consentName(parseConsent(state).value_or(Consent::Unknown));
}

// Where a consent change came from: "manual" (the profile), "opt_out:FILE" (an imported opt-out list).
QString consentSourceText(const QString &source)
{
    if (source == QLatin1String("manual") || source.isEmpty())
        return QCoreApplication::translate("huitou::Timeline", "set by hand");
    if (source.startsWith(QLatin1String("opt_out:")))
        return QCoreApplication::translate("huitou::Timeline", "opt-out list %1").arg(source.mid(8));
    return source;
}

QString kindName(const QString &kind)
{
    if (kind == QLatin1String("complaint"))
        return QCoreApplication::translate("huitou", "Complaint");
    if (kind == QLatin1String("return"))
        return QCoreApplication::translate("huitou", "Return");
    return QCoreApplication::translate("huitou", "Review");
}

QString taskName(const QString &key)
{
    if (key.startsWith(QLatin1String("touch:")))
        return QCoreApplication::translate("huitou", "day-%1 touch").arg(key.mid(6));
    if (key.startsWith(QLatin1String("birthday:")))
        return QCoreApplication::translate("huitou", "birthday greeting %1").arg(key.mid(9));
    return QCoreApplication::translate("huitou", "follow-up");
}

} // namespace

QList<TimelineEntry> Timeline::of(QSqlDatabase db, qint64 customerId)
{
    const Taxonomy taxonomy = TaxonomyStore(db).load();
    QHash<QString, QString> groupNames; // tag group key -> its name in the interface's language
    for (const TagGroup &g : TagStore(db).groups())
        groupNames.insert(g.key, g.displayName());
    QList<TimelineEntry> out;
    for (const TimelineRow &r : TimelineStore(db).rows(customerId)) {
        TimelineEntry e;
        e.at = QString(r.at).replace(QLatin1Char('T'), QLatin1Char(' ')).left(16);
        e.staff = r.staff;
        const auto s = [&r](const char *key) { return r.detail.value(QLatin1String(key)).toString(); };
        const QString a = r.action;
        if (a == QLatin1String("order")) {
            e.kind = QStringLiteral("order");
            e.text = tr("Order %1: %2 yuan, %3")
                         .arg(s("order"), money::text(qint64(r.detail.value(QStringLiteral("paid_fen")).toDouble())),
                              s("status"));
            const qint64 refund = qint64(r.detail.value(QStringLiteral("refund_fen")).toDouble());
            if (refund > 0)
                e.text += tr(", refund %1 yuan").arg(money::text(refund));
        } else if (a.startsWith(QLatin1String("note_"))) {
            e.kind = QStringLiteral("note");
            e.text = (a == QLatin1String("note_added")         ? tr("Note: %1")
                          : a == QLatin1String("note_edited")  ? tr("Note edited: %1")
                          : a == QLatin1String("note_deleted") ? tr("Note deleted: %1")
                                                               : tr("Note restored: %1"))
                         .arg(s("text"));
        } else if (a.startsWith(QLatin1String("tag"))) {
            e.kind = QStringLiteral("tag");
            const QString group = groupNames.value(s("group"), s("group"));
            e.text = a == QLatin1String("tag_removed") ? tr("Tag removed: %1 = %2").arg(group, s("value"))
                : a == QLatin1String("tag_added")      ? tr("Tag added: %1 = %2").arg(group, s("value"))
                                                       : tr("Tags %1: %2 (was %3)")
                                                        .arg(group, s("value").isEmpty() ? tr("none") : s("value"),
                                                             s("before").isEmpty() ? tr("none") : s("before"));
        } else if (a == QLatin1String("consent_changed")) {
            e.kind = QStringLiteral("consent");
            e.text = tr("Marketing consent: %1 (was %2; %3)")
                         .arg(consentText(s("state")), consentText(s("previous")), consentSourceText(s("source")));
        } else if (a == QLatin1String("task_done") || a == QLatin1String("task_skipped")) {
            e.kind = QStringLiteral("task");
            e.text = (a == QLatin1String("task_done") ? tr("Done: %1 (due %2)") : tr("Skipped: %1 (due %2)"))
                         .arg(taskName(s("task")), s("due"));
        } else if (a.startsWith(QLatin1String("reason_"))) {
            e.kind = QStringLiteral("reason");
            const QString reason = taxonomy.displayName(s("reason"));
            if (a == QLatin1String("reason_logged")) {
                e.text = tr("%1: %2").arg(kindName(s("kind")), reason);
                if (!s("order").isEmpty())
                    e.text += tr(" · order %1").arg(s("order"));
                if (!s("item").isEmpty())
                    e.text += tr(" · %1").arg(s("item"));
                if (!s("text").isEmpty())
                    e.text += tr(" · “%1”").arg(s("text"));
                if (r.detail.value(QStringLiteral("suggested")).toBool())
                    e.text += tr(" (suggested, to confirm)");
            } else if (a == QLatin1String("reason_resolved")) {
                e.text = tr("%1 resolved: %2 · %3").arg(kindName(s("kind")), reason, s("resolution"));
            } else if (a == QLatin1String("reason_confirmed")) {
                e.text = tr("%1 reason confirmed: %2").arg(kindName(s("kind")), reason);
            } else if (a == QLatin1String("reason_reopened")) {
                e.text = tr("Reopened (was resolved: %1)").arg(s("resolution"));
            } else if (a == QLatin1String("reason_deleted")) {
                e.text = tr("%1 entry deleted: %2").arg(kindName(s("kind")), reason);
            } else {
                e.text = tr("%1 entry restored: %2").arg(kindName(s("kind")), reason);
            }
        } else if (a == QLatin1String("survey_answered")) {
            e.kind = QStringLiteral("survey");
            const QString reached = s("reached");
            if (reached == QLatin1String("yes")) {
                e.text = tr("Callback: reached");
                if (r.detail.contains(QStringLiteral("satisfaction")))
                    e.text += tr(", satisfaction %1").arg(r.detail.value(QStringLiteral("satisfaction")).toInt());
                if (!s("buy_again").isEmpty())
                    e.text += tr(", will buy again: %1").arg(s("buy_again"));
                if (!s("text").isEmpty())
                    e.text += tr(" · “%1”").arg(s("text"));
            } else {
                e.text = reached == QLatin1String("refused") ? tr("Callback: refused") : tr("Callback: no answer");
            }
            if (r.detail.value(QStringLiteral("follow_up")).toBool())
                e.text += tr(" · follow-up requested");
        } else if (a == QLatin1String("birthday_set")) {
            e.kind = QStringLiteral("profile");
            e.text = tr("Birthday: %1").arg(s("after").isEmpty() ? tr("none") : s("after"));
        } else if (a == QLatin1String("phone_revealed")) {
            e.kind = QStringLiteral("contact");
            e.text = tr("Full phone number shown to dial");
        } else {
            e.kind = QStringLiteral("other");
            e.text = a;
        }
        out << e;
    }
    return out;
}

} // namespace huitou
