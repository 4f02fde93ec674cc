#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QPointer>
#include <QWheelEvent>

namespace huitou {

namespace {

bool isValueControl(const QWidget *w)
{
    return qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w);
}

// The combo box or spin box W belongs to (itself, or the line edit inside it).
QWidget *valueControlOf(QWidget *w)
{
    for (QWidget *p = w; p; p = p->parentWidget()) {
        if (isValueControl(p))
            return p;
        if (p->isWindow())
            break; // a combo's open popup is a window of its own: it scrolls freely
    }
    return nullptr;
}

} // namespace

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::install()
{
    static QPointer<WheelGuard> guard;
    if (guard || !qApp)
        return;
    guard = new WheelGuard(qApp);
    qApp->installEventFilter(guard);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // Qt gives combo boxes "wheel focus": a scroll over one would focus it
        // and then change it. Click or Tab focus only.
        auto *w = qobject_cast<QWidget *>(watched);
        if (w && isValueControl(w) && w->focusPolicy() == Qt::WheelFocus)
            w->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    auto *w = qobject_cast<QWidget *>(watched);
    QWidget *control = w ? valueControlOf(w) : nullptr;
    if (!control || control->hasFocus())
        return false;
    // Hand the wheel to the scroll area around the control, as if the control
    // were not there. (Qt propagates only spontaneous wheel events to parents,
    // so it goes straight to the scroll area's viewport.)
    QAbstractScrollArea *area = nullptr;
    for (QWidget *p = control->parentWidget(); p && !area; p = p->isWindow() ? nullptr : p->parentWidget())
        area = qobject_cast<QAbstractScrollArea *>(p);
    if (!area)
        return true;
    auto *wheel = static_cast<QWheelEvent *>(event);
    const QPointF position = w->mapTo(area->viewport(), wheel->position().toPoint());
    QWheelEvent copy(position, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                     wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(area->viewport(), &copy);
    return true;
}

} // namespace huitou
