#include "WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace huitou {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *title = new QLabel(tr("Welcome to Huitou"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 2);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(tr("Huitou helps your shop win back its customers: import the order reports from the "
                               "Taobao back end and see who buys again, who is slipping away, and whom to care for "
                               "today."),
                            this);
    text->setWordWrap(true);
    text->setFixedWidth(560);
    auto *import = new QPushButton(tr("Import your orders…"), this);
    import->setObjectName(QStringLiteral("welcomeImportButton"));
    auto *demo = new QPushButton(tr("Open the demo shop"), this);
    demo->setObjectName(QStringLiteral("welcomeDemoButton"));
    for (QPushButton *b : {import, demo}) {
        b->setMinimumHeight(44);
        b->setMinimumWidth(260);
    }
    auto *hint = new QLabel(tr("The demo shop is a generated women's-clothing shop with three years of orders; "
                               "you can import your own orders at any time."),
                            this);
    hint->setWordWrap(true);
    hint->setFixedWidth(560);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *>{title, text, import, demo, hint})
        layout->addWidget(w, 0, Qt::AlignHCenter);
    layout->addStretch();
    layout->setSpacing(16);
    connect(import, &QPushButton::clicked, this, &WelcomePage::importRequested);
    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
}

} // namespace huitou
