#include "CustomersPage.h"

#include "CustomerTableModel.h"
#include "ProfilePane.h"
#include "app/Workspace.h"
#include "commands/SetTagsCommand.h"
#include "common/Labels.h"
#include "storage/TagStore.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
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
    combo->addItem(any, QString());
    for (const auto &[key, label] : items)
        combo->addItem(label, key);
    return combo;
}

std::vector<std::pair<QString, QString>> keyed(std::initializer_list<const char *> keys, QString (*label)(const QString &))
{
    std::vector<std::pair<QString, QString>> out;
    for (const char *k : keys)
        out.emplace_back(QString::fromLatin1(k), label(QString::fromLatin1(k)));
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
    m_stage = filterCombo(this, QStringLiteral("stageFilter"), tr("All stages"),
                          keyed({"active", "silent", "sleeping", "lost"}, &labels::stage));
    m_type = filterCombo(this, QStringLiteral("typeFilter"), tr("New and returning"),
                         keyed({"new", "returning"}, &labels::type));
    m_tier = filterCombo(this, QStringLiteral("tierFilter"), tr("All tiers"),
                         keyed({"regular", "senior", "vip", "supreme_vip"}, &labels::tier));
    m_segment = filterCombo(this, QStringLiteral("segmentFilter"), tr("All RFM segments"),
                            keyed({"important_value", "important_develop", "important_retain", "important_winback",
                                   "general_value", "general_develop", "general_retain", "general_winback"},
                                  &labels::segment));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("tagFilter"));
    fillTagFilter();
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCount"));
    auto *bulk = new QPushButton(tr("Tag selected…"), this);
    bulk->setObjectName(QStringLiteral("bulkTagButton"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    for (QComboBox *c : {m_stage, m_type, m_tier, m_segment, m_tag})
        filters->addWidget(c, 1);
    auto *status = new QHBoxLayout;
    status->addWidget(m_countLabel, 1);
    status->addWidget(bulk);

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
    m_table->setWordWrap(false);
    m_profile = new ProfilePane(workspace, this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addLayout(status);
    leftLayout->addWidget(m_table);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_profile);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    m_profile->setMinimumWidth(420);
    splitter->setSizes({900, 480});
    m_table->horizontalHeader()->setResizeContentsPrecision(0); // size to the visible rows only
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(120);
    connect(m_debounce, &QTimer::timeout, this, &CustomersPage::reload);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersPage::scheduleReload);
    for (QComboBox *c : {m_stage, m_type, m_tier, m_segment, m_tag})
        connect(c, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &CustomersPage::reload);
    connect(m_model, &CustomerTableModel::sortRequested, this, [this](CustomerColumn column, bool ascending) {
        m_sortColumn = column;
        m_ascending = ascending;
        reload();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_profile->showCustomer(m_model->customerId(current.row())); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsSized && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_columnsSized = true;
        }
        if (m_model->rowCount() > 0 && !m_search->text().isEmpty())
            m_table->selectRow(0);
    });
    connect(bulk, &QPushButton::clicked, this, &CustomersPage::bulkTag);
    connect(workspace, &Workspace::dataChanged, this, [this] {
        fillTagFilter();
        reload();
    });
    connect(workspace, &Workspace::customerChanged, m_model, &CustomerTableModel::refreshRows);
    reload();
}

void CustomersPage::fillTagFilter()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("Any tag"), QString());
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const TagGroup &g : TagStore(m_workspace->db()).groups())
        for (const QString &v : g.values)
            m_tag->addItem(QStringLiteral("%1: %2").arg(chinese ? g.nameZh : g.nameEn, v), g.key + QLatin1Char('=') + v);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void CustomersPage::showCustomer(qint64 customerId, const QString &key)
{
    m_search->setText(key);
    m_profile->showCustomer(customerId);
}

void CustomersPage::showBucket(const QString &stage, const QString &type)
{
    const QSignalBlocker a(m_stage), b(m_type);
    m_stage->setCurrentIndex(qMax(0, m_stage->findData(stage)));
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    reload();
}

CustomerListFilter CustomersPage::currentFilter() const
{
    CustomerListFilter f;
    f.search = m_search->text();
    f.stage = m_stage->currentData().toString();
    f.type = m_type->currentData().toString();
    f.tier = m_tier->currentData().toString();
    f.segment = m_segment->currentData().toString();
    const QString tag = m_tag->currentData().toString();
    if (!tag.isEmpty()) {
        f.tagGroup = tag.section(QLatin1Char('='), 0, 0);
        f.tagValue = tag.section(QLatin1Char('='), 1);
    }
    f.sortColumn = m_sortColumn;
    f.ascending = m_ascending;
    return f;
}

void CustomersPage::scheduleReload()
{
    m_debounce->start();
}

void CustomersPage::reload()
{
    m_debounce->stop();
    const CustomerListFilter filter = currentFilter();
    const int generation = ++m_generation;
    auto ids = std::make_shared<std::vector<qint64>>();
    m_countLabel->setText(tr("Searching…"));
    m_workspace->runInBackground(
        this,
        [filter, ids](QSqlDatabase db, QString *error) {
            *ids = CustomerListQuery(db).ids(filter, error);
            return error->isEmpty();
        },
        [this, ids, generation](bool ok, const QString &error) {
            if (generation != m_generation)
                return; // a newer filter is on its way
            if (!ok) {
                m_countLabel->setText(error);
                return;
            }
            m_count = qint64(ids->size());
            m_model->setIds(std::move(*ids));
            m_countLabel->setText(tr("%n customer(s)", nullptr, int(m_count)));
            emit reloaded();
        });
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
    const bool single = [&] {
        for (const TagGroup &g : store.groups())
            if (g.key == group)
                return g.isSingle();
        return false;
    }();
    QMap<qint64, QStringList> before, after;
    for (qint64 id : ids) {
        const QStringList old = store.manualValues(id, group);
        QStringList now = old;
        if (add->isChecked())
            now = single ? QStringList{value} : (old.contains(value) ? old : old + QStringList{value});
        else
            now.removeAll(value);
        before.insert(id, old);
        after.insert(id, now);
    }
    m_workspace->undoStack()->push(new SetTagsCommand(m_workspace, group, before, after,
                                                      tr("Tag %n customer(s)", nullptr, int(ids.size()))));
}

} // namespace huitou
