#include "WheelGuard.h"

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
    QWidget *outer = control->parentWidget();
    if (!outer)
        return true;
    // Hand the wheel to the control's parent; unhandled, it travels on up to
    // the scroll area, as if the control were not there.
    auto *wheel = static_cast<QWheelEvent *>(event);
    const QPointF position = control->mapTo(outer, w->mapTo(control, wheel->position().toPoint()));
    QWheelEvent copy(position, wheel->globalPosition(), wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                     wheel->modifiers(), wheel->phase(), wheel->inverted(), wheel->source());
    QCoreApplication::sendEvent(outer, &copy);
    return true;
}

} // namespace huitou
