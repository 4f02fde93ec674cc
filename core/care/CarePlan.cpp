#include "CarePlan.h"

#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace huitou {

namespace {
const char *const kPlanKey = "care/plan";
const char *const kGraceKey = "care/grace_days";
} // namespace

CarePlan CarePlan::defaults()
{
    CarePlan p;
    p.steps = {
        {0, tr("Logistics and after-sales care"),
         tr("Thank her for the order, tell her it has shipped and how to reach us about size or returns.")},
        {7, tr("Good-review reminder"), tr("Ask how the clothes fit and invite a review, with a small gift for it.")},
        {20, tr("Related products / new arrivals"),
         tr("Recommend pieces that go with what she bought; new arrivals every Tuesday.")},
        {30, tr("Full-moon gift"), tr("One month with us: a thank-you and a coupon valid for 7 days.")},
    };
    return p;
}

CarePlan CarePlan::load(QSqlDatabase db)
{
    SettingsStore settings(db);
    CarePlan p = defaults();
    const QString json = settings.value(QString::fromLatin1(kPlanKey));
    if (!json.isEmpty()) {
        const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
        QList<CareStep> steps;
        for (const QJsonValue &v : array) {
            const QJsonObject o = v.toObject();
            steps << CareStep{o.value(QStringLiteral("offset")).toInt(), o.value(QStringLiteral("label")).toString(),
                              o.value(QStringLiteral("content")).toString()};
        }
        p.steps = steps;
    }
    bool ok = false;
    const int grace = settings.value(QString::fromLatin1(kGraceKey)).toInt(&ok);
    if (ok)
        p.graceDays = grace;
    return p;
}

bool CarePlan::save(QSqlDatabase db, QString *error) const
{
    const QString invalid = validate();
    if (!invalid.isEmpty()) {
        *error = invalid;
        return false;
    }
    QJsonArray array;
    for (const CareStep &s : steps)
        array.append(QJsonObject{{QStringLiteral("offset"), s.offset},
                                 {QStringLiteral("label"), s.label},
                                 {QStringLiteral("content"), s.content}});
    SettingsStore settings(db);
    return settings.setValue(QString::fromLatin1(kPlanKey),
                             QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)), error)
        && settings.setValue(QString::fromLatin1(kGraceKey), QString::number(graceDays), error);
}

int CarePlan::maxOffset() const
{
    int m = 0;
    for (const CareStep &s : steps)
        m = std::max(m, s.offset);
    return m;
}

QString CarePlan::validate() const
{
    QSet<int> seen;
    for (const CareStep &s : steps) {
        if (s.offset < 0 || s.offset > 365)
            return QCoreApplication::translate("huitou::CarePlan", "A touch's day must be between 0 and 365.");
        if (seen.contains(s.offset))
            return QCoreApplication::translate("huitou::CarePlan", "Two touches on day %1.").arg(s.offset);
        if (s.label.trimmed().isEmpty())
            return QCoreApplication::translate("huitou::CarePlan", "The touch on day %1 needs a label.").arg(s.offset);
        seen.insert(s.offset);
    }
    if (graceDays < 0 || graceDays > 90)
        return QCoreApplication::translate("huitou::CarePlan", "The grace period is 0 to 90 days.");
    return {};
}

} // namespace huitou
