#include "OutreachPage.h"

#include "ExportContactsDialog.h"
#include "analytics/AnalyticsService.h"
#include "analytics/Money.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "outreach/AudienceQuery.h"
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
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

namespace {

    QComboBox *keyCombo(QWidget *parent, const QString &objectName, const QString &any,
                        std::initializer_list<const char *> keys, QString (*label)(const QString &))
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(objectName);
        // As narrow as a few characters allow: the window fits 1024 px (issue 9).
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(6);
        combo->setAccessibleName(any);
        combo->addItem(any, QString());
        for (const char *k : keys)
            combo->addItem(label(QString::fromLatin1(k)), QString::fromLatin1(k));
        return combo;
    }

    void selectKey(QComboBox *combo, const QString &key)
    {
        const int i = combo->findData(key);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    }

} // namespace

OutreachPage::OutreachPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("outreachPage"));
    // Audience.
    m_stage = keyCombo(this, QStringLiteral("segmentStage"), tr("All stages"), {"active", "silent", "sleeping", "lost"},
                       &labels::stage);
    m_type
        = keyCombo(this, QStringLiteral("segmentType"), tr("New and returning"), {"new", "returning"}, &labels::type);
    m_tier = keyCombo(this, QStringLiteral("segmentTier"), tr("All tiers"), {"regular", "senior", "vip", "supreme_vip"},
                      &labels::tier);
    m_rfm = keyCombo(this, QStringLiteral("segmentRfm"), tr("All RFM segments"),
                     {"important_value", "important_develop", "important_retain", "important_winback", "general_value",
                      "general_develop", "general_retain", "general_winback"},
                     &labels::segment);
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
    auto *exportButton = new QPushButton(tr("Export contacts…"), this);
    exportButton->setObjectName(QStringLiteral("exportSegmentButton"));
    exportButton->setDefault(true);
    auto *optOut = new QPushButton(tr("Import opt-out list…"), this);
    optOut->setObjectName(QStringLiteral("optOutButton"));

    auto *segmentBox = new QGroupBox(tr("Who to contact"), this);
    auto *segmentLayout = new QVBoxLayout(segmentBox);
    auto *filters = new QHBoxLayout;
    for (QComboBox *c : {m_stage, m_type, m_tier, m_rfm})
        filters->addWidget(c, 1);
    auto *savedRow = new QHBoxLayout;
    savedRow->addWidget(new QLabel(tr("Saved segment"), this));
    savedRow->addWidget(m_saved, 1);
    savedRow->addWidget(save);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_countLabel, 1);
    actions->addWidget(optOut);
    actions->addWidget(exportButton);
    segmentLayout->addLayout(filters);
    segmentLayout->addLayout(savedRow);
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

    auto *top = new QHBoxLayout;
    top->addWidget(segmentBox, 3);
    top->addWidget(rulesBox, 2);

    // Campaigns and the selected one's result.
    m_campaigns = new QTableWidget(0, 8, this);
    m_campaigns->setObjectName(QStringLiteral("campaignTable"));
    m_campaigns->setHorizontalHeaderLabels({tr("Send day"), tr("Campaign"), tr("Channel"), tr("Exported"),
                                            tr("Control"), tr("Staff"), tr("Cost"), tr("Status")});
    m_campaigns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_campaigns->verticalHeader()->hide();
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaigns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_result = new ReportViewWidget(ReportView::CampaignResults, this);
    m_result->setObjectName(QStringLiteral("campaignResult"));
    auto *campaignBox = new QGroupBox(tr("Campaigns"), this);
    auto *campaignLayout = new QVBoxLayout(campaignBox);
    campaignLayout->addWidget(m_campaigns);
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
    for (QComboBox *c : {m_stage, m_type, m_tier, m_rfm})
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), debounce, [debounce] { debounce->start(); });
    connect(save, &QPushButton::clicked, this, &OutreachPage::saveSegment);
    connect(exportButton, &QPushButton::clicked, this, &OutreachPage::exportSegment);
    connect(optOut, &QPushButton::clicked, this, &OutreachPage::importOptOuts);
    connect(m_saved, QOverload<int>::of(&QComboBox::activated), this, &OutreachPage::loadSavedSegment);
    connect(m_campaigns, &QTableWidget::currentCellChanged, this, [this](int row) { showCampaign(row); });
    connect(m_requireConsent, &QCheckBox::toggled, this, &OutreachPage::saveSettings);
    for (QSpinBox *s : {m_contactDays, m_segmentLimit, m_window})
        connect(s, QOverload<int>::of(&QSpinBox::valueChanged), this, &OutreachPage::saveSettings);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        count();
        reloadCampaigns();
    });
    fillSavedSegments();
    count();
    reloadCampaigns();
}

QJsonObject OutreachPage::definition() const
{
    QJsonObject o;
    const std::pair<const char *, QComboBox *> parts[]
        = {{"stage", m_stage}, {"type", m_type}, {"tier", m_tier}, {"rfm_segment", m_rfm}};
    for (const auto &[key, combo] : parts) {
        if (!combo->currentData().toString().isEmpty())
            o.insert(QString::fromLatin1(key), combo->currentData().toString());
    }
    return o;
}

QString OutreachPage::definitionLabel() const
{
    QStringList parts;
    for (QComboBox *c : {m_stage, m_type, m_tier, m_rfm}) {
        if (c->currentIndex() > 0)
            parts << c->currentText();
    }
    return parts.isEmpty() ? tr("All customers") : parts.join(QStringLiteral(" · "));
}

void OutreachPage::count()
{
    const int generation = ++m_generation;
    const QJsonObject def = definition();
    auto result = std::make_shared<qint64>(0);
    m_countLabel->setText(tr("Counting…"));
    m_workspace->runInBackground(
        this,
        [def, result](QSqlDatabase db, QString *error) {
            *result = AudienceQuery(db).count(def, error);
            return error->isEmpty();
        },
        [this, generation, result](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_count = ok ? *result : -1;
            m_countLabel->setText(ok ? tr("%n customer(s) in this segment", nullptr, int(*result)) : error);
        });
}

void OutreachPage::exportSegment()
{
    const QJsonObject def = definition();
    auto ids = std::make_shared<std::vector<qint64>>();
    const QString label = definitionLabel();
    m_workspace->runInBackground(
        this, [def, ids](QSqlDatabase db, QString *error) { return AudienceQuery(db).ids(def, ids.get(), error); },
        [this, ids, def, label](bool ok, const QString &error) {
            if (!ok) {
                dialogs::warning(this, tr("Export contacts"), error);
                return;
            }
            exportAudience(std::move(*ids), QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact)),
                           label);
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
    connect(dialog, &ExportContactsDialog::exported, this, &OutreachPage::reloadCampaigns);
    dialog->open();
}

void OutreachPage::saveSegment()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save segment"), tr("Name of the segment"), QLineEdit::Normal,
                                               definitionLabel(), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return;
    QString error;
    const QString staff = QSettings().value(QStringLiteral("staff/name")).toString();
    if (!OutreachStore(m_workspace->db())
             .saveSegment(
                 {name, QString::fromUtf8(QJsonDocument(definition()).toJson(QJsonDocument::Compact)), staff, {}},
                 &error)) {
        dialogs::warning(this, tr("Save segment"), error);
        return;
    }
    fillSavedSegments();
    m_saved->setCurrentIndex(m_saved->findText(name));
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
    if (text.isEmpty())
        return;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    selectKey(m_stage, o.value(QStringLiteral("stage")).toString());
    selectKey(m_type, o.value(QStringLiteral("type")).toString());
    selectKey(m_tier, o.value(QStringLiteral("tier")).toString());
    selectKey(m_rfm, o.value(QStringLiteral("rfm_segment")).toString());
    count();
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
                    status = tr("Window open until %1")
                                 .arg(locale.toString(r.windowEnd.addDays(-1), QLocale::ShortFormat));
                else if (e.uplift)
                    status = tr("Uplift %1 pp").arg(locale.toString(*e.uplift * 100.0, 'f', 2));
                else
                    status = tr("Done (no control group)");
                const QString channel = r.campaign.channel == QLatin1String("sms") ? tr("SMS")
                    : r.campaign.channel == QLatin1String("wechat")                ? tr("WeChat")
                                                                                   : tr("E-mail");
                const QStringList cells{locale.toString(r.campaign.sendDay, QLocale::ShortFormat),
                                        r.campaign.name,
                                        channel,
                                        locale.toString(r.campaign.treatmentMembers),
                                        locale.toString(r.campaign.controlMembers),
                                        r.campaign.staff,
                                        locale.toString(money::yuan(r.campaign.costFen), 'f', 2),
                                        status};
                for (int c = 0; c < cells.size(); ++c)
                    m_campaigns->setItem(i, c, new QTableWidgetItem(cells[c]));
            }
            m_campaigns->resizeColumnsToContents();
            m_campaigns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
            if (!results->isEmpty())
                m_campaigns->selectRow(keep >= 0 && keep < int(results->size()) ? keep : 0);
            showCampaign(m_campaigns->currentRow());
            emit campaignsReloaded();
        });
}

void OutreachPage::showCampaign(int row)
{
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
    const QString staff = QSettings().value(QStringLiteral("staff/name")).toString().trimmed();
    if (staff.isEmpty()) {
        dialogs::warning(this, tr("Import opt-out list"),
                         tr("Set your staff name in Settings first: consent changes record who made them."));
        return;
    }
    const QStringList files
        = dialogs::openFiles(this, tr("Import opt-out list"), tr("Number lists (*.txt *.csv);;All files (*)"));
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
            auto *box
                = new QMessageBox(QMessageBox::Information, tr("Import opt-out list"), text, QMessageBox::Ok, this);
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
