#include "ReportsPage.h"

#include "MonthlyReportPdf.h"
#include "ReportViewWidget.h"
#include "feedback/VoiceOfCustomer.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "analytics/ReportTables.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

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
    m_month = new QDateEdit(AnalyticsService::today(), this);
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    m_month->setMaximumDate(AnalyticsService::today());
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
    const QString shortNames[] = {tr("Lifecycle"), tr("New / returning"), tr("Second purchase"), tr("Stage repurchase"),
                                  tr("Tiers"), tr("RFM"), tr("R × F"), tr("Interval"), tr("Order value"),
                                  tr("Retention"), tr("Regions")};
    for (int v = 0; v < int(ReportView::Count); ++v) {
        auto *view = new ReportViewWidget(ReportView(v), m_tabs);
        m_views << view;
        m_tabs->addTab(view, shortNames[v]);
    }
    const QString voiceNames[] = {tr("Top 5 complaints"), tr("Top 5 returns"), tr("Top 5 reviews"),
                                  tr("Reason trend"), tr("Callback results")};
    const ReportView voiceViews[] = {ReportView::TopComplaints, ReportView::TopReturns, ReportView::TopReviews,
                                     ReportView::ReasonTrend, ReportView::SurveyResults};
    for (int v = 0; v < 5; ++v) {
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
        emit bucketActivated(QString::fromLatin1(kStages[qBound(0, row, 3)]),
                             column == 0 ? QStringLiteral("new") : QStringLiteral("returning"));
    });

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month"), this));
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
    connect(m_month, &QDateEdit::dateChanged, this, &ReportsPage::refresh);
    connect(pdf, &QPushButton::clicked, this, &ReportsPage::writePdf);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        m_cache.clear();
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

QDate ReportsPage::asOf() const
{
    // A past month is reported as of its last day; the current one as of today.
    const QDate last = months::last(months::of(m_month->date()));
    return std::min(last, AnalyticsService::today());
}

void ReportsPage::setMonth(const QDate &anyDayOfMonth)
{
    m_month->setDate(anyDayOfMonth);
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
    for (int v = 0; v < m_views.size(); ++v)
        m_views[v]->setTable(buildReportTable(r, ReportView(v)));
}

void ReportsPage::writePdf()
{
    const int month = months::of(m_month->date());
    const QString path = dialogs::saveFile(this, tr("Monthly report"),
                                           QStringLiteral("huitou-%1.pdf").arg(months::text(month)),
                                           tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // The reports are computed off the GUI thread; the PDF, which draws the
    // charts as widgets, is painted here from the finished reports.
    auto current = std::make_shared<std::optional<ShopReport>>();
    auto previous = std::make_shared<std::optional<ShopReport>>();
    auto shop = std::make_shared<QString>();
    auto voice = std::make_shared<std::vector<ReportTable>>();
    auto *progress = new QProgressDialog(tr("Writing the monthly report…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_workspace->runInBackground(
        this,
        [month, current, previous, voice](QSqlDatabase db, QString *error) {
            *voice = VoiceOfCustomer::tables(db, months::last(month));
            AnalyticsService service(db);
            *current = service.report(months::last(month), error);
            *previous = service.report(months::last(month - 1), error);
            return current->has_value() && previous->has_value();
        },
        [this, current, previous, voice, path, progress](bool ok, const QString &error) {
            progress->deleteLater();
            QString message = error;
            if (ok && !MonthlyReportPdf::write(**current, **previous, tr("Our shop"), path, &message, *voice))
                ok = false;
            if (!ok)
                dialogs::warning(this, tr("Monthly report"), message);
        });
}

} // namespace huitou
