#pragma once

#include "analytics/ShopReport.h"

#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace huitou {

class Workspace;

// The shop's key figures for an as-of date: lifecycle grid, repeat purchase,
// tiers. Clicking a grid cell opens the customers of that bucket.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();
    const std::optional<ShopReport> &report() const { return m_report; }

protected:
    // A full report costs seconds on a big shop: computed when first shown
    // and when shown again after the data changed.
    void showEvent(QShowEvent *event) override;

signals:
    void bucketActivated(const QString &stage, const QString &type);
    void refreshed();

private:
    void show(const ShopReport &r);

    Workspace *m_workspace;
    QDateEdit *m_asOf;
    QLabel *m_kpis;
    QTableWidget *m_grid;
    QTableWidget *m_tiers;
    std::optional<ShopReport> m_report;
    int m_generation = 0;
    bool m_stale = true;
};

} // namespace huitou
