#include "CareSettingsBox.h"

#include "app/Workspace.h"
#include "care/CarePlan.h"
#include "commands/EditTaxonomyCommand.h"
#include "commands/SetCarePlanCommand.h"
#include "common/Dialogs.h"
#include "storage/TaxonomyStore.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huitou {

namespace {
enum ReasonColumn { Code, Category, NameZh, NameEn, Keywords, MergedInto };
}

CareSettingsBox::CareSettingsBox(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("careSettings"));
    auto *layout = new QVBoxLayout(this);
    auto *planBox = new QGroupBox(tr("New-customer plan (days after the first purchase)"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    m_plan = new QTableWidget(0, 3, planBox);
    m_plan->setObjectName(QStringLiteral("carePlanTable"));
    m_plan->setHorizontalHeaderLabels({tr("Day"), tr("Label"), tr("Suggested content")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->verticalHeader()->hide();
    planLayout->addWidget(m_plan);
    auto *planButtons = new QHBoxLayout;
    m_grace = new QSpinBox(planBox);
    m_grace->setObjectName(QStringLiteral("graceDays"));
    m_grace->setRange(0, 90);
    m_grace->setSuffix(tr(" days"));
    auto *addStep = new QPushButton(tr("Add touch"), planBox);
    auto *removeStep = new QPushButton(tr("Remove touch"), planBox);
    auto *savePlan = new QPushButton(tr("Save plan"), planBox);
    savePlan->setObjectName(QStringLiteral("saveCarePlan"));
    auto *graceRow = new QHBoxLayout;
    graceRow->addWidget(new QLabel(tr("A touch not done within"), planBox));
    graceRow->addWidget(m_grace);
    graceRow->addWidget(new QLabel(tr("is missed."), planBox));
    graceRow->addStretch(1);
    planLayout->addLayout(graceRow);
    planButtons->addStretch(1);
    planButtons->addWidget(addStep);
    planButtons->addWidget(removeStep);
    planButtons->addWidget(savePlan);
    planLayout->addLayout(planButtons);
    layout->addWidget(planBox, 2);

    auto *reasonBox = new QGroupBox(tr("Reasons for complaints, returns and reviews"), this);
    auto *reasonLayout = new QVBoxLayout(reasonBox);
    m_reasons = new QTableWidget(0, 6, reasonBox);
    m_reasons->setObjectName(QStringLiteral("reasonTable"));
    m_reasons->setHorizontalHeaderLabels({tr("Code"), tr("Category"), tr("Chinese name"), tr("English name"),
                                          tr("Keywords (space-separated)"), tr("Merged into")});
    m_reasons->horizontalHeader()->setSectionResizeMode(Keywords, QHeaderView::Stretch);
    m_reasons->verticalHeader()->hide();
    reasonLayout->addWidget(m_reasons);
    auto *reasonButtons = new QHBoxLayout;
    auto *reasonActions = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add reason…"), reasonBox);
    auto *merge = new QPushButton(tr("Merge into…"), reasonBox);
    merge->setObjectName(QStringLiteral("mergeReason"));
    auto *save = new QPushButton(tr("Save reasons"), reasonBox);
    save->setObjectName(QStringLiteral("saveReasons"));
    auto *never = new QLabel(tr("A reason in use can be renamed or merged, not deleted."), reasonBox);
    never->setWordWrap(true);
    reasonButtons->addWidget(never, 1);
    reasonActions->addStretch(1);
    reasonActions->addWidget(add);
    reasonActions->addWidget(merge);
    reasonActions->addWidget(save);
    reasonLayout->addLayout(reasonButtons);
    reasonLayout->addLayout(reasonActions);
    layout->addWidget(reasonBox, 3);

    connect(addStep, &QPushButton::clicked, this, [this] {
        const int row = m_plan->rowCount();
        m_plan->insertRow(row);
        m_plan->setItem(row, 0, new QTableWidgetItem(QStringLiteral("40")));
        m_plan->setItem(row, 1, new QTableWidgetItem);
        m_plan->setItem(row, 2, new QTableWidgetItem);
    });
    connect(removeStep, &QPushButton::clicked, this, [this] {
        if (m_plan->currentRow() >= 0)
            m_plan->removeRow(m_plan->currentRow());
    });
    connect(savePlan, &QPushButton::clicked, this, &CareSettingsBox::savePlan);
    connect(save, &QPushButton::clicked, this, &CareSettingsBox::saveReasons);
    connect(add, &QPushButton::clicked, this, &CareSettingsBox::addReason);
    connect(merge, &QPushButton::clicked, this, [this] {
        const Taxonomy t = TaxonomyStore(m_workspace->db()).load();
        QStringList names, codes;
        for (const Reason &r : t.activeReasons()) {
            names << QStringLiteral("%1 · %2").arg(t.categoryDisplayName(r.category), t.displayName(r.code));
            codes << r.code;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Merge reason"), tr("Merge the selected reason into"),
                                                     names, 0, false, &ok);
        if (ok)
            mergeSelected(codes.value(int(names.indexOf(chosen))));
    });
    connect(m_workspace, &Workspace::careChanged, this, &CareSettingsBox::load);
    load();
}

void CareSettingsBox::load()
{
    const CarePlan plan = CarePlan::load(m_workspace->db());
    m_plan->setRowCount(int(plan.steps.size()));
    for (int r = 0; r < plan.steps.size(); ++r) {
        m_plan->setItem(r, 0, new QTableWidgetItem(QString::number(plan.steps[r].offset)));
        m_plan->setItem(r, 1, new QTableWidgetItem(plan.steps[r].label));
        m_plan->setItem(r, 2, new QTableWidgetItem(plan.steps[r].content));
    }
    m_plan->resizeColumnToContents(0);
    m_plan->resizeColumnToContents(1);
    m_grace->setValue(plan.graceDays);

    const Taxonomy t = TaxonomyStore(m_workspace->db()).load();
    m_reasons->setRowCount(int(t.reasons.size()));
    for (int r = 0; r < t.reasons.size(); ++r) {
        const Reason &reason = t.reasons[r];
        const QStringList cells{reason.code,
                                t.categoryDisplayName(reason.category),
                                reason.nameZh,
                                reason.nameEn,
                                reason.keywords.join(QLatin1Char(' ')),
                                reason.mergedInto.isEmpty() ? QString() : t.displayName(reason.mergedInto)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == Code || c == Category || c == MergedInto)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_reasons->setItem(r, c, item);
        }
    }
    m_reasons->resizeColumnsToContents();
}

void CareSettingsBox::savePlan()
{
    CarePlan after;
    after.graceDays = m_grace->value();
    for (int r = 0; r < m_plan->rowCount(); ++r) {
        auto text = [this, r](int c) { return m_plan->item(r, c) ? m_plan->item(r, c)->text().trimmed() : QString(); };
        bool ok = false;
        const int offset = text(0).toInt(&ok);
        after.steps << CareStep{ok ? offset : -1, text(1), text(2)};
    }
    const QString invalid = after.validate();
    if (!invalid.isEmpty()) {
        dialogs::warning(this, tr("New-customer plan"), invalid);
        return;
    }
    const CarePlan before = CarePlan::load(m_workspace->db());
    if (before.steps == after.steps && before.graceDays == after.graceDays)
        return;
    m_workspace->undoStack()->push(new SetCarePlanCommand(m_workspace, before, after));
}

void CareSettingsBox::saveReasons()
{
    const Taxonomy t = TaxonomyStore(m_workspace->db()).load();
    QList<Reason> before, after;
    for (int r = 0; r < m_reasons->rowCount(); ++r) {
        const Reason *was = t.reason(m_reasons->item(r, Code)->text());
        if (!was)
            continue;
        Reason now = *was;
        now.nameZh = m_reasons->item(r, NameZh)->text().trimmed();
        now.nameEn = m_reasons->item(r, NameEn)->text().trimmed();
        now.keywords = m_reasons->item(r, Keywords)->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (now.nameZh.isEmpty()) {
            dialogs::warning(this, tr("Reasons"), tr("The reason %1 needs a Chinese name.").arg(now.code));
            return;
        }
        if (now.nameZh != was->nameZh || now.nameEn != was->nameEn || now.keywords != was->keywords) {
            before << *was;
            after << now;
        }
    }
    if (!after.isEmpty())
        m_workspace->undoStack()->push(new EditTaxonomyCommand(m_workspace, before, after));
}

void CareSettingsBox::mergeSelected(const QString &into)
{
    auto *item = m_reasons->item(m_reasons->currentRow(), Code);
    if (!item || into.isEmpty() || item->text() == into)
        return;
    const Taxonomy t = TaxonomyStore(m_workspace->db()).load();
    if (const Reason *from = t.reason(item->text()))
        m_workspace->undoStack()->push(EditTaxonomyCommand::merge(m_workspace, *from, into));
}

void CareSettingsBox::addReason()
{
    const Taxonomy t = TaxonomyStore(m_workspace->db()).load();
    QStringList categories;
    for (const ReasonCategory &c : t.categories)
        categories << t.categoryDisplayName(c.code);
    bool ok = false;
    const QString category = QInputDialog::getItem(this, tr("Add reason"), tr("Category"), categories, 0, false, &ok);
    if (!ok)
        return;
    const QString name = QInputDialog::getText(this, tr("Add reason"), tr("Chinese name"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    Reason r;
    r.category = t.categories.value(int(categories.indexOf(category))).code;
    r.nameZh = name.trimmed();
    r.code = QStringLiteral("custom_%1").arg(t.reasons.size() + 1);
    r.position = int(t.reasons.size()) + 1;
    m_workspace->undoStack()->push(new EditTaxonomyCommand(m_workspace, {}, {r}));
}

} // namespace huitou
