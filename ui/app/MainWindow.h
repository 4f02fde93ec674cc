#pragma once

#include <QMainWindow>

namespace huitou {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &storePath, QWidget *parent = nullptr);
};

} // namespace huitou
