#pragma once

#include "analytics/ShopReport.h"

#include <QHash>
#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QTabWidget;

namespace huitou {

class ReportViewWidget;
class Workspace;

// The manager's monthly review: choose a month, read the key figures and
// the ten views (chart + table each), export them, write the monthly PDF.
// Reports are computed off the GUI thread and cached per as-of date.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();
    const std::optional<ShopReport> &report() const { return m_report; }
    ReportViewWidget *view(int index) const { return m_views.value(index); }
    // The voice of the customer: Top 5 complaints, returns, reviews, the trend, survey results, products.
    ReportViewWidget *voiceView(int index) const { return m_voice.value(index); }
    QDate asOf() const;
    void setMonth(const QDate &anyDayOfMonth);

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // A lifecycle bar: its customers, counted as of ASOF (the report's day).
    void bucketActivated(const QString &stage, const QString &type, const QDate &asOf);
    void refreshed();
    void voiceRefreshed();

private:
    void show(const ShopReport &r);
    void writePdf();
    void fillMonths();
    int month() const;

    Workspace *m_workspace;
    QComboBox *m_month;
    QLabel *m_kpis;
    QTabWidget *m_tabs;
    QList<ReportViewWidget *> m_views;
    QList<ReportViewWidget *> m_voice;
    int m_voiceGeneration = 0;
    void refreshVoice();
    std::optional<ShopReport> m_report;
    QHash<QDate, std::shared_ptr<const ShopReport>> m_cache;
    int m_generation = 0;
    bool m_stale = true;
};

} // namespace huitou
