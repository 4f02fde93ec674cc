#include "ReportsPage.h"

#include "MonthlyReportPdf.h"
#include "ReportViewWidget.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "analytics/ReportTables.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "feedback/VoiceOfCustomer.h"
#include "format/Format.h"
#include "storage/CustomerStore.h"
#include "storage/SettingsStore.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace huitou {

namespace {
} // namespace

ReportsPage::ReportsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("reportsPage"));
    // Months are picked as months; the list runs from the first order to now.
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setAccessibleName(tr("Month"));
    m_month->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    fillMonths();
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    auto *pdf = new QPushButton(tr("Monthly report (PDF)…"), this);
    pdf->setObjectName(QStringLiteral("monthlyPdfButton"));
    m_kpis = new QLabel(this);
    m_kpis->setObjectName(QStringLiteral("reportKpis"));
    m_kpis->setTextFormat(Qt::RichText);
    m_kpis->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setUsesScrollButtons(true);
    const QString shortNames[] = {
        tr("Lifecycle"), tr("New / returning"), tr("Second purchase"), tr("Stage repurchase"), tr("Tiers"),  tr("RFM"),
        tr("R × F"),     tr("Interval"),        tr("Order value"),     tr("Retention"),        tr("Regions")};
    for (int v = 0; v < int(ReportView::Count); ++v) {
        auto *view = new ReportViewWidget(ReportView(v), m_tabs);
        m_views << view;
        connect(view, &ReportViewWidget::exported, this, [this](const QString &path) {
            m_workspace->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        });
        m_tabs->addTab(view, shortNames[v]);
    }
    const QString voiceNames[] = {tr("Top 5 complaints"), tr("Top 5 returns"),    tr("Top 5 reviews"),
                                  tr("Reason trend"),     tr("Callback results"), tr("Products")};
    const ReportView voiceViews[] = {ReportView::TopComplaints, ReportView::TopReturns,    ReportView::TopReviews,
                                     ReportView::ReasonTrend,   ReportView::SurveyResults, ReportView::ProductFeedback};
    for (int v = 0; v < 6; ++v) {
        auto *view = new ReportViewWidget(voiceViews[v], m_tabs);
        view->setObjectName(QStringLiteral("voiceView%1").arg(v));
        m_voice << view;
        m_tabs->addTab(view, voiceNames[v]);
    }
    connect(workspace, &Workspace::careChanged, this, [this] {
        if (isVisible())
            refreshVoice();
        else
            m_stale = true;
    });
    connect(m_views[int(ReportView::Lifecycle)], &ReportViewWidget::barActivated, this, [this](int row, int column) {
        emit bucketActivated(stageKey(allStages()[size_t(qBound(0, row, 3))]),
                             customerTypeKey(column == 0 ? CustomerType::New : CustomerType::Returning),
                             m_report ? m_report->asOf : asOf());
    });

    auto *top = new QHBoxLayout;
    auto *monthLabel = new QLabel(tr("Month"), this);
    monthLabel->setBuddy(m_month);
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(refreshButton);
    top->addStretch();
    top->addWidget(pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_kpis);
    layout->addWidget(m_tabs, 1);

    connect(refreshButton, &QPushButton::clicked, this, [this] {
        m_cache.clear();
        refresh();
    });
    connect(m_month, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &ReportsPage::refresh);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::writePdf);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        fillMonths();
        m_cache.clear();
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void ReportsPage::fillMonths()
{
    const QSignalBlocker block(m_month);
    const int chosen = m_month->count() ? month() : -1;
    const CustomerStore store(m_workspace->db());
    const int now = months::of(AnalyticsService::today());
    const QDate firstDay = store.firstPaidDay(), lastDay = store.latestPaidDay();
    const int first = firstDay.isValid() ? std::min(months::of(firstDay), now - 1) : now - 12;
    m_month->clear();
    const QLocale locale;
    for (int m = now; m >= first; --m) {
        QString label = locale.toString(months::first(m), tr("yyyy-MM", "month picker format"));
        if (m == now)
            label = tr("%1 (so far)").arg(label);
        m_month->addItem(label, m);
    }
    // The last complete month (or the store's last month with orders, when older).
    int preferred = now - 1;
    if (lastDay.isValid())
        preferred = std::min(preferred, months::of(lastDay));
    const int index = m_month->findData(chosen >= 0 ? chosen : preferred);
    m_month->setCurrentIndex(std::max(0, index));
}

int ReportsPage::month() const
{
    return m_month->currentData().toInt();
}

QDate ReportsPage::asOf() const
{
    // A past month is reported as of its last day; the current one as of today.
    return std::min(months::last(month()), AnalyticsService::today());
}

void ReportsPage::setMonth(const QDate &anyDayOfMonth)
{
    const int m = months::of(anyDayOfMonth);
    int index = m_month->findData(m);
    if (index < 0) {
        m_month->addItem(months::text(m), m);
        index = m_month->count() - 1;
    }
    m_month->setCurrentIndex(index);
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportsPage::refreshVoice()
{
    const QDate asOf = this->asOf();
    const int generation = ++m_voiceGeneration;
    auto tables = std::make_shared<std::vector<ReportTable>>();
    m_workspace->runInBackground(
        this,
        [asOf, tables](QSqlDatabase db, QString *) {
            *tables = VoiceOfCustomer::tables(db, asOf);
            return true;
        },
        [this, tables, generation](bool, const QString &) {
            if (generation != m_voiceGeneration)
                return;
            for (int v = 0; v < m_voice.size() && v < int(tables->size()); ++v)
                m_voice[v]->setTable((*tables)[size_t(v)]);
            emit voiceRefreshed();
        });
}

void ReportsPage::refresh()
{
    m_stale = false;
    refreshVoice();
    const QDate asOf = this->asOf();
    const int generation = ++m_generation;
    if (const auto cached = m_cache.value(asOf)) {
        m_report = *cached;
        show(*m_report);
        emit refreshed();
        return;
    }
    auto result = std::make_shared<std::optional<ShopReport>>();
    m_kpis->setText(tr("Computing…"));
    m_workspace->runInBackground(
        this,
        [asOf, result](QSqlDatabase db, QString *error) {
            *result = AnalyticsService(db).report(asOf, error);
            return result->has_value();
        },
        [this, result, generation, asOf](bool ok, const QString &error) {
            if (!ok) {
                m_kpis->setText(error);
                return;
            }
            m_cache.insert(asOf, std::make_shared<const ShopReport>(**result));
            if (generation != m_generation)
                return;
            m_report = std::move(*result);
            show(*m_report);
            emit refreshed();
        });
}

void ReportsPage::show(const ShopReport &r)
{
    // The chosen month's own figures first, then where the shop stands at its end.
    const int m = months::of(r.asOf);
    const ReturningShare *inMonth = nullptr;
    for (const ReturningShare &s : r.returningShare)
        if (s.month == m)
            inMonth = &s;
    // A month in progress is not one of the report's last 12 months: its figures so far.
    QString period = months::text(m);
    if (r.monthToDate && r.monthToDate->month == m) {
        inMonth = &*r.monthToDate;
        period = tr("%1 so far (to %2)").arg(months::text(m), r.asOf.toString(Qt::ISODate));
    }
    QString monthLine = tr("No orders in %1.").arg(period);
    if (inMonth && inMonth->buyers > 0)
        monthLine = tr("<b>%1</b>: <b>%2</b> buyers (%3 new, %4 returning, %5) · revenue <b>%6</b>")
                        .arg(period, format::integer(inMonth->buyers),
                             format::integer(inMonth->buyers - inMonth->returningBuyers),
                             format::integer(inMonth->returningBuyers), format::percent(inMonth->returning),
                             format::money(inMonth->revenueFen));
    QString intervals = tr("no repeat purchases yet");
    if (r.intervals.median)
        intervals = tr("typically %1 days; three in four within %2 days, nine in ten within %3 days")
                        .arg(*r.intervals.median)
                        .arg(*r.intervals.p75)
                        .arg(*r.intervals.p90);
    m_kpis->setText(monthLine
                    + tr("<br>As of %1: <b>%2</b> customers with a paid order · repeat purchase rate (365 days) "
                         "<b>%3</b> · between purchases: %4 · in the new-customer window (40 days): <b>%5</b>")
                          .arg(r.asOf.toString(Qt::ISODate), format::integer(r.customers),
                               format::percent(r.repeatPurchaseRate), intervals, format::integer(r.nurturing)));
    QString shop = SettingsStore(m_workspace->db()).value(QStringLiteral("shop_name"));
    if (shop.isEmpty())
        shop = tr("Our shop");
    for (int v = 0; v < m_views.size(); ++v) {
        m_views[v]->setTable(buildReportTable(r, ReportView(v)));
        m_views[v]->setCaption(tr("%1 · %2 (as of %3)").arg(shop, months::text(m), r.asOf.toString(Qt::ISODate)));
    }
}

void ReportsPage::writePdf()
{
    const int month = this->month();
    const QString path = dialogs::saveFile(this, tr("Monthly report"),
                                           tr("monthly-report-%1.pdf").arg(months::text(month)),
                                           tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The reports are computed off the GUI thread; the PDF, which draws the
    // charts as widgets, is painted here from the finished reports.
    auto current = std::make_shared<std::optional<ShopReport>>();
    auto previous = std::make_shared<std::optional<ShopReport>>();
    auto shop = std::make_shared<QString>();
    auto voice = std::make_shared<std::vector<ReportTable>>();
    auto campaigns = std::make_shared<QList<CampaignResult>>();
    auto *progress = new QProgressDialog(tr("Writing the monthly report…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_workspace->runInBackground(
        this,
        [month, current, previous, shop, voice, campaigns](QSqlDatabase db, QString *error) {
            *voice = VoiceOfCustomer::tables(db, months::last(month), MonthlyReportPdf::kProductRows);
            *campaigns = MonthlyReportPdf::recentCampaigns(db, months::last(month));
            *shop = SettingsStore(db).value(QStringLiteral("shop_name"));
            // One read of the orders for both months, no BG/NBD fit (the PDF shows none).
            auto pair = AnalyticsService(db).reportPair(months::last(month), months::last(month - 1), error);
            if (!pair)
                return false;
            *current = std::move(pair->first);
            *previous = std::move(pair->second);
            return true;
        },
        [this, current, previous, shop, voice, campaigns, path, progress](bool ok, const QString &error) {
            dialogs::finishProgress(progress);
            QString message = error;
            const QString name = shop->isEmpty() ? tr("Our shop") : *shop;
            if (ok && !MonthlyReportPdf::write(**current, **previous, name, path, &message, *voice, *campaigns))
                ok = false;
            if (!ok) {
                dialogs::warning(this, tr("Monthly report"), message);
                return;
            }
            m_workspace->showMessage(tr("Wrote the monthly report to %1").arg(QDir::toNativeSeparators(path)));
            dialogs::offerToOpen(this, tr("Monthly report"), path);
        });
}

} // namespace huitou
