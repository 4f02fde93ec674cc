#pragma once

#include "care/CallbackSampler.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace huitou {

struct CallbackSample
{
    qint64 id = 0;
    QString month; // "YYYY-MM": the month the sample is for
    QString population; // last-month-buyers | new-no-second
    QDate samplingDay;
    int requestedSize = 0;
    bool byTier = false;
    quint64 seed = 0;
    int populationSize = 0;
    QString staff, createdAt;
    int members = 0, called = 0, reached = 0; // progress
};

struct SampleMember
{
    int position = 0;
    qint64 customerId = 0;
    QString key, tier, phone; // phone as exported (the UI masks it)
    QString reached; // of the current answer; empty: not called yet
    int satisfaction = 0;
};

// Callback samples: the populations of DESIGN.md and the stored samples.
class SampleStore
{
public:
    explicit SampleStore(QSqlDatabase db);
    static bool validPopulation(const QString &population);
    // Last month's buyers: customers with a valid purchase day in the calendar month before MONTH.
    // New customers without a second purchase: first purchase day in [DAY − 50, DAY − 30] and F = 1 on DAY.
    std::vector<SampleCandidate> population(const QString &population, const QDate &month, const QDate &day,
                                            QString *error) const;
    // The sample of MONTH and POPULATION, if one was drawn.
    std::optional<CallbackSample> find(const QString &month, const QString &population) const;
    std::optional<CallbackSample> sample(qint64 id) const;
    QList<CallbackSample> samples() const;
    qint64 save(CallbackSample sample, const std::vector<SampleCandidate> &members, const QString &staff,
                QString *error);
    // Soft delete (undo of a draw) and its undo.
    bool setDeleted(qint64 sampleId, bool deleted, const QString &staff, QString *error);
    QList<SampleMember> members(qint64 sampleId) const;
    bool isMember(qint64 sampleId, qint64 customerId) const;

private:
    QSqlDatabase m_db;
};

} // namespace huitou
