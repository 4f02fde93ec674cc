#include "TodayPage.h"

#include "TodayModel.h"
#include "analytics/AnalyticsService.h"
#include "app/Workspace.h"
#include "commands/CloseTaskCommand.h"
#include "commands/ResolveReasonCommand.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

TodayPage::TodayPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("todayPage"));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("Today's care list"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    m_date = new QDateEdit(AnalyticsService::today(), this);
    m_date->setObjectName(QStringLiteral("todayDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *back = new QPushButton(tr("Back to today"), this);
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(new QLabel(tr("Day:"), this));
    top->addWidget(m_date);
    top->addWidget(back);
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    m_kinds = new QListWidget(this);
    m_kinds->setObjectName(QStringLiteral("todayKinds"));
    m_kinds->setFixedWidth(fontMetrics().horizontalAdvance(QStringLiteral("New-customer touches (999)")) + 24);
    body->addWidget(m_kinds);
    m_model = new TodayModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("todayTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    body->addWidget(m_table, 1);
    layout->addLayout(body, 1);

    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("todaySummary"));
    m_summary->setMinimumWidth(1); // a long summary is cut, never widens the window
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_done = new QPushButton(tr("&Done"), this);
    m_done->setObjectName(QStringLiteral("todayDone"));
    m_skip = new QPushButton(tr("S&kip"), this);
    m_skip->setObjectName(QStringLiteral("todaySkip"));
    m_open = new QPushButton(tr("Open &profile"), this);
    m_open->setObjectName(QStringLiteral("todayOpenProfile"));
    buttons->addWidget(m_summary, 1);
    buttons->addWidget(m_open);
    buttons->addWidget(m_skip);
    buttons->addWidget(m_done);
    layout->addLayout(buttons);

    connect(m_date, &QDateEdit::dateChanged, this, &TodayPage::refresh);
    connect(back, &QPushButton::clicked, this, [this] { m_date->setDate(AnalyticsService::today()); });
    connect(m_kinds, &QListWidget::currentRowChanged, this, [this](int row) {
        m_model->setKindFilter(row <= 0 ? -1 : row - 1);
        updateButtons();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TodayPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TodayPage::updateButtons);
    connect(m_done, &QPushButton::clicked, this, [this] { close(QStringLiteral("done")); });
    connect(m_skip, &QPushButton::clicked, this, [this] { close(QStringLiteral("skipped")); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const TodayItem *i = m_model->item(m_table->currentIndex().row()))
            emit openCustomer(i->customerId);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (const TodayItem *i = m_model->item(index.row()))
            emit openCustomer(i->customerId);
    });
    connect(m_workspace, &Workspace::dataChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    connect(m_workspace, &Workspace::careChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    // A birthday or consent set in a profile (here or on another workstation)
    // adds or removes birthday greetings: the list is built again when shown.
    connect(m_workspace, &Workspace::customerChanged, this, [this] { m_stale = true; });
    connect(m_workspace, &Workspace::customersChangedElsewhere, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });
    updateKinds();
    updateButtons();
}

void TodayPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

int TodayPage::total() const
{
    return int(m_model->result().items.size());
}

void TodayPage::refresh()
{
    m_stale = false;
    const QDate day = m_date->date();
    const int generation = ++m_generation;
    auto result = std::make_shared<TodayResult>();
    m_workspace->runInBackground(
        this,
        [day, result](QSqlDatabase db, QString *error) {
            auto r = TodayList::compute(db, day, error);
            if (!r)
                return false;
            *result = std::move(*r);
            return true;
        },
        [this, generation, result](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            const int row = m_table->currentIndex().row();
            m_model->setResult(ok ? std::move(*result) : TodayResult{});
            if (!ok)
                m_summary->setText(error);
            updateKinds();
            if (m_model->rowCount() > 0)
                m_table->selectRow(qBound(0, row, m_model->rowCount() - 1));
            m_table->resizeColumnsToContents();
            emit refreshed();
        });
}

void TodayPage::updateKinds()
{
    const int current = qMax(0, m_kinds->currentRow());
    const QSignalBlocker block(m_kinds);
    m_kinds->clear();
    const auto &counts = m_model->result().counts;
    int total = 0;
    for (int c : counts)
        total += c;
    m_kinds->addItem(tr("All (%1)").arg(total));
    const QString names[] = {tr("New-customer touches (%1)"), tr("Birthdays (%1)"), tr("Follow-ups (%1)"),
                             tr("Open complaints (%1)"), tr("Open returns (%1)")};
    for (int k = 0; k < int(TodayKind::Count); ++k)
        m_kinds->addItem(names[k].arg(counts[size_t(k)]));
    m_kinds->setCurrentRow(current);
    QStringList parts;
    for (int k = 0; k < int(TodayKind::Count); ++k)
        if (counts[size_t(k)])
            parts << QStringLiteral("%1 %2").arg(TodayList::kindName(TodayKind(k))).arg(counts[size_t(k)]);
    m_summary->setText(total ? parts.join(QStringLiteral(" · ")) : tr("Nothing left for this day."));
}

void TodayPage::updateButtons()
{
    const TodayItem *i = m_model->item(m_table->currentIndex().row());
    m_done->setEnabled(i);
    m_open->setEnabled(i);
    m_skip->setEnabled(i && !i->taskKey.isEmpty());
    m_done->setText(i && i->taskKey.isEmpty() ? tr("Resolve…") : tr("&Done"));
}

void TodayPage::close(const QString &status)
{
    const TodayItem *i = m_model->item(m_table->currentIndex().row());
    if (!i)
        return;
    if (i->taskKey.isEmpty()) {
        // A complaint or return closes when it is resolved.
        bool ok = false;
        const QString resolution = QInputDialog::getText(this, tr("Resolve"), tr("How was it resolved?"),
                                                         QLineEdit::Normal, QString(), &ok);
        if (!ok || resolution.trimmed().isEmpty())
            return;
        m_workspace->undoStack()->push(
            new ResolveReasonCommand(m_workspace, i->entryId, i->customerId, resolution.trimmed(), m_date->date()));
        return;
    }
    m_workspace->undoStack()->push(
        new CloseTaskCommand(m_workspace, i->customerId, i->taskKey, i->dueDay, status, i->why));
}

} // namespace huitou
