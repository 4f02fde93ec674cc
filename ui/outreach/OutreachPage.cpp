#include "OutreachPage.h"

#include "ExportContactsDialog.h"
#include "SegmentBuilder.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "commands/SetCampaignCostCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "format/Format.h"
#include "outreach/Audience.h"
#include "outreach/CampaignTables.h"
#include "outreach/OptOutImporter.h"
#include "outreach/OutreachSettings.h"
#include "reports/ReportViewWidget.h"
#include "storage/OutreachStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

OutreachPage::OutreachPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("outreachPage"));
    // Audience.
    m_builder = new SegmentBuilder(workspace, this);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedSegments"));
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(8);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("segmentCount"));
    QFont big = m_countLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_countLabel->setFont(big);
    m_countLabel->setWordWrap(true);
    auto *save = new QPushButton(tr("Save segment…"), this);
    save->setObjectName(QStringLiteral("saveSegmentButton"));
    m_deleteSegment = new QPushButton(tr("Delete"), this);
    m_deleteSegment->setObjectName(QStringLiteral("deleteSegmentButton"));
    m_deleteSegment->setEnabled(false);
    auto *exportButton = new QPushButton(tr("Export contacts…"), this);
    exportButton->setObjectName(QStringLiteral("exportSegmentButton"));
    exportButton->setDefault(true);
    exportButton->setVisible(workspace->may(StoreRoles::Right::ExportContacts)); // the server enforces it
    auto *optOut = new QPushButton(tr("Import opt-out list…"), this);
    optOut->setObjectName(QStringLiteral("optOutButton"));

    auto *segmentBox = new QGroupBox(tr("Who to contact"), this);
    auto *segmentLayout = new QVBoxLayout(segmentBox);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved segment"), this));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    savedRow->addWidget(m_deleteSegment);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(optOut);
    actions->addWidget(exportButton);
    segmentLayout->addLayout(savedRow);
    segmentLayout->addWidget(m_builder);
    segmentLayout->addLayout(actions);

    // The shop's outreach rules.
    const OutreachSettings settings = OutreachSettings::load(workspace->db());
    m_requireConsent = new QCheckBox(tr("Export only customers who consented"), this);
    m_requireConsent->setObjectName(QStringLiteral("requireConsent"));
    m_requireConsent->setChecked(settings.requireConsent);
    m_contactDays = new QSpinBox(this);
    m_contactDays->setObjectName(QStringLiteral("contactWindowDays"));
    m_contactDays->setRange(0, 90);
    m_contactDays->setValue(settings.contactWindowDays);
    m_contactDays->setSuffix(tr(" days"));
    m_segmentLimit = new QSpinBox(this);
    m_segmentLimit->setObjectName(QStringLiteral("smsSegmentLimit"));
    m_segmentLimit->setRange(1, 10);
    m_segmentLimit->setValue(settings.smsSegmentLimit);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("responseWindow"));
    m_window->setRange(1, 90);
    m_window->setValue(settings.responseWindowDays);
    m_window->setSuffix(tr(" days"));
    auto *rulesBox = new QGroupBox(tr("Shop rules"), this);
    auto *rules = new QFormLayout(rulesBox);
    rules->setRowWrapPolicy(QFormLayout::WrapLongRows);
    rules->addRow(m_requireConsent);
    rules->addRow(tr("Skip customers contacted within"), m_contactDays);
    rules->addRow(tr("SMS segments allowed per message"), m_segmentLimit);
    rules->addRow(tr("Response window of a campaign"), m_window);
    rulesBox->setEnabled(workspace->may(StoreRoles::Right::ChangeSettings));

    auto *top = new QHBoxLayout;
    top->addWidget(segmentBox, 3);
    top->addWidget(rulesBox, 2);

    // Campaigns and the selected one's result.
    m_campaigns = new QTableWidget(0, 8, this);
    m_campaigns->setObjectName(QStringLiteral("campaignTable"));
    m_campaigns->setHorizontalHeaderLabels({tr("Send day"), tr("Campaign"), tr("Channel"), tr("Exported"),
                                            tr("Control"), tr("Staff"), tr("Cost"), tr("Status")});
    // The status (the result) right after the name: on a 1024-px screen the
    // list has about a third of the width, and the counts, staff and cost
    // are also in the result beside it.
    m_campaigns->horizontalHeader()->moveSection(7, 2);
    m_campaigns->horizontalHeader()->setStretchLastSection(true);
    m_campaigns->setTextElideMode(Qt::ElideMiddle);
    m_campaigns->verticalHeader()->hide();
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaigns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result = new ReportViewWidget(ReportView::CampaignResults, this);
    m_result->setObjectName(QStringLiteral("campaignResult"));
    auto *campaignBox = new QGroupBox(tr("Campaigns"), this);
    auto *campaignLayout = new QVBoxLayout(campaignBox);
    campaignLayout->addWidget(m_campaigns);
    m_editCost = new QPushButton(tr("Cost…"), campaignBox);
    m_editCost->setObjectName(QStringLiteral("editCostButton"));
    m_editCost->setToolTip(tr("The campaign's total cost in yuan (the ROI divides by it)."));
    m_editCost->setEnabled(false);
    m_editCost->setVisible(workspace->may(StoreRoles::Right::ExportContacts)); // campaigns are a manager's
    auto *campaignButtons = new QHBoxLayout;
    campaignButtons->addStretch(1);
    campaignButtons->addWidget(m_editCost);
    campaignLayout->addLayout(campaignButtons);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(campaignBox);
    splitter->addWidget(m_result);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 600}); // the campaign list needs its status column

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(120);
    connect(debounce, &QTimer::timeout, this, &OutreachPage::count);
    connect(m_builder, &SegmentBuilder::changed, debounce, [debounce] { debounce->start(); });
    connect(save, &QPushButton::clicked, this, &OutreachPage::saveSegment);
    connect(m_deleteSegment, &QPushButton::clicked, this, &OutreachPage::deleteSegment);
    connect(m_editCost, &QPushButton::clicked, this, &OutreachPage::editCost);
    connect(exportButton, &QPushButton::clicked, this, &OutreachPage::exportSegment);
    connect(optOut, &QPushButton::clicked, this, &OutreachPage::importOptOuts);
    connect(m_saved, QOverload<int>::of(&QComboBox::activated), this, &OutreachPage::loadSavedSegment);
    connect(m_campaigns, &QTableWidget::currentCellChanged, this, [this](int row) { showCampaign(row); });
    connect(m_requireConsent, &QCheckBox::toggled, this, &OutreachPage::saveSettings);
    for (QSpinBox *s : {m_contactDays, m_segmentLimit, m_window})
        connect(s, QOverload<int>::of(&QSpinBox::valueChanged), this, &OutreachPage::saveSettings);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        m_builder->reloadTags();
        count();
        reloadCampaigns();
    });
    // An export from the customers page, a cost edited, a campaign made by
    // anyone on this workstation: the list follows.
    connect(workspace, &Workspace::campaignsChanged, this, &OutreachPage::reloadCampaigns);
    fillSavedSegments();
    count();
    reloadCampaigns();
}

QString OutreachPage::definitionText() const
{
    return m_builder->segment().toJsonText();
}

QString OutreachPage::definitionLabel() const
{
    return m_builder->label();
}

void OutreachPage::showSegment(const Segment &segment)
{
    m_saved->setCurrentIndex(0);
    m_deleteSegment->setEnabled(false);
    m_builder->setSegment(segment);
    count();
}

void OutreachPage::count()
{
    const int generation = ++m_generation;
    const Segment segment = m_builder->segment();
    auto result = std::make_shared<qint64>(0);
    m_countLabel->setText(tr("Counting…"));
    m_workspace->runInBackground(
        this,
        [segment, result](QSqlDatabase db, QString *error) {
            *result = Audience::count(db, segment, error);
            return error->isEmpty();
        },
        [this, generation, result](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_count = ok ? *result : -1;
            m_countLabel->setText(
                ok ? tr("%1 customer(s) in this segment", nullptr, int(std::min<qint64>(*result, 1000000000)))
                         .arg(format::integer(*result))
                   : error);
        });
}

void OutreachPage::exportSegment()
{
    const Segment segment = m_builder->segment();
    QJsonObject definition = segment.toJson();
    if (m_saved->currentIndex() > 0)
        definition.insert(QStringLiteral("name"), m_saved->currentText());
    const QString definitionText = QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact));
    auto ids = std::make_shared<std::vector<qint64>>();
    const QString label = m_saved->currentIndex() > 0 ? m_saved->currentText() : definitionLabel();
    m_workspace->runInBackground(
        this,
        [segment, ids](QSqlDatabase db, QString *error) {
            *ids = Audience::ids(db, segment, error);
            return error->isEmpty();
        },
        [this, ids, definitionText, label](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Export contacts"), error);
                return;
            }
            exportAudience(std::move(*ids), definitionText, label);
        });
}

void OutreachPage::exportAudience(std::vector<qint64> audience, const QString &definition, const QString &label)
{
    if (audience.empty()) {
        dialogs::warning(this, tr("Export contacts"), tr("The segment is empty: there is nobody to export."));
        return;
    }
    auto *dialog = new ExportContactsDialog(m_workspace, std::move(audience), definition, label, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportContactsDialog::exported, m_workspace, &Workspace::campaignsChanged);
    dialog->open();
}

void OutreachPage::saveSegment()
{
    // Editing a saved segment: load it, change it, save it under its name.
    const QString current = m_saved->currentIndex() > 0 ? m_saved->currentText() : definitionLabel();
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save segment"), tr("Name of the segment"), QLineEdit::Normal,
                                               current, &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    OutreachStore store(m_workspace->db());
    if (name != m_saved->currentText() && store.savedSegment(name)
        && dialogs::question(this, tr("Save segment"),
                             tr("A segment named %1 exists. Replace it with these conditions?").arg(name))
            != QMessageBox::Yes)
        return;
    QString error;
    if (!store.saveSegment({name, definitionText(), Staff::name(), {}}, &error)) {
        dialogs::warning(this, tr("Save segment"), error);
        return;
    }
    fillSavedSegments();
    m_saved->setCurrentIndex(m_saved->findText(name));
    m_deleteSegment->setEnabled(m_saved->currentIndex() > 0);
}

void OutreachPage::deleteSegment()
{
    if (m_saved->currentIndex() <= 0)
        return;
    const QString name = m_saved->currentText();
    if (dialogs::question(this, tr("Delete segment"), tr("Delete the saved segment %1?").arg(name)) != QMessageBox::Yes)
        return;
    QString error;
    if (!OutreachStore(m_workspace->db()).removeSegment(name, &error)) {
        dialogs::warning(this, tr("Delete segment"), error);
        return;
    }
    fillSavedSegments();
    m_deleteSegment->setEnabled(false);
}

void OutreachPage::fillSavedSegments()
{
    QString error;
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("(choose)"), QString());
    for (const SavedSegment &s : OutreachStore(m_workspace->db()).savedSegments(&error))
        m_saved->addItem(s.name, s.definition);
}

void OutreachPage::loadSavedSegment(int index)
{
    const QString text = m_saved->itemData(index).toString();
    m_deleteSegment->setEnabled(index > 0);
    if (text.isEmpty())
        return;
    QString error;
    const auto segment = Audience::parseDefinition(text, &error);
    if (!segment) {
        dialogs::warning(this, tr("Saved segment"), error);
        return;
    }
    m_builder->setSegment(*segment);
    count();
}

void OutreachPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        reloadCampaigns();
}

void OutreachPage::reloadCampaigns()
{
    const int generation = ++m_campaignGeneration;
    const QDate today = AnalyticsService::today();
    const int window = m_window->value();
    auto results = std::make_shared<QList<CampaignResult>>();
    m_workspace->runInBackground(
        this,
        [results, today, window](QSqlDatabase db, QString *error) {
            const auto list = OutreachStore(db).campaigns(error);
            for (const CampaignRecord &c : list) {
                const auto r = CampaignEvaluator(db).evaluate(c.id, today, window, -1, error);
                if (!r)
                    return false;
                results->append(*r);
            }
            return true;
        },
        [this, generation, results](bool ok, const QString &) {
            if (generation != m_campaignGeneration || !ok)
                return;
            const QLocale locale;
            const int keep = m_campaigns->currentRow();
            m_campaigns->setRowCount(int(results->size()));
            m_campaignIds.clear();
            for (int i = 0; i < int(results->size()); ++i) {
                const CampaignResult &r = results->at(i);
                m_campaignIds.push_back(r.campaign.id);
                const CampaignEvaluation &e = r.evaluation;
                QString status;
                if (e.provisional)
                    status = tr("Window open until %1").arg(r.windowEnd.addDays(-1).toString(Qt::ISODate));
                else if (e.uplift)
                    status = tr("Uplift %1 pp").arg(locale.toString(*e.uplift * 100.0, 'f', 2));
                else
                    status = tr("Done (no control group)");
                const QString channel = r.campaign.channel == QLatin1String("sms") ? tr("SMS")
                    : r.campaign.channel == QLatin1String("wechat")                ? tr("WeChat")
                                                                                   : tr("E-mail");
                const QStringList cells{r.campaign.sendDay.toString(Qt::ISODate),
                                        r.campaign.name,
                                        channel,
                                        format::integer(r.campaign.treatmentMembers),
                                        format::integer(r.campaign.controlMembers),
                                        r.campaign.staff,
                                        format::money(r.evaluation.costFen),
                                        status};
                for (int c = 0; c < cells.size(); ++c)
                    m_campaigns->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_campaigns->resizeColumnsToContents();
            // A long name is elided rather than pushing the status out of sight.
            const int nameWidth = m_campaigns->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 14;
            if (m_campaigns->columnWidth(1) > nameWidth)
                m_campaigns->setColumnWidth(1, nameWidth);
            if (!results->isEmpty())
                m_campaigns->selectRow(keep >= 0 && keep < int(results->size()) ? keep : 0);
            showCampaign(m_campaigns->currentRow());
            emit campaignsReloaded();
        });
}

void OutreachPage::editCost()
{
    const int row = m_campaigns->currentRow();
    if (row < 0 || row >= int(m_campaignIds.size()))
        return;
    const qint64 id = m_campaignIds[size_t(row)];
    QString error;
    OutreachStore store(m_workspace->db());
    const auto campaign = store.campaign(id, &error);
    if (!campaign)
        return;
    bool ok = false;
    const double yuan = QInputDialog::getDouble(
        this, tr("Campaign cost"),
        tr("Total cost of %1 in yuan (messages, coupons, staff time): the ROI divides by it.").arg(campaign->name),
        money::yuan(campaign->costFen), 0.0, 10000000.0, 2, &ok);
    if (!ok)
        return;
    const qint64 fen = qint64(yuan * 100.0 + 0.5);
    if (fen != campaign->costFen) // Edit → Undo takes it back
        m_workspace->undoStack()->push(new SetCampaignCostCommand(m_workspace, id, campaign->costFen, fen));
}

void OutreachPage::showCampaign(int row)
{
    m_editCost->setEnabled(row >= 0 && row < int(m_campaignIds.size()));
    if (row < 0 || row >= int(m_campaignIds.size())) {
        m_result->setVisible(false);
        return;
    }
    QString error;
    const auto r = CampaignEvaluator(m_workspace->db())
                       .evaluate(m_campaignIds[size_t(row)], AnalyticsService::today(), m_window->value(), -1, &error);
    if (!r)
        return;
    m_result->setVisible(true);
    m_result->setTable(campaignResultTable(*r));
}

void OutreachPage::importOptOuts()
{
    const QString staff = Staff::isSet() ? Staff::name().trimmed() : QString();
    if (staff.isEmpty()) {
        dialogs::warning(this, tr("Import opt-out list"),
                         tr("Set your staff name in Settings first: consent changes record who made them."));
        return;
    }
    const QStringList files = dialogs::openFiles(this, tr("Import opt-out list"),
                                                 tr("Number lists (*.txt *.csv);;All files (*)"));
    if (files.isEmpty())
        return;
    const QString path = files.first();
    auto result = std::make_shared<OptOutResult>();
    m_workspace->runInBackground(
        this,
        [path, staff, result](QSqlDatabase db, QString *error) {
            return OptOutImporter(db).importFile(path, staff, result.get(), error);
        },
        [this, path, result](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Import opt-out list"), error);
                return;
            }
            QString text = tr("%1: %n number(s) read, %2 matched a customer. Customers who now refuse marketing: %3 "
                              "(already refusing: %4).",
                              nullptr, result->numbers)
                               .arg(QFileInfo(path).fileName())
                               .arg(result->matchedNumbers)
                               .arg(result->customersRefused)
                               .arg(result->alreadyRefused);
            if (!result->junkLines.isEmpty()) {
                QStringList lines;
                for (int i = 0; i < std::min<qsizetype>(20, result->junkLines.size()); ++i)
                    lines << QString::number(result->junkLines[i]);
                text += QLatin1Char('\n')
                    + tr("%n line(s) hold no mobile number: %1", nullptr, int(result->junkLines.size()))
                          .arg(lines.join(QStringLiteral(", "))
                               + (result->junkLines.size() > 20 ? QStringLiteral(" …") : QString()));
            }
            auto *box = new QMessageBox(QMessageBox::Information, tr("Import opt-out list"), text, QMessageBox::Ok,
                                        this);
            box->setObjectName(QStringLiteral("optOutResult"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            emit m_workspace->dataChanged();
        });
}

void OutreachPage::saveSettings()
{
    OutreachSettings s = OutreachSettings::load(m_workspace->db());
    s.requireConsent = m_requireConsent->isChecked();
    s.contactWindowDays = m_contactDays->value();
    s.smsSegmentLimit = m_segmentLimit->value();
    s.responseWindowDays = m_window->value();
    QString error;
    if (!s.save(m_workspace->db(), &error))
        dialogs::warning(this, tr("Shop rules"), error);
    if (sender() == m_window)
        reloadCampaigns();
}

} // namespace huitou
