// Workspace benchmark on a big store (e.g. the one bench_report builds):
// start to interactive window, customers page first rows, a filter change,
// a search, a profile, jump to the last row, process memory. Each figure is
// also printed as "name<TAB>value" for tests/bench/run-all.
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

#include <QFile>

#include <sys/resource.h>
#include <unistd.h>

using namespace huitou;

namespace {

// Resident memory now (not the peak), from /proc.
qint64 residentMegabytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) / (1024 * 1024) : -1;
}

void figure(QTextStream &out, const char *name, qint64 value)
{
    out << name << '\t' << value << Qt::endl;
}

} // namespace

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
        figure(out, "start to interactive window", start.elapsed());
        out << "start to interactive window: " << start.elapsed() << " ms" << Qt::endl;

        QElapsedTimer t;
        t.start();
        window.showPage(MainWindow::Customers);
        if (reloaded.isEmpty())
            reloaded.wait(30000);
        auto *table = page->findChild<QTableView *>(QStringLiteral("customerTable"));
        table->viewport()->repaint();
        figure(out, "customers page: first rows painted", t.elapsed());
        out << "customers page, first rows painted: " << t.elapsed() << " ms after showing it (" << page->matchCount()
            << " customers; list computed off the GUI thread from start: " << start.elapsed() << " ms)" << Qt::endl;

        auto *stage = page->findChild<QComboBox *>(QStringLiteral("stageFilter"));
        reloaded.clear();
        t.restart();
        stage->setCurrentIndex(stage->findData(QStringLiteral("sleeping")));
        reloaded.wait(30000);
        table->viewport()->repaint();
        figure(out, "customers page: filter change", t.elapsed());
        out << "filter change (stage = sleeping, " << page->matchCount() << " customers): " << t.elapsed() << " ms"
            << Qt::endl;

        stage->setCurrentIndex(0);
        reloaded.wait(30000);
        auto *search = page->findChild<QLineEdit *>(QStringLiteral("customerSearch"));
        reloaded.clear();
        t.restart();
        search->setText(QStringLiteral("8888"));
        reloaded.wait(30000);
        table->viewport()->repaint();
        figure(out, "customers page: search 8888", t.elapsed());
        out << "search '8888' (" << page->matchCount() << " matches): " << t.elapsed() << " ms" << Qt::endl;
        search->clear();
        reloaded.wait(30000);

        // A nick search: the first customer's key less its first character.
        const QString nick = table->model()->index(0, 0).data().toString().mid(1);
        reloaded.clear();
        t.restart();
        search->setText(nick);
        reloaded.wait(30000);
        table->viewport()->repaint();
        figure(out, "customers page: nick search", t.elapsed());
        out << "search '" << nick << "' (" << page->matchCount() << " matches): " << t.elapsed() << " ms" << Qt::endl;
        search->clear();
        reloaded.wait(30000);

        // The profile of the row clicked, loaded and painted.
        t.restart();
        table->setCurrentIndex(table->model()->index(3, 0));
        window.repaint();
        figure(out, "customers page: profile load", t.elapsed());
        out << "profile shown: " << t.elapsed() << " ms" << Qt::endl;

        t.restart();
        table->scrollToBottom();
        table->viewport()->repaint();
        out << "jump to the last row: " << t.elapsed() << " ms" << Qt::endl;
        QTest::qWait(1000);
        figure(out, "resident memory, idle MB", residentMegabytes());

        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        out << "peak memory: " << usage.ru_maxrss / 1024 << " MB" << Qt::endl;
        figure(out, "peak memory MB", usage.ru_maxrss / 1024);
    }
    Database::close(QStringLiteral("gui"));
    return 0;
}
