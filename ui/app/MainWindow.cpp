#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

namespace huitou {

MainWindow::MainWindow(const QString &storePath, QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Huitou"));
    auto *label = new QLabel(tr("Huitou"), this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    statusBar()->showMessage(storePath);
    resize(1200, 800);
}

} // namespace huitou
