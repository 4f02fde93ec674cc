#pragma once

#include <QWidget>

namespace huitou {

// The first thing on an empty store: import your orders, or look around a
// generated demo shop first. No dead ends.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

signals:
    void importRequested();
    void demoRequested();
};

} // namespace huitou
