#include "ProfilePane.h"

#include "analytics/Money.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "care/Timeline.h"
#include "commands/AddNoteCommand.h"
#include "commands/LogReasonCommand.h"
#include "commands/SetProfileCommand.h"
#include "commands/SetTagsCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "customers/Vocabulary.h"
#include "feedback/LogReasonDialog.h"
#include "format/Format.h"
#include "storage/AuditLog.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerMetricsQuery.h"
#include "storage/NoteStore.h"
#include "storage/TagStore.h"

#include <QApplication>
#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTime>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace huitou {

namespace {

// A tree view sizes its rows without knowing the column's width, so wrapped
// text (a timeline entry with its 19-digit order number) was cut to one line.
// This delegate measures the text at the column's width; the style paints it
// wrapped (anywhere, when a word is longer than the column).
class WrappingDelegate : public QStyledItemDelegate
{
public:
    WrappingDelegate(QTreeView *view, int column)
        : QStyledItemDelegate(view)
        , m_view(view)
        , m_column(column)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != m_column)
            return size;
        const int margin = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
        const int width = std::max(40, m_view->columnWidth(m_column) - 2 * margin - 2);
        // Laid out as the style paints it: at word boundaries, anywhere in a word too long for a line.
        QTextLayout layout(index.data(Qt::DisplayRole).toString(), option.font);
        QTextOption wrap;
        wrap.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(wrap);
        qreal height = 0;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            height += line.height();
        }
        layout.endLayout();
        size.setHeight(std::max(size.height(), int(std::ceil(height)) + 4));
        return size;
    }

private:
    QTreeView *m_view;
    int m_column;
};

} // namespace

ProfilePane::ProfilePane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("profilePane"));
    setAccessibleName(tr("Customer profile"));
    auto *scroll = new QScrollArea(this);
    m_scroll = scroll;
    scroll->setObjectName(QStringLiteral("profileScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *content = new QWidget;
    // Never wider than the pane: long text wraps instead of widening the window.
    content->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
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
    // Short labels: both buttons share one row of a pane that is narrow on a 1024-pixel screen.
    auto *logReason = new QPushButton(tr("Complaint / return / review…"), content);
    logReason->setObjectName(QStringLiteral("logReasonButton"));
    logReason->setToolTip(tr("Log a complaint, a return or a below-5-star review against the reason list"));
    auto *reveal = new QPushButton(tr("Show full number"), content);
    reveal->setObjectName(QStringLiteral("revealPhoneButton"));
    reveal->setToolTip(tr("Show this customer's full mobile number to dial it (recorded with your name)"));
    actions->addWidget(logReason);
    actions->addWidget(reveal);
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(logReason, &QPushButton::clicked, this, &ProfilePane::logReason);
    connect(reveal, &QPushButton::clicked, this, &ProfilePane::revealPhone);

    auto *figuresBox = new QGroupBox(tr("Purchases"), content);
    auto *figures = new QFormLayout(figuresBox);
    figures->setRowWrapPolicy(QFormLayout::WrapLongRows); // a narrow pane puts a long label above its value
    const std::pair<const char *, QString> rows[] = {{"f", tr("Purchase days (F)")},
                                                     {"m", tr("Spent (M)")},
                                                     {"aov", tr("Average order")},
                                                     {"first", tr("First purchase")},
                                                     {"last", tr("Last purchase")},
                                                     {"stage", tr("Stage")},
                                                     {"tier", tr("Tier")},
                                                     {"segment", tr("RFM segment")},
                                                     {"alive", tr("Probability still a customer")},
                                                     {"expected", tr("Expected purchases, next 90 days")}};
    const QString aliveHelp = tr(
        "The model's chance that she is still a customer of the shop, from how often and how recently she has "
        "bought. It can be below 100% even right after a purchase: a buyer who has bought only now and then "
        "may still drift away. The expected purchases are how many orders the same model expects from her in "
        "the next 90 days.");
    for (const auto &[key, label] : rows) {
        auto *value = new QLabel(figuresBox);
        value->setObjectName(QStringLiteral("figure_") + QString::fromLatin1(key));
        auto *name = new QLabel(label, figuresBox);
        if (qstrcmp(key, "alive") == 0 || qstrcmp(key, "expected") == 0) {
            value->setToolTip(aliveHelp);
            name->setToolTip(aliveHelp);
            name->setText(label + QStringLiteral(" ⓘ"));
        }
        figures->addRow(name, value);
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
    for (Consent c : allConsents())
        m_consent->addItem(consentName(c), consentKey(c));
    // One note box: what is typed becomes a dated, signed note in the timeline
    // when the box is left (another customer, another page) or Add note is pressed.
    m_newNote = new QPlainTextEdit(profileBox);
    m_newNote->setObjectName(QStringLiteral("newNoteEdit"));
    m_newNote->setPlaceholderText(tr("Note: fit, preferences, what she asked for… (saved to the timeline, dated "
                                     "and signed, when you leave the box; Ctrl+Enter adds it at once)"));
    m_newNote->setMaximumHeight(70);
    m_newNote->setTabChangesFocus(true);
    m_newNote->installEventFilter(this);
    auto *addNote = new QPushButton(tr("Add note"), profileBox);
    addNote->setObjectName(QStringLiteral("addNoteButton"));
    connect(addNote, &QPushButton::clicked, this, &ProfilePane::addNote);
    m_saved = new QLabel(profileBox);
    m_saved->setObjectName(QStringLiteral("profileSavedLabel"));
    m_saved->setWordWrap(true);
    m_savedFade = new QTimer(this);
    m_savedFade->setSingleShot(true);
    m_savedFade->setInterval(6000);
    connect(m_savedFade, &QTimer::timeout, m_saved, &QLabel::clear);
    profile->addRow(tr("Birthday"), m_birthday);
    profile->addRow(tr("Marketing consent"), m_consent);
    profile->addRow(tr("Note"), m_newNote);
    profile->addRow(QString(), addNote);
    profile->addRow(QString(), m_saved);
    // Each field is saved as it is committed; typing only marks it edited.
    connect(m_birthday, &QLineEdit::textEdited, this, [this] { m_edited = true; });
    connect(m_birthday, &QLineEdit::editingFinished, this, &ProfilePane::commitProfile);
    connect(m_consent, QOverload<int>::of(&QComboBox::activated), this, &ProfilePane::commitProfile);
    layout->addWidget(profileBox);

    m_orders = new QTreeWidget(content);
    m_orders->setObjectName(QStringLiteral("ordersTree"));
    m_orders->setAccessibleName(tr("Her orders"));
    // Four columns fit the pane; the payment time and order number share the first, whole.
    m_orders->setHeaderLabels({tr("Paid at · order / status, items"), tr("Amount (¥)"), tr("Refund (¥)")});
    m_orders->setTextElideMode(Qt::ElideNone);
    m_orders->setMinimumHeight(220);
    m_orders->setWordWrap(true);
    m_orders->setUniformRowHeights(false);
    m_orders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_orders->header()->setStretchLastSection(false);
    m_orders->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 3; ++c)
        m_orders->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
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
    // The entry takes the width the day and the staff name leave.
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_timeline->setUniformRowHeights(false);
    m_timeline->setTextElideMode(Qt::ElideNone);
    m_timeline->setItemDelegate(new WrappingDelegate(m_timeline, 1));
    // Wrapped rows take their height from the column's width: lay them out
    // again when it changes, so no entry (an order: number, amount, status) is cut.
    connect(m_timeline->header(), &QHeaderView::sectionResized, m_timeline, [this](int column) {
        if (column == 1)
            QTimer::singleShot(0, m_timeline, [this] { m_timeline->doItemsLayout(); });
    });
    auto *timelineBox = new QGroupBox(tr("Timeline"), content);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->addWidget(m_timeline);
    layout->addWidget(timelineBox, 1);

    connect(m_workspace, &Workspace::customerChanged, this, [this](qint64 id) {
        if (id == m_customerId)
            reload();
    });
    // Saved on another workstation: shown now, unless staff are typing here
    // (then saving compares versions and asks where both changed a field).
    connect(m_workspace, &Workspace::customersChangedElsewhere, this, [this] {
        if (m_customerId && !m_edited && !m_committing)
            reload();
    });
    setEnabled(false);
}

void ProfilePane::showCustomer(qint64 customerId)
{
    if (customerId == m_customerId)
        return;
    const QString typedBirthday = m_birthday->text().trimmed();
    const QString previous = m_title->text();
    if (!commitProfile()) {
        // Everything else was saved; say what could not be, with the text typed.
        dialogs::warning(this, tr("Birthday not saved"),
                         tr("The birthday \"%1\" typed for %2 is not a date (MM-DD or YYYY-MM-DD) and was not "
                            "saved. Her other changes were saved.")
                             .arg(typedBirthday, previous));
    }
    addNote(); // a note typed and not added yet belongs to the previous customer
    m_customerId = customerId;
    m_edited = false;
    m_saved->clear();
    setEnabled(customerId != 0);
    reload();
    m_scroll->verticalScrollBar()->setValue(0); // the name header first
}

bool ProfilePane::commitProfile()
{
    if (m_customerId == 0 || m_loading || m_committing || !m_workspace)
        return true;
    CustomerProfile after;
    after.birthday = m_birthday->text().trimmed();
    after.consent = m_consent->currentData().toString();
    const QString typedBirthday = m_birthday->text();
    const QString invalid = ProfileStore::validateBirthday(after.birthday);
    const CustomerProfile before = ProfileStore(m_workspace->db()).load(m_customerId);
    after.notes = before.notes; // the legacy single field: folded into the dated notes (schema v7), kept as it was
    if (!invalid.isEmpty())
        after.birthday = before.birthday; // keep the stored one; the typed text stays in the field
    if (before.version != m_loaded.version) {
        // Another workstation saved this profile since it was shown: keep what
        // she changed and staff did not; where both changed a field, ask.
        CustomerProfile merged = before;
        QStringList clashes;
        const auto take = [&](QString CustomerProfile::*field, const QString &name, const QString &theirs,
                              const QString &mine) {
            if (after.*field == m_loaded.*field)
                return; // staff left it alone
            if (before.*field != m_loaded.*field && before.*field != after.*field)
                clashes << tr("%1: %2 (yours: %3)").arg(name, theirs, mine);
            merged.*field = after.*field;
        };
        take(&CustomerProfile::birthday, tr("birthday"), before.birthday.isEmpty() ? tr("none") : before.birthday,
             after.birthday.isEmpty() ? tr("none") : after.birthday);
        take(&CustomerProfile::consent, tr("marketing consent"), labels::consent(before.consent),
             labels::consent(after.consent));
        if (!clashes.isEmpty()) {
            const int choice = dialogs::choose(
                this, tr("Changed on another workstation"),
                tr("%1 changed this customer's profile at %2:\n%3\n\nKeep her change, or save yours over it?")
                    .arg(before.changedBy.isEmpty() ? tr("Someone") : before.changedBy,
                         before.changedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                         clashes.join(QLatin1Char('\n'))),
                {tr("Keep hers (reload)"), tr("Save mine over it")});
            if (choice != 1) {
                m_edited = false;
                reload(); // her version on screen; nothing of staff's was written
                return true;
            }
        }
        after = merged;
    }
    if (!(before == after)) {
        QStringList what;
        if (before.birthday != after.birthday)
            what << tr("birthday");
        if (before.consent != after.consent)
            what << tr("marketing consent");
        m_committing = true;
        m_workspace->undoStack()->push(new SetProfileCommand(m_workspace, m_customerId, before, after, before.version));
        m_committing = false;
        showSaved(what.join(tr(", ")));
    }
    m_edited = false;
    if (invalid.isEmpty())
        return true;
    m_birthday->setText(typedBirthday);
    m_edited = true;
    m_saved->setText(tr("Birthday not saved: %1").arg(invalid));
    m_saved->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_savedFade->stop();
    return false;
}

void ProfilePane::showSaved(const QString &what)
{
    const QString time = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_saved->setStyleSheet(QString());
    m_saved->setText(tr("✓ Saved %1 at %2 (Edit → Undo takes it back)").arg(what, time));
    m_savedFade->start();
    m_workspace->showMessage(tr("Saved %1 of %2").arg(what, m_title->text()));
}

bool ProfilePane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_newNote && event->type() == QEvent::FocusOut)
        addNote();
    if (watched == m_newNote && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() & Qt::ControlModifier) {
            addNote();
            return true;
        }
    }
    // A multi-value tag menu stays open while values are ticked.
    if (auto *menu = qobject_cast<QMenu *>(watched); menu && event->type() == QEvent::MouseButtonRelease) {
        QAction *action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
        if (action && action->isCheckable() && action->isEnabled()) {
            action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProfilePane::hideEvent(QHideEvent *event)
{
    commitProfile(); // another page, or the window closes
    addNote();
    QWidget::hideEvent(event);
}

void ProfilePane::reload()
{
    // Nothing typed is ever dropped by a refresh (an undo elsewhere, a tag).
    if (m_edited && !m_committing)
        commitProfile();
    m_loading = true;
    CustomerContact contact;
    CustomerFigures m;
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
    auto set = [this](const char *key, const QString &text) {
        m_figures.value(QString::fromLatin1(key))->setText(text);
    };
    if (hasFigures) {
        set("f", format::integer(m.frequency));
        set("m", format::money(m.monetaryFen));
        set("aov", format::money(m.aovFen()));
        set("first", QDate::fromJulianDay(m.firstDay).toString(Qt::ISODate));
        const QString lastDay = QDate::fromJulianDay(m.lastDay).toString(Qt::ISODate);
        set("last",
            m.recency == 0 ? tr("%1 (as-of day)").arg(lastDay)
                           : tr("%1 (%n day(s) ago)", nullptr, m.recency).arg(lastDay));
        set("stage",
            labels::stage(stageKey(m.stage)) + QStringLiteral(" · ") + labels::type(customerTypeKey(m.type())));
        set("tier", labels::tier(tierKey(m.tier)));
        set("segment", labels::segment(segmentKey(m.segment)));
        set("alive", m.pAlive ? format::percent(*m.pAlive) : tr("— (one purchase so far)"));
        set("expected", format::decimal(m.expected90, 2));
    } else {
        for (QLabel *l : std::as_const(m_figures))
            l->setText(tr("—"));
    }
    const CustomerProfile p = ProfileStore(m_workspace->db()).load(m_customerId);
    // Unchanged text is left alone: the cursor stays where staff are typing.
    if (m_birthday->text() != p.birthday)
        m_birthday->setText(p.birthday);
    m_consent->setCurrentIndex(qMax(0, m_consent->findData(p.consent)));
    m_loaded = p;
    if (QApplication::activePopupWidget() && m_tagsBox->isAncestorOf(QApplication::activePopupWidget()->parentWidget()))
        m_tagsStale = true; // a tag menu is open: rebuild when it closes
    else
        rebuildTags();
    reloadTimeline();

    m_orders->clear();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const OrderSummary &o : CustomerListQuery(m_workspace->db()).orders(m_customerId)) {
        const QString head = o.paidAt + QLatin1Char('\n') + o.orderNo;
        auto *item = new QTreeWidgetItem(m_orders,
                                         {head, format::amount(o.paidFen),
                                          o.refundFen ? format::amount(o.refundFen) : QString()});
        item->setToolTip(0, head);
        if (!o.valid) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, head + QLatin1Char('\n') + tr("Not a valid order: not counted in the figures"));
        }
        if (!o.status.isEmpty()) {
            // The status on a line of its own: long ones ("买家已付款，等待卖家发货") wrap there.
            auto *status = new QTreeWidgetItem(item, {o.status});
            status->setToolTip(0, o.status);
            status->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (const OrderLine &line : o.lines) {
            // "颜色分类:雾霾蓝;尺码:S" → "颜色分类：雾霾蓝；尺码：S" / "颜色分类: 雾霾蓝; 尺码: S"
            QString sku = line.sku;
            sku.replace(QLatin1Char(':'), chinese ? QStringLiteral("：") : QStringLiteral(": "));
            sku.replace(QLatin1Char(';'), chinese ? QStringLiteral("；") : QStringLiteral("; "));
            const QString title = tr("%1 × %2", "item title × quantity").arg(line.title).arg(line.quantity);
            const QString text = sku.isEmpty() ? title : title + QLatin1Char('\n') + sku;
            auto *child = new QTreeWidgetItem(item, {text, format::amount(line.priceFen)});
            child->setToolTip(0, text);
        }
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
    // One query for every group's tags (manual ones in value order, as
    // TagStore::manualValues gives them), not one per group.
    QHash<QString, QStringList> automatic, manualByGroup;
    for (const CustomerTag &t : store.tagsOf(m_customerId))
        (t.automatic ? automatic : manualByGroup)[t.group] << t.value;
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const TagGroup &g : store.groups()) {
        const QStringList manual = manualByGroup.value(g.key);
        const QString label = chinese ? g.nameZh : g.nameEn;
        const QString autoText = automatic.value(g.key).join(tr(", "));
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
            const QString shown = !manual.isEmpty() ? manual.join(tr(", "))
                : !autoText.isEmpty()               ? tr("%1 (automatic)").arg(autoText)
                                                    : tr("(none)");
            button->setText(shown);
            auto *menu = new QMenu(button);
            menu->setObjectName(QStringLiteral("tagMenu_") + g.key);
            menu->installEventFilter(this); // stays open while ticking
            for (const QString &v : g.values) {
                QAction *a = menu->addAction(v);
                a->setCheckable(true);
                a->setChecked(manual.contains(v));
                const QString group = g.key;
                connect(a, &QAction::toggled, this, [this, group, menu, button, autoText] {
                    QStringList values;
                    for (QAction *each : menu->actions())
                        if (each->isChecked())
                            values << each->text();
                    button->setText(!values.isEmpty()         ? values.join(tr(", "))
                                        : !autoText.isEmpty() ? tr("%1 (automatic)").arg(autoText)
                                                              : tr("(none)"));
                    setTagValues(group, values);
                });
            }
            connect(menu, &QMenu::aboutToHide, this, [this] {
                if (m_tagsStale)
                    QTimer::singleShot(0, this, [this] {
                        m_tagsStale = false;
                        m_loading = true;
                        rebuildTags();
                        m_loading = false;
                    });
            });
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
    m_workspace->undoStack()->push(
        new SetTagsCommand(m_workspace, group, {{m_customerId, before}}, {{m_customerId, values}}, tr("Tag customer")));
    showSaved(tr("tag"));
}

void ProfilePane::reloadTimeline()
{
    m_timeline->clear();
    if (!m_customerId)
        return;
    for (const TimelineEntry &e : Timeline::of(m_workspace->db(), m_customerId)) {
        auto *item = new QTreeWidgetItem(m_timeline, {e.at, e.text, e.staff});
        item->setData(0, Qt::UserRole, e.kind);
        // The whole entry on every cell, should a narrow pane still cut it.
        const QString tip = (e.staff.isEmpty() ? e.at : e.at + QStringLiteral(" · ") + e.staff) + QLatin1Char('\n')
            + e.text;
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, tip);
    }
    QTimer::singleShot(0, m_timeline, [this] { m_timeline->doItemsLayout(); }); // heights for the final widths
}

void ProfilePane::addNote()
{
    const QString text = m_newNote->toPlainText().trimmed();
    if (text.isEmpty() || !m_customerId || m_addingNote)
        return;
    m_addingNote = true;
    m_newNote->clear(); // before the push: the command reloads this pane
    m_workspace->undoStack()->push(new AddNoteCommand(m_workspace, m_customerId, text));
    m_addingNote = false;
    showSaved(tr("note"));
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
    AuditLog(m_workspace->db())
        .record(m_customerId, QStringLiteral("phone_revealed"), QStringLiteral("customer"), m_customerId, {},
                Staff::name(), &error);
    m_contact->setText(m_contact->text().replace(labels::maskedPhone(m_fullPhone), m_fullPhone));
    reloadTimeline();
}

} // namespace huitou
