#pragma once

#include <QObject>

namespace huitou {

// Keeps the mouse wheel from changing values behind the user's back: a combo
// box or spin box that does not have the keyboard focus never takes a wheel
// event; the event goes to what is around it (the pane scrolls instead), and
// such controls no longer take the focus from the wheel. Installed once on
// the application, it covers every page and dialog.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);
    // Installs one guard on the running application (idempotent).
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace huitou
