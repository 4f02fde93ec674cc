#include "SettingsPage.h"

#include "CareSettingsBox.h"
#include "StaffAccountsBox.h"

#include "analytics/AnalyticsService.h"
#include "analytics/AnalyticsSettings.h"
#include "app/Workspace.h"
#include "common/Dialogs.h"
#include "storage/SettingsStore.h"
#include "storage/TagStore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

namespace {
// The kinds of a tag group as staff read them; stored by key.
const char *const kKinds[] = {"single", "multi", "numeric"};
QString kindName(const QString &key)
{
    if (key == QLatin1String("multi"))
        return QCoreApplication::translate("SettingsPage", "several values");
    if (key == QLatin1String("numeric"))
        return QCoreApplication::translate("SettingsPage", "a number");
    return QCoreApplication::translate("SettingsPage", "one value");
}
QString kindKey(const QString &shown)
{
    for (const char *k : kKinds)
        if (shown == kindName(QString::fromLatin1(k)) || shown == QLatin1String(k))
            return QString::fromLatin1(k);
    return QStringLiteral("single");
}
QSpinBox *days(QWidget *parent, const QString &name)
{
    auto *s = new QSpinBox(parent);
    s->setObjectName(name);
    s->setRange(1, 3650);
    s->setSuffix(QCoreApplication::translate("SettingsPage", " days"));
    return s;
}
QDoubleSpinBox *threshold(QWidget *parent, const QString &name)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setObjectName(name);
    s->setRange(0, 1e9);
    s->setDecimals(2);
    return s;
}
} // namespace

SettingsPage::SettingsPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *stages = new QGroupBox(tr("Lifecycle stages (days since the last purchase)"), this);
    auto *stageForm = new QFormLayout(stages);
    m_active = days(stages, QStringLiteral("activeDays"));
    m_silent = days(stages, QStringLiteral("silentDays"));
    m_sleeping = days(stages, QStringLiteral("sleepingDays"));
    m_suggested = new QLabel(stages);
    m_suggested->setObjectName(QStringLiteral("suggestedThresholds"));
    m_suggested->setWordWrap(true);
    auto *useSuggested = new QPushButton(tr("Use the suggestion"), stages);
    stageForm->addRow(tr("Active up to"), m_active);
    stageForm->addRow(tr("Silent up to"), m_silent);
    stageForm->addRow(tr("Sleeping up to (lost after)"), m_sleeping);
    stageForm->addRow(m_suggested);
    stageForm->addRow(QString(), useSuggested);

    auto *tiers = new QGroupBox(tr("Member tiers"), this);
    auto *tierForm = new QFormLayout(tiers);
    m_tierBasis = new QComboBox(tiers);
    m_tierBasis->setObjectName(QStringLiteral("tierBasis"));
    m_tierBasis->addItem(tr("Amount spent (M)"), QStringLiteral("monetary"));
    m_tierBasis->addItem(tr("Purchase days (F)"), QStringLiteral("frequency"));
    m_tierMode = new QComboBox(tiers);
    m_tierMode->setObjectName(QStringLiteral("tierMode"));
    m_tierMode->addItem(tr("By rank: top 1% / 4% / 20%"), QStringLiteral("percentile"));
    m_tierMode->addItem(tr("Fixed thresholds"), QStringLiteral("fixed"));
    m_senior = threshold(tiers, QStringLiteral("seniorThreshold"));
    m_vip = threshold(tiers, QStringLiteral("vipThreshold"));
    m_supreme = threshold(tiers, QStringLiteral("supremeThreshold"));
    tierForm->addRow(tr("Based on"), m_tierBasis);
    tierForm->addRow(tr("Mode"), m_tierMode);
    tierForm->addRow(tr("Senior member from"), m_senior);
    tierForm->addRow(tr("VIP from"), m_vip);
    tierForm->addRow(tr("Supreme VIP from"), m_supreme);
    auto *apply = new QPushButton(tr("Apply and recompute"), this);
    apply->setObjectName(QStringLiteral("applySettingsButton"));

    auto *tagBox = new QGroupBox(tr("Tag dictionary"), this);
    m_tags = new QTableWidget(0, 5, tagBox);
    m_tags->setObjectName(QStringLiteral("tagDictionary"));
    m_tags->setHorizontalHeaderLabels({tr("Key"), tr("Chinese name"), tr("English name"), tr("Values per customer"),
                                       tr("Values (separated by commas)")});
    m_tags->setColumnHidden(0, true); // the internal key: staff name groups in their own words
    m_tags->setToolTip(tr("Values per customer: %1, %2 or %3.")
                           .arg(kindName(QStringLiteral("single")), kindName(QStringLiteral("multi")),
                                kindName(QStringLiteral("numeric"))));
    m_tags->horizontalHeader()->setStretchLastSection(true);
    m_tags->verticalHeader()->hide();
    auto *addGroup = new QPushButton(tr("Add group"), tagBox);
    auto *removeGroup = new QPushButton(tr("Remove group"), tagBox);
    auto *saveTagsButton = new QPushButton(tr("Save dictionary"), tagBox);
    saveTagsButton->setObjectName(QStringLiteral("saveTagsButton"));
    auto *tagButtons = new QHBoxLayout;
    tagButtons->addWidget(addGroup);
    tagButtons->addWidget(removeGroup);
    tagButtons->addStretch();
    tagButtons->addWidget(saveTagsButton);
    auto *tagLayout = new QVBoxLayout(tagBox);
    tagLayout->addWidget(m_tags);
    tagLayout->addLayout(tagButtons);

    auto *shopBox = new QGroupBox(tr("Shop"), this);
    auto *shopForm = new QFormLayout(shopBox);
    m_shopName = new QLineEdit(shopBox);
    m_shopName->setObjectName(QStringLiteral("shopNameEdit"));
    m_shopName->setPlaceholderText(tr("As it should appear on the monthly report"));
    shopForm->addRow(tr("Shop name"), m_shopName);
    connect(m_shopName, &QLineEdit::editingFinished, this, &SettingsPage::saveShopName);

    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    m_language = new QComboBox(languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(
        qMax(0, m_language->findData(QSettings().value(QStringLiteral("language")).toString())));
    languageForm->addRow(tr("Interface language"), m_language);

    auto *leftColumn = new QVBoxLayout;
    leftColumn->addWidget(stages);
    leftColumn->addWidget(tiers);
    leftColumn->addWidget(apply, 0, Qt::AlignRight);
    leftColumn->addWidget(shopBox);
    leftColumn->addWidget(languageBox);
    leftColumn->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(leftColumn, 2);
    // Tags, the care plan and the reasons share the right column.
    auto *rightTabs = new QTabWidget(this);
    rightTabs->setObjectName(QStringLiteral("settingsTabs"));
    rightTabs->addTab(tagBox, tr("Tags"));
    auto *care = new CareSettingsBox(m_workspace, rightTabs);
    rightTabs->addTab(care, tr("Care plan and reasons"));
    layout->addWidget(rightTabs, 3);
    // Connected to a shop server as staff: the settings are the manager's
    // (the server refuses a change anyway), shown read-only.
    if (!m_workspace->may(StoreRoles::Right::ChangeSettings)) {
        for (QWidget *w : std::initializer_list<QWidget *>{stages, tiers, apply, shopBox, tagBox, care})
            w->setEnabled(false);
        auto *readOnly = new QLabel(tr("You are signed in to the shop server as staff: the shop's settings are "
                                       "the manager's and are shown read-only."),
                                    this);
        readOnly->setObjectName(QStringLiteral("settingsReadOnly"));
        readOnly->setWordWrap(true);
        leftColumn->insertWidget(0, readOnly);
    }
    if (StoreRoles::hasAccounts(m_workspace->db()) && m_workspace->may(StoreRoles::Right::ManageStaff))
        rightTabs->addTab(new StaffAccountsBox(m_workspace, rightTabs), tr("Staff logins"));

    connect(apply, &QPushButton::clicked, this, &SettingsPage::applyAnalytics);
    connect(useSuggested, &QPushButton::clicked, this, [this] {
        const QVariantList v = m_suggested->property("values").toList();
        if (v.size() == 3) {
            m_active->setValue(v[0].toInt());
            m_silent->setValue(v[1].toInt());
            m_sleeping->setValue(v[2].toInt());
        }
    });
    connect(addGroup, &QPushButton::clicked, this, [this] {
        const int row = m_tags->rowCount();
        m_tags->insertRow(row);
        m_tags->setItem(row, 0, new QTableWidgetItem(QStringLiteral("group_%1").arg(row + 1)));
        m_tags->setItem(row, 3, new QTableWidgetItem(kindName(QStringLiteral("single"))));
    });
    connect(removeGroup, &QPushButton::clicked, this, [this] {
        if (m_tags->currentRow() >= 0)
            m_tags->removeRow(m_tags->currentRow());
    });
    connect(saveTagsButton, &QPushButton::clicked, this, &SettingsPage::saveTags);
    connect(m_language, QOverload<int>::of(&QComboBox::activated), this,
            [this] { emit languageRequested(m_language->currentData().toString()); });
    load();
    connect(workspace, &Workspace::dataChanged, this, [this] {
        load();
        m_suggestionStale = true;
        if (isVisible())
            loadSuggestion();
    });
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_suggestionStale)
        loadSuggestion();
}

void SettingsPage::load()
{
    const AnalyticsSettings s = AnalyticsSettings::load(m_workspace->db());
    m_active->setValue(s.activeDays);
    m_silent->setValue(s.silentDays);
    m_sleeping->setValue(s.sleepingDays);
    m_tierBasis->setCurrentIndex(s.tierBasis == AnalyticsSettings::TierBasis::Frequency ? 1 : 0);
    m_tierMode->setCurrentIndex(s.tierMode == AnalyticsSettings::TierMode::Fixed ? 1 : 0);
    const double scale = s.tierBasis == AnalyticsSettings::TierBasis::Monetary ? 100.0 : 1.0;
    m_senior->setValue(s.fixedSenior / scale);
    m_vip->setValue(s.fixedVip / scale);
    m_supreme->setValue(s.fixedSupreme / scale);
    m_shopName->setText(SettingsStore(m_workspace->db()).value(QStringLiteral("shop_name")));
    const QList<TagGroup> groups = TagStore(m_workspace->db()).groups();
    m_tags->setRowCount(int(groups.size()));
    for (int i = 0; i < groups.size(); ++i) {
        const TagGroup &g = groups[i];
        const QStringList cells{g.key, g.nameZh, g.nameEn, kindName(g.kind), g.values.join(tr(", "))};
        for (int c = 0; c < cells.size(); ++c)
            m_tags->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    m_tags->resizeColumnsToContents();
}

void SettingsPage::loadSuggestion()
{
    m_suggestionStale = false;
    auto suggestion = std::make_shared<std::optional<std::array<int, 3>>>();
    m_suggested->setText(tr("Computing the suggestion from your repurchase intervals…"));
    m_workspace->runInBackground(
        this,
        [suggestion](QSqlDatabase db, QString *error) {
            const auto report = AnalyticsService(db).report(AnalyticsService::today(), error);
            if (report)
                *suggestion = report->suggestedThresholds;
            return report.has_value();
        },
        [this, suggestion](bool ok, const QString &error) {
            if (!ok || !*suggestion) {
                m_suggested->setText(ok ? tr("No suggestion yet: it needs customers who bought twice.") : error);
                return;
            }
            const auto &v = **suggestion;
            m_suggested->setText(
                tr("Suggested from how long your customers take to come back (active: three in four return within it; "
                   "silent: nine in ten; lost: twice that): %1 / %2 / %3 days")
                    .arg(v[0])
                    .arg(v[1])
                    .arg(v[2]));
            m_suggested->setProperty("values", QVariantList{v[0], v[1], v[2]});
        });
}

bool SettingsPage::applyAnalytics()
{
    AnalyticsSettings s;
    s.activeDays = m_active->value();
    s.silentDays = m_silent->value();
    s.sleepingDays = m_sleeping->value();
    s.tierBasis = m_tierBasis->currentIndex() == 1 ? AnalyticsSettings::TierBasis::Frequency
                                                   : AnalyticsSettings::TierBasis::Monetary;
    s.tierMode = m_tierMode->currentIndex() == 1 ? AnalyticsSettings::TierMode::Fixed
                                                 : AnalyticsSettings::TierMode::Percentile;
    const double scale = s.tierBasis == AnalyticsSettings::TierBasis::Monetary ? 100.0 : 1.0;
    s.fixedSenior = qRound64(m_senior->value() * scale);
    s.fixedVip = qRound64(m_vip->value() * scale);
    s.fixedSupreme = qRound64(m_supreme->value() * scale);
    QString error;
    if (!s.save(m_workspace->db(), &error)) {
        dialogs::warning(this, tr("Settings"), error);
        return false;
    }
    m_workspace->runInBackground(
        this,
        [asOf = m_workspace->asOf()](QSqlDatabase db, QString *e) { return AnalyticsService(db).recompute(asOf, e); },
        [this](bool ok, const QString &e) {
            if (!ok)
                dialogs::warning(this, tr("Settings"), e);
            else
                m_workspace->showMessage(tr("Settings applied; the figures were recomputed."));
            emit m_workspace->dataChanged();
        });
    return true;
}

void SettingsPage::saveTags()
{
    QList<TagGroup> groups;
    for (int r = 0; r < m_tags->rowCount(); ++r) {
        auto cell = [this, r](int c) { return m_tags->item(r, c) ? m_tags->item(r, c)->text().trimmed() : QString(); };
        TagGroup g{cell(0), cell(1), cell(2), cell(3), {}};
        if (g.key.isEmpty())
            continue;
        g.kind = kindKey(g.kind);
        for (const QString &v : cell(4).split(QRegularExpression(QStringLiteral("[,，、]")), Qt::SkipEmptyParts))
            g.values << v.trimmed();
        groups << g;
    }
    QString error;
    if (!TagStore(m_workspace->db()).saveGroups(groups, &error))
        dialogs::warning(this, tr("Tag dictionary"), error);
    else
        m_workspace->showMessage(tr("Tag dictionary saved."));
    emit m_workspace->dataChanged();
}

void SettingsPage::saveShopName()
{
    const QString name = m_shopName->text().trimmed();
    SettingsStore store(m_workspace->db());
    if (name == store.value(QStringLiteral("shop_name")))
        return;
    QString error;
    if (!store.setValue(QStringLiteral("shop_name"), name, &error)) {
        dialogs::warning(this, tr("Shop name"), error);
        return;
    }
    m_workspace->showMessage(tr("Shop name saved: %1").arg(name));
}

} // namespace huitou
