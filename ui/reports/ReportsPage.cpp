#include "ReportsPage.h"

#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "app/Workspace.h"
#include "common/Labels.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

namespace {
QString percent(const Rate &r)
{
    return r ? QStringLiteral("%1%").arg(*r * 100.0, 0, 'f', 1) : QStringLiteral("—");
}
const char *const kStages[] = {"active", "silent", "sleeping", "lost"};
} // namespace

ReportsPage::ReportsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("reportsPage"));
    m_asOf = new QDateEdit(AnalyticsService::today(), this);
    m_asOf->setObjectName(QStringLiteral("reportAsOf"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    m_kpis = new QLabel(this);
    m_kpis->setObjectName(QStringLiteral("reportKpis"));
    m_kpis->setTextFormat(Qt::RichText);
    m_kpis->setWordWrap(true);

    m_grid = new QTableWidget(4, 3, this);
    m_grid->setObjectName(QStringLiteral("lifecycleGrid"));
    m_grid->setHorizontalHeaderLabels({tr("New"), tr("Returning"), tr("Total")});
    QStringList stageNames;
    for (const char *s : kStages)
        stageNames << labels::stage(QString::fromLatin1(s));
    m_grid->setVerticalHeaderLabels(stageNames);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_grid->setToolTip(tr("Double-click a cell to see these customers."));

    m_tiers = new QTableWidget(4, 2, this);
    m_tiers->setObjectName(QStringLiteral("tierTable"));
    m_tiers->setHorizontalHeaderLabels({tr("Customers"), tr("Threshold")});
    QStringList tierNames;
    for (const char *t : {"supreme_vip", "vip", "senior", "regular"})
        tierNames << labels::tier(QString::fromLatin1(t));
    m_tiers->setVerticalHeaderLabels(tierNames);
    m_tiers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tiers->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("As of"), this));
    top->addWidget(m_asOf);
    top->addWidget(refreshButton);
    top->addStretch();
    auto *gridBox = new QGroupBox(tr("Lifecycle: stage × new / returning"), this);
    (new QVBoxLayout(gridBox))->addWidget(m_grid);
    auto *tierBox = new QGroupBox(tr("Member tiers"), this);
    (new QVBoxLayout(tierBox))->addWidget(m_tiers);
    auto *tables = new QHBoxLayout;
    tables->addWidget(gridBox, 3);
    tables->addWidget(tierBox, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_kpis);
    layout->addLayout(tables);
    layout->addStretch(1);
    for (QTableWidget *t : {m_grid, m_tiers}) {
        t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        t->setFixedHeight(t->horizontalHeader()->sizeHint().height() + 4 * (t->fontMetrics().height() + 14) + 4);
    }

    connect(refreshButton, &QPushButton::clicked, this, &ReportsPage::refresh);
    connect(m_asOf, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(m_grid, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        emit bucketActivated(QString::fromLatin1(kStages[row]),
                             column == 0 ? QStringLiteral("new") : column == 1 ? QStringLiteral("returning") : QString());
    });
    connect(workspace, &Workspace::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::refresh()
{
    m_stale = false;
    const QDate asOf = m_asOf->date();
    const int generation = ++m_generation;
    auto result = std::make_shared<std::optional<ShopReport>>();
    m_kpis->setText(tr("Computing…"));
    m_workspace->runInBackground(
        this,
        [asOf, result](QSqlDatabase db, QString *error) {
            *result = AnalyticsService(db).report(asOf, error);
            return result->has_value();
        },
        [this, result, generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            if (!ok) {
                m_kpis->setText(error);
                return;
            }
            m_report = std::move(*result);
            show(*m_report);
            emit refreshed();
        });
}

void ReportsPage::show(const ShopReport &r)
{
    QString intervals = tr("no repeat purchases yet");
    if (r.intervals.median)
        intervals = tr("median %1 days (p75 %2, p90 %3)").arg(*r.intervals.median).arg(*r.intervals.p75).arg(*r.intervals.p90);
    m_kpis->setText(tr("<b>%1</b> customers · <b>%2</b> valid orders · revenue <b>¥%3</b><br>"
                       "Repeat purchase rate (365 days): <b>%4</b> · repurchase interval: %5 · in the new-customer "
                       "window (40 days): <b>%6</b>")
                        .arg(r.customers)
                        .arg(r.validOrders)
                        .arg(money::text(r.revenueFen), percent(r.repeatPurchaseRate), intervals)
                        .arg(r.nurturing));
    for (int s = 0; s < 4; ++s) {
        const int n = r.lifecycle[size_t(s)][0], ret = r.lifecycle[size_t(s)][1];
        const int values[] = {n, ret, n + ret};
        for (int c = 0; c < 3; ++c) {
            const double share = r.customers ? 100.0 * values[c] / r.customers : 0.0;
            auto *item = new QTableWidgetItem(QStringLiteral("%1  (%2%)").arg(values[c]).arg(share, 0, 'f', 1));
            item->setTextAlignment(Qt::AlignCenter);
            m_grid->setItem(s, c, item);
        }
    }
    const int order[] = {3, 2, 1, 0};
    for (int i = 0; i < 4; ++i) {
        const int t = order[i];
        m_tiers->setItem(i, 0, new QTableWidgetItem(QString::number(r.tiers[size_t(t)])));
        QString threshold;
        if (r.tierThresholds && t > 0) {
            const qint64 v = (*r.tierThresholds)[size_t(t - 1)];
            threshold = r.tierOnMonetary ? QStringLiteral("≥ ¥") + money::text(v) : tr("≥ %n purchase day(s)", nullptr, int(v));
        }
        m_tiers->setItem(i, 1, new QTableWidgetItem(threshold));
    }
}

} // namespace huitou
