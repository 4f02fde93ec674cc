#include "CallbacksPage.h"

#include "SurveyDialog.h"
#include "analytics/AnalyticsService.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "care/CallbackService.h"
#include "commands/DrawSampleCommand.h"
#include "commands/SaveSurveyCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "reports/ReportViewWidget.h"
#include "storage/AuditLog.h"
#include "storage/CustomerMetricsQuery.h"
#include "storage/SampleStore.h"
#include "storage/TaxonomyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

CallbacksPage::CallbacksPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("callbacksPage"));
    auto *layout = new QVBoxLayout(this);
    auto *drawBox = new QGroupBox(tr("Draw this month's sample"), this);
    auto *drawBoxLayout = new QVBoxLayout(drawBox);
    auto *drawRow = new QHBoxLayout;
    auto *drawRow2 = new QHBoxLayout;
    drawBoxLayout->addLayout(drawRow);
    drawBoxLayout->addLayout(drawRow2);
    m_month = new QDateEdit(AnalyticsService::today(), drawBox);
    m_month->setObjectName(QStringLiteral("sampleMonth"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_population = new QComboBox(drawBox);
    m_population->setObjectName(QStringLiteral("samplePopulation"));
    m_population->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_population->setMinimumContentsLength(10);
    m_population->addItem(tr("Last month's buyers"), QStringLiteral("last-month-buyers"));
    m_population->addItem(tr("New customers 30-50 days ago without a second purchase"),
                          QStringLiteral("new-no-second"));
    m_size = new QSpinBox(drawBox);
    m_size->setObjectName(QStringLiteral("sampleSize"));
    m_size->setRange(1, 10000);
    m_size->setValue(30);
    m_byTier = new QCheckBox(tr("By tier"), drawBox);
    m_byTier->setObjectName(QStringLiteral("sampleByTier"));
    m_seed = new QLineEdit(drawBox);
    m_seed->setObjectName(QStringLiteral("sampleSeed"));
    m_seed->setPlaceholderText(tr("seed (default YYYYMM)"));
    m_seed->setMaximumWidth(150);
    auto *drawButton = new QPushButton(tr("Draw sample"), drawBox);
    drawButton->setObjectName(QStringLiteral("drawSampleButton"));
    drawRow->addWidget(new QLabel(tr("Month"), drawBox));
    drawRow->addWidget(m_month);
    drawRow->addWidget(m_population, 1);
    drawRow2->addWidget(new QLabel(tr("Size"), drawBox));
    drawRow2->addWidget(m_size);
    drawRow2->addWidget(m_byTier);
    drawRow2->addWidget(m_seed);
    drawRow2->addStretch(1);
    drawRow2->addWidget(drawButton);
    layout->addWidget(drawBox);

    auto *sampleRow = new QHBoxLayout;
    m_samples = new QComboBox(this);
    m_samples->setObjectName(QStringLiteral("sampleList"));
    m_samples->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_samples->setMinimumContentsLength(10);
    m_progress = new QLabel(this);
    m_progress->setObjectName(QStringLiteral("sampleProgress"));
    m_progress->setMinimumWidth(1);
    m_progress->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    sampleRow->addWidget(new QLabel(tr("Sample"), this));
    sampleRow->addWidget(m_samples, 1);
    sampleRow->addWidget(m_progress, 1);
    layout->addLayout(sampleRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_members = new QTableWidget(left);
    m_members->setObjectName(QStringLiteral("sampleMembers"));
    m_members->setColumnCount(5);
    m_members->setHorizontalHeaderLabels({tr("#"), tr("Customer"), tr("Tier"), tr("Phone"), tr("Call")});
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setSelectionMode(QAbstractItemView::SingleSelection);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_members, 1);
    auto *buttons = new QHBoxLayout;
    auto *survey = new QPushButton(tr("&Survey…"), left);
    survey->setObjectName(QStringLiteral("surveyButton"));
    auto *reveal = new QPushButton(tr("Show &number"), left);
    reveal->setObjectName(QStringLiteral("sampleRevealButton"));
    auto *open = new QPushButton(tr("Open profile"), left);
    buttons->addWidget(survey);
    buttons->addWidget(reveal);
    buttons->addWidget(open);
    buttons->addStretch(1);
    leftLayout->addLayout(buttons);
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_results = new ReportViewWidget(ReportView::SurveyResults, right);
    m_results->setObjectName(QStringLiteral("surveyResults"));
    m_problems = new ReportViewWidget(ReportView::SurveyResults, right);
    m_problems->setObjectName(QStringLiteral("surveyProblemsTop"));
    // Side by side in tabs: two charts stacked would not fit a laptop screen.
    auto *resultTabs = new QTabWidget(right);
    resultTabs->addTab(m_results, tr("Satisfaction"));
    resultTabs->addTab(m_problems, tr("Problems Top 5"));
    rightLayout->addWidget(resultTabs, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(drawButton, &QPushButton::clicked, this, &CallbacksPage::draw);
    connect(m_samples, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &CallbacksPage::showSample);
    connect(survey, &QPushButton::clicked, this, [this] { openSurvey(m_members->currentRow()); });
    connect(m_members, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { openSurvey(row); });
    connect(reveal, &QPushButton::clicked, this, &CallbacksPage::revealPhone);
    connect(open, &QPushButton::clicked, this, [this] {
        if (auto *item = m_members->item(m_members->currentRow(), 1))
            emit openCustomer(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_workspace, &Workspace::careChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
}

void CallbacksPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

qint64 CallbacksPage::currentSample() const
{
    return m_samples->currentData().toLongLong();
}

void CallbacksPage::refresh()
{
    m_stale = false;
    const qint64 current = currentSample();
    {
        const QSignalBlocker block(m_samples);
        m_samples->clear();
        for (const CallbackSample &s : SampleStore(m_workspace->db()).samples()) {
            const QString population = s.population == QLatin1String("last-month-buyers") ? tr("last month's buyers")
                                                                                          : tr("new, no second");
            m_samples->addItem(tr("%1 · %2 · %3 of %4 · seed %5")
                                   .arg(s.month, population)
                                   .arg(s.members)
                                   .arg(s.populationSize)
                                   .arg(s.seed),
                               s.id);
        }
        const int index = m_samples->findData(current);
        m_samples->setCurrentIndex(index >= 0 ? index : 0);
    }
    showSample();
}

void CallbacksPage::showSample()
{
    const int row = m_members->currentRow();
    m_members->setRowCount(0);
    const qint64 id = currentSample();
    const auto sample = SampleStore(m_workspace->db()).sample(id);
    if (!sample) {
        m_progress->setText(tr("No sample yet: draw one above."));
        m_results->setTable(ReportTable{});
        m_problems->setTable(ReportTable{});
        return;
    }
    m_progress->setText(
        tr("%1 called, %2 reached, of %3").arg(sample->called).arg(sample->reached).arg(sample->members));
    const auto members = SampleStore(m_workspace->db()).members(id);
    m_members->setRowCount(int(members.size()));
    for (int r = 0; r < members.size(); ++r) {
        const SampleMember &m = members[r];
        const QString status = m.reached.isEmpty()    ? tr("not called")
            : m.reached == QLatin1String("yes")       ? tr("reached (%1)").arg(m.satisfaction)
            : m.reached == QLatin1String("no_answer") ? tr("no answer")
                                                      : tr("refused");
        const QStringList cells{QString::number(m.position), m.key, labels::tier(m.tier), labels::maskedPhone(m.phone),
                                status};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 1)
                item->setData(Qt::UserRole, m.customerId);
            m_members->setItem(r, c, item);
        }
    }
    m_members->resizeColumnsToContents();
    if (m_members->rowCount())
        m_members->selectRow(qBound(0, row, m_members->rowCount() - 1));
    QString error;
    if (const auto results = CallbackService::results(m_workspace->db(), id, &error)) {
        m_results->setTable(CallbackService::resultsTable(*results));
        m_problems->setTable(CallbackService::problemsTable(TaxonomyStore(m_workspace->db()).load(), *results));
    }
}

void CallbacksPage::draw()
{
    SampleRequest request;
    request.month = m_month->date();
    request.population = m_population->currentData().toString();
    request.size = m_size->value();
    request.byTier = m_byTier->isChecked();
    request.samplingDay = AnalyticsService::today();
    if (!m_seed->text().trimmed().isEmpty()) {
        bool ok = false;
        const quint64 seed = m_seed->text().trimmed().toULongLong(&ok);
        if (!ok) {
            dialogs::warning(this, tr("Draw sample"), tr("The seed is a whole number, e.g. 202611."));
            return;
        }
        request.seed = seed;
    }
    const QString staff = Staff::name();
    auto drawn = std::make_shared<std::pair<qint64, bool>>(0, false);
    m_workspace->runInBackground(
        this,
        [request, staff, drawn](QSqlDatabase db, QString *error) {
            bool existed = false;
            const auto s = CallbackService::draw(db, request, staff, &existed, error);
            if (!s)
                return false;
            *drawn = {s->id, existed};
            return true;
        },
        [this, drawn](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Draw sample"), error);
                return;
            }
            if (!drawn->second)
                m_workspace->undoStack()->push(new DrawSampleCommand(m_workspace, drawn->first));
            refresh();
            m_samples->setCurrentIndex(qMax(0, m_samples->findData(drawn->first)));
            emit sampleDrawn(drawn->first);
        });
}

void CallbacksPage::openSurvey(int row)
{
    auto *item = m_members->item(row, 1);
    if (!item)
        return;
    SurveyDialog dialog(m_workspace, currentSample(), item->data(Qt::UserRole).toLongLong(), item->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SurveyAnswer answer = dialog.answer();
    const QString invalid = answer.validate(TaxonomyStore(m_workspace->db()).load());
    if (!invalid.isEmpty()) {
        dialogs::warning(this, tr("Callback survey"), invalid);
        return;
    }
    m_workspace->undoStack()->push(new SaveSurveyCommand(m_workspace, answer));
}

void CallbacksPage::revealPhone()
{
    const int row = m_members->currentRow();
    auto *item = m_members->item(row, 1);
    if (!item)
        return;
    const qint64 customerId = item->data(Qt::UserRole).toLongLong();
    CustomerContact contact;
    CustomerFigures metrics;
    CustomerMetricsQuery(m_workspace->db()).one(customerId, &contact, &metrics);
    const QString phone = contact.phone.isEmpty() ? contact.phoneDisplay : contact.phone;
    QString error;
    AuditLog(m_workspace->db())
        .record(customerId, QStringLiteral("phone_revealed"), QStringLiteral("customer"), customerId, {}, Staff::name(),
                &error);
    if (auto *cell = m_members->item(row, 3))
        cell->setText(phone);
}

} // namespace huitou
