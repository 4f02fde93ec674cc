#include "CustomersPage.h"

#include "CustomerTableModel.h"
#include "ProfilePane.h"
#include "analytics/AnalyticsService.h"
#include "app/Workspace.h"
#include "commands/SetTagsCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "format/Format.h"
#include "outreach/Audience.h"
#include "storage/CustomerStore.h"
#include "storage/OutreachStore.h"
#include "storage/SegmentQuery.h"
#include "storage/TagStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

namespace {

QComboBox *filterCombo(QWidget *parent, const QString &objectName, const QString &any,
                       const std::vector<std::pair<QString, QString>> &items)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // As narrow as a few characters allow: the page fits 1024 px, never widens the window.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    combo->setAccessibleName(any);
    combo->setToolTip(any);
    combo->addItem(any, QString());
    for (const auto &[key, label] : items)
        combo->addItem(label, key);
    return combo;
}

// (key, display name) of every value of a vocabulary list.
template <typename Enum, size_t N>
std::vector<std::pair<QString, QString>> keyed(const std::array<Enum, N> &values, QString (*key)(Enum),
                                               QString (*name)(Enum))
{
    std::vector<std::pair<QString, QString>> out;
    for (Enum v : values)
        out.emplace_back(key(v), name(v));
    return out;
}

} // namespace

CustomersPage::CustomersPage(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CustomerTableModel(workspace->db(), this))
{
    setObjectName(QStringLiteral("customersPage"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search nick, name, phone digits or order number"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setMinimumWidth(200);
    m_stage = filterCombo(this, QStringLiteral("stageFilter"), tr("All stages"),
                          keyed(allStages(), &stageKey, &stageName));
    m_type = filterCombo(this, QStringLiteral("typeFilter"), tr("New and returning"),
                         keyed(allCustomerTypes(), &customerTypeKey, &customerTypeName));
    m_tier = filterCombo(this, QStringLiteral("tierFilter"), tr("All tiers"), keyed(allTiers(), &tierKey, &tierName));
    m_segment = filterCombo(this, QStringLiteral("segmentFilter"), tr("All RFM segments"),
                            keyed(allSegments(), &segmentKey, &segmentName));
    m_tag = filterCombo(this, QStringLiteral("tagFilter"), tr("Any tag"), {});
    fillTagFilter();
    m_showUnpaid = new QCheckBox(tr("Show customers without a paid order"), this);
    m_showUnpaid->setObjectName(QStringLiteral("showUnpaidCheck"));
    m_showUnpaid->setToolTip(tr("Buyers whose orders were all cancelled or never paid (up to the as-of day) have no "
                                "figures and are not counted in the reports."));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    m_countLabel->setWordWrap(true);
    auto *bulk = new QPushButton(tr("Tag selected…"), this);
    bulk->setObjectName(QStringLiteral("bulkTagButton"));
    auto *exportContacts = new QPushButton(tr("Export contacts…"), this);
    exportContacts->setObjectName(QStringLiteral("exportContactsFromList"));
    connect(exportContacts, &QPushButton::clicked, this, &CustomersPage::requestExport);
    exportContacts->setVisible(workspace->may(StoreRoles::Right::ExportContacts)); // the server enforces it
    auto *newSegment = new QPushButton(tr("New segment…"), this);
    newSegment->setObjectName(QStringLiteral("segmentFromFilterButton"));
    newSegment->setToolTip(tr("Open this filter in the Outreach page's segment builder."));
    connect(newSegment, &QPushButton::clicked, this, [this] {
        Segment s = currentSegment();
        s.search.clear();
        s.asOf = QDate();
        emit segmentRequested(s);
    });
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("customerSavedSegment"));
    // As the other filters: a column of the grid wide; a long segment name
    // does not widen the page.
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(6);
    m_saved->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_saved->setToolTip(tr("Show the customers of a segment saved on the Outreach page."));
    connect(m_saved, QOverload<int>::of(&QComboBox::activated), this, &CustomersPage::showSavedSegment);

    // The figures are as of a day: today, or a day staff (or a report) chose.
    m_asOf = new QDateEdit(this);
    m_asOf->setObjectName(QStringLiteral("asOfDate"));
    m_asOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_asOf->setCalendarPopup(true);
    m_asOf->setAccessibleName(tr("Figures as of"));
    m_asOf->setToolTip(tr("Stages, recency and every figure in the list are counted as of this day."));
    auto *asOfLabel = new QLabel(tr("As of"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *todayButton = new QPushButton(tr("Today"), this);
    todayButton->setObjectName(QStringLiteral("asOfTodayButton"));
    m_asOfDebounce = new QTimer(this);
    m_asOfDebounce->setSingleShot(true);
    m_asOfDebounce->setInterval(500);
    m_staleNote = new QLabel(this);
    m_staleNote->setObjectName(QStringLiteral("staleDataNote"));
    m_staleNote->setWordWrap(true);
    m_staleButton = new QPushButton(this);
    m_staleButton->setObjectName(QStringLiteral("asOfLatestOrderButton"));

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(asOfLabel);
    searchRow->addWidget(m_asOf);
    searchRow->addWidget(todayButton);
    auto *filters = new QGridLayout;
    filters->addWidget(m_stage, 0, 0);
    filters->addWidget(m_type, 0, 1);
    filters->addWidget(m_tier, 0, 2);
    filters->addWidget(m_segment, 1, 0);
    filters->addWidget(m_tag, 1, 1);
    // A saved segment is a filter too; in the grid it has a column's width
    // (in the row of buttons below it was squeezed to "No saved segm…").
    filters->addWidget(m_saved, 1, 2);
    filters->addWidget(m_showUnpaid, 2, 0, 1, 2);
    // A filter left on (a report's drill-down sets two) hides a customer staff
    // then search for: one click puts every filter back, the search stays.
    m_clearFilters = new QPushButton(tr("Clear filters"), this);
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearFilters->hide();
    connect(m_clearFilters, &QPushButton::clicked, this, &CustomersPage::clearFilters);
    filters->addWidget(m_clearFilters, 2, 2, Qt::AlignRight);
    auto *staleRow = new QHBoxLayout;
    staleRow->addWidget(m_staleNote, 1);
    staleRow->addWidget(m_staleButton);
    auto *status = new QHBoxLayout;
    status->addWidget(m_countLabel, 1);
    status->addWidget(newSegment);
    status->addWidget(bulk);
    status->addWidget(exportContacts);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("customerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(CustomerColumn::LastPurchase), Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *exportAction = new QAction(tr("Export contacts…"), m_table);
    exportAction->setObjectName(QStringLiteral("exportContactsAction"));
    connect(exportAction, &QAction::triggered, this, &CustomersPage::requestExport);
    if (workspace->may(StoreRoles::Right::ExportContacts))
        m_table->addAction(exportAction);
    m_table->setWordWrap(false);
    m_profile = new ProfilePane(workspace, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(searchRow);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(staleRow);
    leftLayout->addLayout(status);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("customersSplitter"));
    splitter->addWidget(left);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    m_profile->setMinimumWidth(340);
    splitter->setSizes({900, 480});
    m_table->horizontalHeader()->setResizeContentsPrecision(0); // size to the visible rows only
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    // The splitter and the columns stay where staff put them.
    const QSettings settings;
    splitter->restoreState(settings.value(QStringLiteral("customers/splitter")).toByteArray());
    if (m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("customers/columns")).toByteArray()))
        m_columnsSized = true;
    connect(splitter, &QSplitter::splitterMoved, this,
            [splitter] { QSettings().setValue(QStringLiteral("customers/splitter"), splitter->saveState()); });
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (m_columnsSized)
            QSettings().setValue(QStringLiteral("customers/columns"), m_table->horizontalHeader()->saveState());
    });

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::scheduleReload);
    for (QComboBox *c : {m_stage, m_type, m_tier, m_segment, m_tag})
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &CustomersPage::reload);
    connect(m_showUnpaid, &QCheckBox::toggled, this, &CustomersPage::reload);
    connect(m_asOf, &QDateEdit::dateChanged, m_asOfDebounce, qOverload<>(&QTimer::start));
    connect(m_asOfDebounce, &QTimer::timeout, this, [this] {
        if (m_asOf->date() != m_workspace->asOf())
            m_workspace->setAsOf(m_asOf->date());
    });
    connect(todayButton, &QPushButton::clicked, this, [this] { m_workspace->setAsOf(QDate()); });
    connect(m_staleButton, &QPushButton::clicked, this,
            [this] { m_workspace->setAsOf(CustomerStore(m_workspace->db()).latestPaidDay()); });
    connect(workspace, &Workspace::asOfChanged, this, &CustomersPage::showAsOf);
    connect(m_model, &CustomerTableModel::sortRequested, this, [this](CustomerColumn column, bool ascending) {
        m_sortColumn = column;
        m_ascending = ascending;
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_profile->showCustomer(m_model->customerId(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        sizeColumnsOnce();
        if (m_model->rowCount() > 0 && !m_search->text().isEmpty())
            m_table->selectRow(0);
        // A filter that removed the customer on show clears the profile.
        if (m_profile->customerId() != 0 && m_model->rowOf(m_profile->customerId()) < 0)
            m_profile->showCustomer(0);
    });
    connect(bulk, &QPushButton::clicked, this, &CustomersPage::bulkTag);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        fillTagFilter();
        showAsOf(); // an import may have moved the latest order
        reload();
    });
    connect(workspace, &Workspace::customerChanged, m_model, &CustomerTableModel::refreshRows);
    showAsOf();
    reload();
}

void CustomersPage::sizeColumnsOnce()
{
    // Only on a visible table: a hidden QTableView sizes a column to every
    // row of the model, and with a million customers that loads them all.
    if (m_columnsSized || m_model->rowCount() == 0 || !m_table->isVisible())
        return;
    m_table->resizeColumnsToContents();
    m_columnsSized = true;
}

void CustomersPage::showAsOf()
{
    const QDate asOf = m_workspace->asOf();
    {
        const QSignalBlocker block(m_asOf);
        m_asOf->setMaximumDate(AnalyticsService::today());
        m_asOf->setDate(asOf);
    }
    // Orders that end long before the as-of day make everyone look lost.
    const QDate latest = CustomerStore(m_workspace->db()).latestPaidDay();
    const qint64 gap = latest.isValid() ? latest.daysTo(asOf) : 0;
    const bool stale = gap > 30;
    m_staleNote->setVisible(stale);
    m_staleButton->setVisible(stale);
    if (stale) {
        m_staleNote->setText(tr("The latest order is from %1, %n day(s) before the as-of day: most customers will "
                                "look silent or lost.",
                                nullptr, int(gap))
                                 .arg(latest.toString(Qt::ISODate)));
        m_staleButton->setText(tr("Look as of %1").arg(latest.toString(Qt::ISODate)));
    }
}

void CustomersPage::fillTagFilter()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    const bool chinese = QLocale().language() == QLocale::Chinese;
    const TagStore store(m_workspace->db());
    for (const TagGroup &g : store.groups()) {
        // The dictionary's values, then those only automatic tags (雾霾蓝, 焦糖色) or old edits carry.
        QStringList values = g.values;
        for (const QString &v : store.valuesInUse(g.key))
            if (!values.contains(v))
                values << v;
        for (const QString &v : std::as_const(values))
            m_tag->addItem(tr("%1: %2", "tag group: value").arg(chinese ? g.nameZh : g.nameEn, v),
                           g.key + QLatin1Char('=') + v);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void CustomersPage::showCustomer(qint64 customerId, const QString &key)
{
    m_search->setText(key);
    m_profile->showCustomer(customerId);
}

void CustomersPage::showBucket(const QString &stage, const QString &type, const QDate &asOf)
{
    {
        const QSignalBlocker a(m_stage), b(m_type), c(m_tier), d(m_segment), e(m_tag), f(m_search);
        m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
        m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
        // The bucket as the report counted it: no other filter narrows it.
        for (QComboBox *other : {m_tier, m_segment, m_tag})
            other->setCurrentIndex(0);
        m_search->clear();
    }
    if (asOf.isValid() && asOf != m_workspace->asOf())
        m_workspace->setAsOf(asOf); // reloads when the figures are ready
    else
        reload();
}

Segment CustomersPage::currentSegment() const
{
    // A saved segment shown: its conditions, a filter chosen above replacing
    // that one condition (a tag is added to its tags).
    Segment s = m_savedSegment.value_or(Segment());
    s.search = m_search->text();
    if (const auto v = parseStage(m_stage->currentData().toString()))
        s.stages = {*v};
    if (const auto v = parseCustomerType(m_type->currentData().toString()))
        s.types = {*v};
    if (const auto v = parseTier(m_tier->currentData().toString()))
        s.tiers = {*v};
    if (const auto v = parseSegment(m_segment->currentData().toString()))
        s.rfmSegments = {*v};
    // A search finds her whatever she bought: staff look someone up while chatting.
    if (!s.hasPaidOrder && !m_showUnpaid->isChecked() && s.search.trimmed().isEmpty())
        s.hasPaidOrder = true;
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty())
        s.tagsAll << TagRef{tag.section(QLatin1Char('='), 0, 0), tag.section(QLatin1Char('='), 1)};
    return s;
}

void CustomersPage::fillSavedSegments()
{
    const QString current = m_saved->currentText();
    const QSignalBlocker block(m_saved);
    m_saved->clear();
    m_saved->addItem(tr("No saved segment"), QString());
    QString error;
    for (const SavedSegment &s : OutreachStore(m_workspace->db()).savedSegments(&error))
        m_saved->addItem(s.name, s.definition);
    m_saved->setCurrentIndex(m_savedSegment ? std::max(0, m_saved->findText(current)) : 0);
}

void CustomersPage::showSavedSegment(int index)
{
    m_savedSegment.reset();
    const QString text = m_saved->itemData(index).toString();
    if (!text.isEmpty()) {
        QString error;
        m_savedSegment = Audience::parseDefinition(text, &error);
        if (!m_savedSegment)
            dialogs::warning(this, tr("Saved segment"), error);
    }
    reload();
}

void CustomersPage::showEvent(QShowEvent *event)
{
    fillSavedSegments(); // saved or deleted on the Outreach page meanwhile
    QWidget::showEvent(event);
    sizeColumnsOnce();
}

void CustomersPage::scheduleReload()
{
    // Typing waits for a pause before searching. A text that arrives whole
    // while no keystroke is pending (pasted: a phone number, an order
    // number) is searched at once when the trigram index can narrow it
    // down (three characters or more), without the typing pause.
    const bool typing = m_debounce->isActive();
    if (!typing && m_search->text().trimmed().size() >= 3)
        reload();
    else
        m_debounce->start();
}

void CustomersPage::clearFilters()
{
    {
        const QSignalBlocker a(m_stage), b(m_type), c(m_tier), d(m_segment), e(m_tag), f(m_saved);
        for (QComboBox *filter : {m_stage, m_type, m_tier, m_segment, m_tag, m_saved})
            filter->setCurrentIndex(0);
        m_savedSegment.reset();
    }
    reload();
}

void CustomersPage::reload()
{
    m_debounce->stop();
    bool filtered = m_savedSegment.has_value();
    for (QComboBox *filter : {m_stage, m_type, m_tier, m_segment, m_tag})
        filtered = filtered || filter->currentIndex() > 0;
    m_clearFilters->setVisible(filtered);
    const Segment segment = currentSegment();
    const CustomerSort sort{m_sortColumn, m_ascending};
    const int generation = ++m_generation;
    auto ids = std::make_shared<std::vector<qint64>>();
    auto unpaid = std::make_shared<qint64>(0);
    const bool countUnpaid = !m_showUnpaid->isChecked() && m_search->text().trimmed().isEmpty();
    m_countLabel->setText(tr("Searching…"));
    m_workspace->runInBackground(
        this,
        [segment, sort, ids, unpaid, countUnpaid](QSqlDatabase db, QString *error) {
            *ids = SegmentQuery(db, segment).ids(sort, error);
            if (countUnpaid && error->isEmpty())
                *unpaid =
                    CustomerStore(db).countWithoutPaidOrder(); // a count over every customer: not on the GUI thread
            return error->isEmpty();
        },
        [this, ids, unpaid, countUnpaid, generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return; // a newer filter is on its way
            if (!ok) {
                m_countLabel->setText(error);
                return;
            }
            m_count = qint64(ids->size());
            m_model->setIds(std::move(*ids));
            QString text = tr("%1 customer(s)", nullptr, int(m_count)).arg(format::integer(m_count));
            // On an earlier day the difference also holds everyone who first paid after it.
            if (countUnpaid && *unpaid > 0)
                text += m_workspace->asOfIsToday()
                    ? tr(" · %1 without a paid order not shown", nullptr, int(*unpaid)).arg(format::integer(*unpaid))
                    : tr(" · %1 without a paid order by %2 not shown")
                          .arg(format::integer(*unpaid), m_workspace->asOf().toString(Qt::ISODate));
            m_countLabel->setText(text);
            emit reloaded();
        });
}

void CustomersPage::requestExport()
{
    std::vector<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids.push_back(m_model->customerId(index.row()));
    QJsonObject definition;
    QString label;
    if (ids.size() > 1) {
        label = tr("%n selected customer(s)", nullptr, int(ids.size()));
        definition.insert(QStringLiteral("selection"), qint64(ids.size()));
    } else {
        // Nothing (or one row) selected: the whole list as filtered.
        ids.clear();
        for (int row = 0; row < m_model->rowCount(); ++row)
            ids.push_back(m_model->customerId(row));
        // The campaign keeps how the list was chosen: the segment's JSON.
        Segment segment = currentSegment();
        segment.asOf = QDate();
        definition = segment.toJson();
        if (m_savedSegment)
            definition.insert(QStringLiteral("name"), m_saved->currentText());
        QStringList shown;
        if (m_savedSegment)
            shown << m_saved->currentText();
        for (QComboBox *c : {m_stage, m_type, m_tier, m_segment, m_tag}) {
            if (c->currentIndex() > 0)
                shown << c->currentText();
        }
        if (!m_search->text().isEmpty())
            shown << m_search->text();
        label = shown.isEmpty() ? tr("All customers") : shown.join(QStringLiteral(" · "));
    }
    emit exportRequested(ids, QString::fromUtf8(QJsonDocument(definition).toJson(QJsonDocument::Compact)), label);
}

void CustomersPage::bulkTag()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->customerId(index.row());
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tag %n customer(s)", nullptr, int(ids.size())));
    auto *form = new QFormLayout(&dialog);
    auto *tag = new QComboBox(&dialog);
    for (int i = 1; i < m_tag->count(); ++i)
        tag->addItem(m_tag->itemText(i), m_tag->itemData(i));
    auto *add = new QRadioButton(tr("Add this tag"), &dialog);
    auto *remove = new QRadioButton(tr("Remove this tag"), &dialog);
    add->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(tr("Tag"), tag);
    form->addRow(add);
    form->addRow(remove);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString data = tag->currentData().toString();
    const QString group = data.section(QLatin1Char('='), 0, 0), value = data.section(QLatin1Char('='), 1);
    TagStore store(m_workspace->db());
    const TagGroup tagGroup = store.group(group);
    QMap<qint64, QStringList> before, after;
    for (qint64 id : ids) {
        const QStringList old = store.manualValues(id, group);
        QStringList now = old;
        if (add->isChecked())
            now = tagGroup.adding(old, value);
        else
            now.removeAll(value);
        before.insert(id, old);
        after.insert(id, now);
    }
    const QString what = add->isChecked()
        ? tr("Tagged %n customer(s) %1", nullptr, int(ids.size())).arg(value)
        : tr("Removed the tag %1 from %n customer(s)", nullptr, int(ids.size())).arg(value);
    m_workspace->undoStack()->push(new SetTagsCommand(m_workspace, group, before, after, what));
    m_workspace->showMessage(what);
}

} // namespace huitou
