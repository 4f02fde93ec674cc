// Workspace benchmark on a big store (e.g. the one bench_report builds):
// start to interactive window, customers page first rows, a filter change,
// a search, jump to the last row, process memory.
//   QT_QPA_PLATFORM=offscreen bench_ui --db STORE
#include "app/Language.h"
#include "app/MainWindow.h"
#include "customers/CustomerTableModel.h"
#include "customers/CustomersPage.h"
#include "storage/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <sys/resource.h>

using namespace huitou;

int main(int argc, char *argv[])
{
    QElapsedTimer start;
    start.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HuitouBench"));
    const QStringList args = app.arguments();
    const int i = int(args.indexOf(QStringLiteral("--db")));
    if (i < 0 || i + 1 >= args.size()) {
        qCritical("usage: bench_ui --db STORE");
        return 2;
    }
    const QString db = args[i + 1];
    Language::apply(QStringLiteral("zh_CN"));
    QString error;
    if (!Database::open(StoreLocation::file(db), QStringLiteral("gui"), &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    QTextStream out(stdout);
    out << "store opened: " << start.elapsed() << " ms" << Qt::endl;
    {
        MainWindow window(db, QStringLiteral("gui"));
        out << "window built: " << start.elapsed() << " ms" << Qt::endl;
        CustomersPage *page = window.customersPage();
        QSignalSpy reloaded(page, &CustomersPage::reloaded);
        window.show();
        QApplication::processEvents();
        out << "start to interactive window: " << start.elapsed() << " ms" << Qt::endl;

        QElapsedTimer t;
        t.start();
        window.showPage(MainWindow::Customers);
        if (reloaded.isEmpty())
            reloaded.wait(30000);
        auto *table = page->findChild<QTableView *>(QStringLiteral("customerTable"));
        table->viewport()->repaint();
        out << "customers page, first rows painted: " << t.elapsed() << " ms after showing it (" << page->matchCount()
            << " customers; list computed off the GUI thread from start: " << start.elapsed() << " ms)" << Qt::endl;

        auto *stage = page->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        reloaded.clear();
        t.restart();
        stage->setCurrentIndex(stage->findData(QStringLiteral("sleeping")));
        reloaded.wait(30000);
        table->viewport()->repaint();
        out << "filter change (stage = sleeping, " << page->matchCount() << " customers): " << t.elapsed() << " ms"
            << Qt::endl;

        stage->setCurrentIndex(0);
        reloaded.wait(30000);
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        reloaded.clear();
        t.restart();
        search->setText(QStringLiteral("8888"));
        reloaded.wait(30000);
        out << "search '8888' (" << page->matchCount() << " matches): " << t.elapsed() << " ms" << Qt::endl;
        search->clear();
        reloaded.wait(30000);

        t.restart();
        table->scrollToBottom();
        table->viewport()->repaint();
        out << "jump to the last row: " << t.elapsed() << " ms" << Qt::endl;

        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out << "peak memory: " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
    }
    Database::close(QStringLiteral("gui"));
    return 0;
}
