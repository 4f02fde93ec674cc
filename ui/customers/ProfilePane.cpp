#include "ProfilePane.h"

#include "analytics/Money.h"
#include "app/Workspace.h"
#include "app/Staff.h"
#include "care/Timeline.h"
#include "commands/AddNoteCommand.h"
#include "commands/LogReasonCommand.h"
#include "commands/SetProfileCommand.h"
#include "feedback/LogReasonDialog.h"
#include "storage/AuditLog.h"
#include "storage/NoteStore.h"
#include "commands/SetTagsCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerMetricsQuery.h"
#include "storage/TagStore.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace huitou {

ProfilePane::ProfilePane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("profilePane"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(tr("Select a customer"), content);
    m_title->setObjectName(QStringLiteral("profileTitle"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_contact = new QLabel(content);
    m_contact->setWordWrap(true);
    m_contact->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_contact);
    auto *actions = new QHBoxLayout;
    auto *logReason = new QPushButton(tr("Log complaint / return / review…"), content);
    logReason->setObjectName(QStringLiteral("logReasonButton"));
    auto *reveal = new QPushButton(tr("Show full number to dial"), content);
    reveal->setObjectName(QStringLiteral("revealPhoneButton"));
    actions->addWidget(logReason);
    actions->addWidget(reveal);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(logReason, &QPushButton::clicked, this, &ProfilePane::logReason);
    connect(reveal, &QPushButton::clicked, this, &ProfilePane::revealPhone);

    auto *figuresBox = new QGroupBox(tr("Purchases"), content);
    auto *figures = new QFormLayout(figuresBox);
    const std::pair<const char *, QString> rows[] = {
        {"f", tr("Purchase days (F)")}, {"m", tr("Spent (M)")},         {"aov", tr("Average order")},
        {"first", tr("First purchase")}, {"last", tr("Last purchase")}, {"stage", tr("Stage")},
        {"tier", tr("Tier")},            {"segment", tr("RFM segment")}, {"alive", tr("Probability still a customer")},
        {"expected", tr("Expected purchases, next 90 days")}};
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(figuresBox);
        value->setObjectName(QStringLiteral("figure_") + QString::fromLatin1(key));
        figures->addRow(label, value);
        m_figures.insert(QString::fromLatin1(key), value);
    }
    layout->addWidget(figuresBox);

    m_tagsBox = new QGroupBox(tr("Tags"), content);
    m_tagsForm = new QFormLayout(m_tagsBox);
    layout->addWidget(m_tagsBox);

    auto *profileBox = new QGroupBox(tr("Profile"), content);
    auto *profile = new QFormLayout(profileBox);
    m_birthday = new QLineEdit(profileBox);
    m_birthday->setObjectName(QStringLiteral("birthdayEdit"));
    m_birthday->setPlaceholderText(tr("MM-DD or YYYY-MM-DD"));
    m_consent = new QComboBox(profileBox);
    m_consent->setObjectName(QStringLiteral("consentCombo"));
    for (const char *key : {"unknown", "consented", "refused"})
        m_consent->addItem(labels::consent(QString::fromLatin1(key)), QString::fromLatin1(key));
    m_notes = new QPlainTextEdit(profileBox);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("New note: fit, preferences, what she asked for…"));
    m_notes->setMaximumHeight(70);
    auto *addNote = new QPushButton(tr("Add note"), profileBox);
    addNote->setObjectName(QStringLiteral("addNoteButton"));
    connect(addNote, &QPushButton::clicked, this, &ProfilePane::addNote);
    auto *save = new QPushButton(tr("Save profile"), profileBox);
    save->setObjectName(QStringLiteral("saveProfileButton"));
    profile->addRow(tr("Birthday"), m_birthday);
    profile->addRow(tr("Marketing consent"), m_consent);
    profile->addRow(QString(), save);
    profile->addRow(tr("Note"), m_notes);
    profile->addRow(QString(), addNote);
    connect(save, &QPushButton::clicked, this, &ProfilePane::saveProfile);
    layout->addWidget(profileBox);

    m_orders = new QTreeWidget(content);
    m_orders->setObjectName(QStringLiteral("ordersTree"));
    m_orders->setHeaderLabels({tr("Order / item"), tr("Paid"), tr("Amount (¥)"), tr("Status")});
    m_orders->setMinimumHeight(220);
    m_orders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *ordersBox = new QGroupBox(tr("Orders"), content);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_orders);
    layout->addWidget(ordersBox, 1);

    // Everything that happened, dated and signed, newest first.
    m_timeline = new QTreeWidget(content);
    m_timeline->setObjectName(QStringLiteral("timelineTree"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Staff")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setMinimumHeight(240);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    auto *timelineBox = new QGroupBox(tr("Timeline"), content);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    layout->addWidget(timelineBox, 1);

    connect(m_workspace, &Workspace::customerChanged, this, [this](qint64 id) {
        if (id == m_customerId)
            reload();
    });
    setEnabled(false);
}

void ProfilePane::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    setEnabled(customerId != 0);
    reload();
}

void ProfilePane::reload()
{
    m_loading = true;
    CustomerContact contact;
    StoredCustomerMetrics m;
    const bool hasFigures = CustomerMetricsQuery(m_workspace->db()).one(m_customerId, &contact, &m);
    m_title->setText(m_customerId ? contact.key : tr("Select a customer"));
    QStringList lines;
    if (!contact.receiverName.isEmpty())
        lines << contact.receiverName;
    m_fullPhone = contact.phone.isEmpty() ? contact.phoneDisplay : contact.phone;
    if (!contact.phoneDisplay.isEmpty())
        lines << tr("Phone: %1").arg(labels::maskedPhone(contact.phoneDisplay));
    if (!contact.address.isEmpty())
        lines << contact.address;
    m_contact->setText(lines.join(QLatin1Char('\n')));
    const QLocale locale;
    auto set = [this](const char *key, const QString &text) { m_figures.value(QString::fromLatin1(key))->setText(text); };
    if (hasFigures) {
        set("f", QString::number(m.frequency));
        set("m", QStringLiteral("¥") + money::text(m.monetaryFen));
        set("aov", QStringLiteral("¥") + money::text(m.aovFen()));
        set("first", QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate));
        set("last", tr("%1 (%n day(s) ago)", nullptr, m.recency).arg(QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate)));
        set("stage", labels::stage(m.stage) + QStringLiteral(" · ") + labels::type(m.type));
        set("tier", labels::tier(m.tier));
        set("segment", labels::segment(m.segment));
        set("alive", m.pAlive < 0 ? tr("— (one purchase so far)") : QStringLiteral("%1%").arg(m.pAlive * 100, 0, 'f', 0));
        set("expected", QString::number(m.expected90, 'f', 2));
    } else {
        for (QLabel *l : std::as_const(m_figures))
            l->setText(tr("—"));
    }
    const CustomerProfile p = ProfileStore(m_workspace->db()).load(m_customerId);
    m_birthday->setText(p.birthday);
    m_consent->setCurrentIndex(qMax(0, m_consent->findData(p.consent)));
    m_notes->clear();
    rebuildTags();
    reloadTimeline();

    m_orders->clear();
    for (const OrderSummary &o : CustomerListQuery(m_workspace->db()).orders(m_customerId)) {
        auto *item = new QTreeWidgetItem(m_orders, {o.orderNo, o.paidAt, money::text(o.paidFen - o.refundFen), o.status});
        if (!o.valid)
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        for (const OrderLine &line : o.lines)
            new QTreeWidgetItem(item, {line.title + (line.sku.isEmpty() ? QString() : QStringLiteral(" · ") + line.sku),
                                       QString(), money::text(line.priceFen), QStringLiteral("× %1").arg(line.quantity)});
        item->setExpanded(m_orders->topLevelItemCount() <= 5);
    }
    m_loading = false;
}

void ProfilePane::rebuildTags()
{
    // Old editors go later: this may run inside one of their own signals.
    while (m_tagsForm->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_tagsForm->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    TagStore store(m_workspace->db());
    QHash<QString, QStringList> automatic;
    for (const CustomerTag &t : store.tagsOf(m_customerId))
        if (t.automatic)
            automatic[t.group] << t.value;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const TagGroup &g : store.groups()) {
        const QStringList manual = store.manualValues(m_customerId, g.key);
        const QString label = chinese ? g.nameZh : g.nameEn;
        const QString autoText = automatic.value(g.key).join(QStringLiteral(", "));
        if (g.isSingle()) {
            auto *combo = new QComboBox(m_tagsBox);
            combo->setObjectName(QStringLiteral("tag_") + g.key);
            combo->setEditable(g.kind == QLatin1String("numeric"));
            combo->addItem(autoText.isEmpty() ? QString() : tr("%1 (automatic)").arg(autoText), QString());
            for (const QString &v : g.values)
                combo->addItem(v, v);
            if (!manual.isEmpty()) {
                int i = combo->findData(manual.first());
                if (i < 0) {
                    combo->addItem(manual.first(), manual.first());
                    i = combo->count() - 1;
                }
                combo->setCurrentIndex(i);
            }
            const QString group = g.key;
            auto commit = [this, combo, group] {
                if (m_loading)
                    return;
                QString value = combo->currentData().toString();
                if (combo->isEditable() && combo->currentIndex() <= 0)
                    value = combo->currentText().trimmed();
                setTagValues(group, value.isEmpty() ? QStringList() : QStringList{value});
            };
            connect(combo, QOverload<int>::of(&QComboBox::activated), this, commit);
            if (combo->isEditable())
                connect(combo->lineEdit(), &QLineEdit::editingFinished, this, commit);
            m_tagsForm->addRow(label, combo);
        } else {
            auto *button = new QToolButton(m_tagsBox);
            button->setObjectName(QStringLiteral("tag_") + g.key);
            button->setPopupMode(QToolButton::InstantPopup);
            button->setToolButtonStyle(Qt::ToolButtonTextOnly);
            button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
            const QString shown = !manual.isEmpty() ? manual.join(QStringLiteral(", "))
                : !autoText.isEmpty()               ? tr("%1 (automatic)").arg(autoText)
                                                    : tr("(none)");
            button->setText(shown);
            auto *menu = new QMenu(button);
            for (const QString &v : g.values) {
                QAction *a = menu->addAction(v);
                a->setCheckable(true);
                a->setChecked(manual.contains(v));
                const QString group = g.key;
                connect(a, &QAction::toggled, this, [this, group, v, manual](bool on) {
                    QStringList values = manual;
                    if (on && !values.contains(v))
                        values << v;
                    if (!on)
                        values.removeAll(v);
                    setTagValues(group, values);
                });
            }
            button->setMenu(menu);
            m_tagsForm->addRow(label, button);
        }
    }
}

void ProfilePane::setTagValues(const QString &group, const QStringList &values)
{
    const QStringList before = TagStore(m_workspace->db()).manualValues(m_customerId, group);
    if (before == values)
        return;
    m_workspace->undoStack()->push(new SetTagsCommand(m_workspace, group, {{m_customerId, before}},
                                                      {{m_customerId, values}}, tr("Tag customer")));
}

void ProfilePane::saveProfile()
{
    CustomerProfile after;
    after.birthday = m_birthday->text().trimmed();
    after.consent = m_consent->currentData().toString();
    after.notes = ProfileStore(m_workspace->db()).load(m_customerId).notes; // notes are dated entries now
    const QString invalid = ProfileStore::validateBirthday(after.birthday);
    if (!invalid.isEmpty()) {
        dialogs::warning(this, tr("Birthday"), invalid);
        return;
    }
    const CustomerProfile before = ProfileStore(m_workspace->db()).load(m_customerId);
    if (before == after)
        return;
    m_workspace->undoStack()->push(new SetProfileCommand(m_workspace, m_customerId, before, after));
}

void ProfilePane::reloadTimeline()
{
    m_timeline->clear();
    if (!m_customerId)
        return;
    for (const TimelineEntry &e : Timeline::of(m_workspace->db(), m_customerId)) {
        auto *item = new QTreeWidgetItem(m_timeline, {e.at, e.text, e.staff});
        item->setData(0, Qt::UserRole, e.kind);
        item->setToolTip(1, e.text);
    }
    m_timeline->resizeColumnToContents(0);
}

void ProfilePane::addNote()
{
    const QString text = m_notes->toPlainText().trimmed();
    if (text.isEmpty() || !m_customerId)
        return;
    m_workspace->undoStack()->push(new AddNoteCommand(m_workspace, m_customerId, text));
    m_notes->clear();
}

void ProfilePane::logReason()
{
    if (!m_customerId)
        return;
    LogReasonDialog dialog(m_workspace, m_customerId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    m_workspace->undoStack()->push(new LogReasonCommand(m_workspace, dialog.entry(), &error));
    if (!error.isEmpty())
        dialogs::warning(this, tr("Log reason"), error);
}

void ProfilePane::revealPhone()
{
    if (!m_customerId || m_fullPhone.isEmpty())
        return;
    QString error;
    AuditLog(m_workspace->db()).record(m_customerId, QStringLiteral("phone_revealed"), QStringLiteral("customer"),
                                       m_customerId, {}, Staff::name(), &error);
    m_contact->setText(m_contact->text().replace(labels::maskedPhone(m_fullPhone), m_fullPhone));
    reloadTimeline();
}

} // namespace huitou
