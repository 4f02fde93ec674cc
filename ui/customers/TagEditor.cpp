#include "TagEditor.h"

#include "app/Workspace.h"
#include "commands/SetTagsCommand.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QTimer>
#include <QToolButton>

namespace huitou {

TagEditor::TagEditor(Workspace *workspace, QWidget *parent)
    : QGroupBox(tr("Tags"), parent)
    , m_workspace(workspace)
    , m_form(new QFormLayout(this))
{
}

void TagEditor::showCustomer(qint64 customerId)
{
    m_customerId = customerId;
    QWidget *popup = QApplication::activePopupWidget();
    if (popup && isAncestorOf(popup->parentWidget()))
        m_stale = true; // a tag menu is open: rebuild when it closes
    else
        rebuild();
}

void TagEditor::rebuild()
{
    TagStore store(m_workspace->db());
    const QList<CustomerTag> tags = store.tagsOf(m_customerId);
    const QList<TagGroup> groups = store.groups();
    // What the editors show, in one string: when nothing changed (a reload
    // after a change elsewhere, or this pane's own save coming back), the
    // editors stay, and so do the keyboard focus and an open list.
    QStringList shown{QString::number(m_customerId)};
    for (const TagGroup &g : groups)
        shown << g.key + QLatin1Char('=') + g.kind + QLatin1Char(':') + g.values.join(QLatin1Char('|'));
    for (const CustomerTag &t : tags)
        shown << t.group + QLatin1Char(t.automatic ? '~' : '=') + t.value;
    if (shown == m_shown && m_form->rowCount() > 0)
        return;
    m_shown = shown;
    m_rebuilding = true;
    // Staff tagging from the keyboard keep their place: the new editor of the
    // group that had the focus gets it back.
    QWidget *focused = focusWidget();
    const QString focusedGroup = focused && isAncestorOf(focused) ? editorOf(focused)->objectName() : QString();
    // Old editors go later: this may run inside one of their own signals.
    while (m_form->rowCount() > 0) {
        const QFormLayout::TakeRowResult row = m_form->takeRow(0);
        for (QLayoutItem *item : {row.labelItem, row.fieldItem}) {
            if (item && item->widget()) {
                item->widget()->hide();
                item->widget()->deleteLater();
            }
            delete item;
        }
    }
    // One query for every group's tags (manual ones in value order, as
    // TagStore::manualValues gives them), not one per group.
    QHash<QString, QStringList> automatic, manualByGroup;
    for (const CustomerTag &t : tags)
        (t.automatic ? automatic : manualByGroup)[t.group] << t.value;
    for (const TagGroup &g : groups) {
        const QString autoText = automatic.value(g.key).join(tr(", "));
        if (g.isSingle())
            addSingleValueEditor(g, manualByGroup.value(g.key), autoText);
        else
            addMultiValueEditor(g, manualByGroup.value(g.key), autoText);
    }
    for (int row = 0; !focusedGroup.isEmpty() && row < m_form->rowCount(); ++row) {
        QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
        if (field && field->widget() && field->widget()->objectName() == focusedGroup)
            field->widget()->setFocus();
    }
    m_rebuilding = false;
}

QWidget *TagEditor::editorOf(QWidget *child) const
{
    // An editable combo's focus sits in its line edit: the editor is this box's direct child.
    while (child->parentWidget() && child->parentWidget() != this)
        child = child->parentWidget();
    return child;
}

void TagEditor::addSingleValueEditor(const TagGroup &g, const QStringList &manual, const QString &autoText)
{
    auto *combo = new QComboBox(this);
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
        if (m_rebuilding)
            return;
        QString value = combo->currentData().toString();
        if (combo->isEditable() && combo->currentIndex() <= 0)
            value = combo->currentText().trimmed();
        setValues(group, value.isEmpty() ? QStringList() : QStringList{value});
    };
    connect(combo, QOverload<int>::of(&QComboBox::activated), this, commit);
    if (combo->isEditable())
        connect(combo->lineEdit(), &QLineEdit::editingFinished, this, commit);
    m_form->addRow(g.displayName(), combo);
}

void TagEditor::addMultiValueEditor(const TagGroup &g, const QStringList &manual, const QString &autoText)
{
    auto *button = new QToolButton(this);
    button->setObjectName(QStringLiteral("tag_") + g.key);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    const auto shown = [this, autoText](const QStringList &values) {
        return !values.isEmpty()  ? values.join(tr(", "))
            : !autoText.isEmpty() ? tr("%1 (automatic)").arg(autoText)
                                  : tr("(none)");
    };
    button->setText(shown(manual));
    auto *menu = new QMenu(button);
    menu->setObjectName(QStringLiteral("tagMenu_") + g.key);
    menu->installEventFilter(this); // stays open while ticking
    const QString group = g.key;
    for (const QString &v : g.values) {
        QAction *a = menu->addAction(v);
        a->setCheckable(true);
        a->setChecked(manual.contains(v));
        connect(a, &QAction::toggled, this, [this, group, menu, button, shown] {
            QStringList values;
            for (QAction *each : menu->actions())
                if (each->isChecked())
                    values << each->text();
            button->setText(shown(values));
            setValues(group, values);
        });
    }
    connect(menu, &QMenu::aboutToHide, this, [this] {
        if (m_stale)
            QTimer::singleShot(0, this, [this] {
                m_stale = false;
                rebuild();
            });
    });
    button->setMenu(menu);
    m_form->addRow(g.displayName(), button);
}

void TagEditor::setValues(const QString &group, const QStringList &values)
{
    const QStringList before = TagStore(m_workspace->db()).manualValues(m_customerId, group);
    if (before == values)
        return;
    m_workspace->undoStack()->push(
        new SetTagsCommand(m_workspace, group, {{m_customerId, before}}, {{m_customerId, values}}, tr("Tag customer")));
    emit saved(tr("tag"));
}

bool TagEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A multi-value tag menu stays open while values are ticked, by mouse or
    // by Space on the highlighted value (Enter still ticks and closes).
    auto *menu = qobject_cast<QMenu *>(watched);
    if (!menu)
        return QGroupBox::eventFilter(watched, event);
    QAction *action = nullptr;
    if (event->type() == QEvent::MouseButtonRelease)
        action = menu->actionAt(static_cast<QMouseEvent *>(event)->position().toPoint());
    else if (event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space)
        action = menu->activeAction();
    if (action && action->isCheckable() && action->isEnabled()) {
        action->trigger();
        return true;
    }
    return QGroupBox::eventFilter(watched, event);
}

} // namespace huitou
