#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace huitou {

struct CareStep
{
    int offset = 0; // days after the first purchase day
    QString label;
    QString content; // suggested content
    bool operator==(const CareStep &o) const { return offset == o.offset && label == o.label && content == o.content; }
};

// The new-customer plan (DESIGN.md): editable steps and the grace period,
// kept in the store's settings so every workstation and the CLI agree.
struct CarePlan
{
    QList<CareStep> steps;
    int graceDays = 7;

    static CarePlan defaults();
    static CarePlan load(QSqlDatabase db);
    bool save(QSqlDatabase db, QString *error) const;
    int maxOffset() const;
    // Empty when valid: offsets 0..365, distinct, labels not empty, grace 0..90.
    QString validate() const;

    Q_DECLARE_TR_FUNCTIONS(huitou::CarePlan)
};

} // namespace huitou
