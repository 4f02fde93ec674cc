#include "ProfilePane.h"

#include "OrdersTree.h"
#include "TagEditor.h"
#include "TimelineTree.h"

#include "analytics/Money.h"
#include "app/Staff.h"
#include "app/Workspace.h"
#include "care/Timeline.h"
#include "commands/AddNoteCommand.h"
#include "commands/LogReasonCommand.h"
#include "commands/SetProfileCommand.h"
#include "common/Dialogs.h"
#include "common/Labels.h"
#include "customers/Vocabulary.h"
#include "feedback/LogReasonDialog.h"
#include "format/Format.h"
#include "storage/AuditLog.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerMetricsQuery.h"
#include "storage/NoteStore.h"

#include <QComboBox>
#include <QDate>
#include <QFormLayout>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace huitou {

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
    // Staff on a shop server never get full numbers (the server sends them masked).
    reveal->setVisible(m_workspace->may(StoreRoles::Right::SeeFullNumbers));
    m_reveal = reveal;
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

    m_tags = new TagEditor(workspace, content);
    connect(m_tags, &TagEditor::saved, this, &ProfilePane::showSaved);
    layout->addWidget(m_tags);

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

    m_orders = new OrdersTree(content);
    auto *ordersBox = new QGroupBox(tr("Orders"), content);
    auto *ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_orders);
    layout->addWidget(ordersBox, 1);

    m_timeline = new TimelineTree(content);
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
    m_reveal->setVisible(m_workspace->may(StoreRoles::Right::SeeFullNumbers)); // the login may change (Connect…)
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
    m_tags->showCustomer(m_customerId);
    reloadTimeline();
    m_orders->showOrders(CustomerListQuery(m_workspace->db()).orders(m_customerId));

    m_loading = false;
}

void ProfilePane::reloadTimeline()
{
    m_timeline->showEntries(m_customerId ? Timeline::of(m_workspace->db(), m_customerId) : QList<TimelineEntry>());
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
    const ReasonEntry entry = dialog.entry();
    m_workspace->undoStack()->push(new LogReasonCommand(m_workspace, entry, &error));
    if (!error.isEmpty()) {
        dialogs::warning(this, tr("Log reason"), error);
        return;
    }
    // Said where staff look, as every other save in the pane.
    showSaved(entry.kind == QLatin1String("complaint")    ? tr("complaint")
                  : entry.kind == QLatin1String("return") ? tr("return")
                                                          : tr("review"));
}

void ProfilePane::revealPhone()
{
    if (!m_customerId || m_fullPhone.isEmpty())
        return;
    if (!m_workspace->may(StoreRoles::Right::SeeFullNumbers)) {
        dialogs::warning(this, tr("Show full number"), StoreRoles::refusal(StoreRoles::Right::SeeFullNumbers));
        return;
    }
    QString error;
    AuditLog(m_workspace->db())
        .record(m_customerId, QStringLiteral("phone_revealed"), QStringLiteral("customer"), m_customerId, {},
                Staff::name(), &error);
    m_contact->setText(m_contact->text().replace(labels::maskedPhone(m_fullPhone), m_fullPhone));
    reloadTimeline();
}

} // namespace huitou
