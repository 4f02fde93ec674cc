#include "ChoiceButton.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMouseEvent>

namespace huitou {

ChoiceButton::ChoiceButton(const QString &anyText, QWidget *parent)
    : QToolButton(parent)
    , m_anyText(anyText)
    , m_menu(new QMenu(this))
{
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMenu(m_menu);
    setAccessibleName(anyText);
    m_menu->installEventFilter(this);
    updateText();
}

void ChoiceButton::clearChoices()
{
    m_menu->clear();
    updateText();
}

void ChoiceButton::addChoice(const QString &label, const QString &key)
{
    QAction *a = m_menu->addAction(label);
    a->setCheckable(true);
    a->setData(key);
    connect(a, &QAction::toggled, this, [this] {
        updateText();
        emit changed();
    });
    updateText();
}

QStringList ChoiceButton::checkedKeys() const
{
    QStringList out;
    for (const QAction *a : m_menu->actions()) {
        if (a->isChecked())
            out << a->data().toString();
    }
    return out;
}

void ChoiceButton::setCheckedKeys(const QStringList &keys)
{
    {
        const QSignalBlocker block(this);
        for (const QString &k : keys) {
            bool known = false;
            for (const QAction *a : m_menu->actions())
                known |= a->data().toString() == k;
            if (!known)
                addChoice(k, k);
        }
        for (QAction *a : m_menu->actions()) {
            const QSignalBlocker blockAction(a);
            a->setChecked(keys.contains(a->data().toString()));
        }
    }
    updateText();
}

bool ChoiceButton::eventFilter(QObject *watched, QEvent *event)
{
    // Ticking keeps the menu open: several choices in one go.
    if (watched == m_menu && event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (QAction *a = m_menu->actionAt(mouse->position().toPoint()); a && a->isCheckable() && a->isEnabled()) {
            a->trigger();
            return true;
        }
    }
    return QToolButton::eventFilter(watched, event);
}

void ChoiceButton::updateText()
{
    QStringList labels;
    for (const QAction *a : m_menu->actions()) {
        if (a->isChecked())
            labels << a->text();
    }
    const QString text = labels.isEmpty() ? m_anyText : labels.join(tr(", "));
    setText(fontMetrics().elidedText(text, Qt::ElideRight, 220));
    setToolTip(labels.isEmpty() ? m_anyText : labels.join(QLatin1Char('\n')));
}

} // namespace huitou
