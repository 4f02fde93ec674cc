// Renders every page of the real main window to PNG, in one language, for
// the README and for looking at what we build:
//   screenshots --db STORE --lang zh_CN|en --out DIR [--demo]
#include "analytics/AnalyticsService.h"
#include "app/Language.h"
#include "app/MainWindow.h"
#include "app/Workspace.h"
#include "care/CallbackService.h"
#include "customers/CustomersPage.h"
#include "customers/ProfilePane.h"
#include "outreach/ExportContactsDialog.h"
#include "outreach/OutreachPage.h"
#include "reports/MonthlyReportPdf.h"
#include "reports/ReportsPage.h"
#include "storage/CustomerListQuery.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/NoteStore.h"
#include "storage/ProfileStore.h"
#include "storage/ReasonStore.h"
#include "storage/SampleStore.h"
#include "storage/SurveyStore.h"

#include "reports/ReportsPage.h"
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace huitou;

namespace {
void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QTest::qWait(50);
}
} // namespace

// Voice-of-the-customer data on the demo shop, through the same core calls
// staff make: complaints, returns and reviews this month and last, a callback
// sample with answers, review suggestions to confirm.
void seedCare(QSqlDatabase db)
{
    if (!SampleStore(db).samples().isEmpty())
        return;
    const QDate today = AnalyticsService::today();
    QList<qint64> ids;
    CustomerStore(db).forEach(
        [&ids](const CustomerContact &c) {
            ids << c.id;
            return ids.size() < 400;
        },
        nullptr);
    const char *const complaints[] = {"size_small", "slow_delivery", "size_small", "colour_differs", "attitude",
                                      "size_large", "wrong_item",    "size_small", "slow_delivery",  "fabric"};
    const char *const returns[] = {"size_small",   "size_large",     "not_as_pictured", "size_small",
                                   "changed_mind", "colour_differs", "size_large",      "poor_quality"};
    const char *const reviews[] = {"colour_differs", "too_thin",   "slow_delivery",
                                   "pilling",        "size_small", "workmanship"};
    ReasonStore reasons(db);
    QString error;
    int k = 0;
    for (int month = 0; month < 2; ++month) {
        const QDate base = month == 0 ? today : today.addMonths(-1);
        for (int i = 0; i < 26 - 8 * month; ++i, ++k) {
            ReasonEntry e;
            e.customerId = ids.value(k % ids.size());
            e.loggedDay = QDate(base.year(), base.month(), 1 + (i * 7) % std::min(base.day(), 28));
            e.kind = i % 3 == 0 ? QStringLiteral("return")
                : i % 3 == 1    ? QStringLiteral("complaint")
                                : QStringLiteral("review");
            e.reasonCode = QString::fromLatin1(e.kind == QLatin1String("return") ? returns[(i + month) % 8]
                                                   : e.kind == QLatin1String("complaint")
                                                   ? complaints[(i + 3 * month) % 10]
                                                   : reviews[(i + month) % 6]);
            // Complaints and returns name her latest order and its first line (product feedback).
            if (e.kind != QLatin1String("review")) {
                const QList<OrderSummary> orders = CustomerListQuery(db).orders(e.customerId);
                if (!orders.isEmpty()) {
                    e.orderId = reasons.orderOfCustomer(e.customerId, orders.first().orderNo, &error);
                    const auto lines = reasons.itemsOfOrder(e.orderId);
                    if (!lines.isEmpty())
                        e.itemId = lines.first().first;
                }
            }
            const qint64 id = reasons.add(e, QStringLiteral("小周"), &error);
            if (id && (i % 4 != 0 || month == 1) && e.kind != QLatin1String("review"))
                reasons.resolve(id, QStringLiteral("已换货"), e.loggedDay.addDays(2), QStringLiteral("小周"), &error);
        }
    }
    const char *const texts[] = {"洗了一次就掉色，有点失望", "物流太慢了，等了五天", "尺码偏小，建议拍大一码",
                                 "线头很多"};
    const char *const codes[] = {"fading", "slow_delivery", "size_small", "workmanship"};
    for (int i = 0; i < 4; ++i) {
        ReasonEntry e;
        e.customerId = ids.value(100 + i);
        e.kind = QStringLiteral("review");
        e.reasonCode = QString::fromLatin1(codes[i]);
        e.text = QString::fromUtf8(texts[i]);
        e.loggedDay = today;
        e.source = QStringLiteral("review");
        e.confirmed = false;
        reasons.add(e, QStringLiteral("小周"), &error);
    }
    SampleRequest request;
    request.month = today;
    request.population = QStringLiteral("last-month-buyers");
    request.size = 30;
    request.samplingDay = today;
    bool existed = false;
    const auto sample = CallbackService::draw(db, request, QStringLiteral("小周"), &existed, &error);
    if (!sample)
        return;
    const auto members = SampleStore(db).members(sample->id);
    for (int i = 0; i < std::min<int>(12, int(members.size())); ++i) {
        SurveyAnswer a;
        a.sampleId = sample->id;
        a.customerId = members[i].customerId;
        a.reached = i % 5 == 4 ? QStringLiteral("no_answer") : QStringLiteral("yes");
        if (a.reached == QLatin1String("yes")) {
            a.satisfaction = 3 + (i * 7) % 3;
            a.buyAgain = i % 4 == 1 ? QStringLiteral("unsure") : QStringLiteral("yes");
            if (i % 3 == 0)
                a.problemCodes = {QStringLiteral("size_small")};
            if (i % 4 == 2)
                a.problemCodes << QStringLiteral("slow_delivery");
            a.followUp = i == 2;
        }
        a.answeredDay = today;
        SurveyStore(db).save(a, QStringLiteral("小周"), &error);
    }
    NoteStore(db).add(ids.value(1), QStringLiteral("穿M码，偏爱森系棉麻；上次说裙子偏短"), QStringLiteral("小周"),
                      &error);
}

qint64 seededCustomer(QSqlDatabase db)
{
    const QList<ReasonEntry> open = ReasonStore(db).openEntries();
    return open.isEmpty() ? 0 : open.first().customerId;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("HuitouScreenshots"));
    QApplication::setApplicationName(QStringLiteral("Huitou"));
    QString db, lang = QStringLiteral("zh_CN"), out = QStringLiteral(".");
    QString settingsShot; // --settings-shot NAME: only the Settings page (its last tab), as NAME-<lang>.png
    QString conflictShot; // --conflict-shot NAME: the dialog of two workstations editing one profile
    QString connectShot; // --connect-shot NAME: File → Connect to a shop server…
    bool demo = false, dark = false;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[++i];
        else if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            lang = args[++i];
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == QLatin1String("--settings-shot") && i + 1 < args.size())
            settingsShot = args[++i];
        else if (args[i] == QLatin1String("--connect-shot") && i + 1 < args.size())
            connectShot = args[++i];
        else if (args[i] == QLatin1String("--conflict-shot") && i + 1 < args.size())
            conflictShot = args[++i];
        else if (args[i] == QLatin1String("--demo"))
            demo = true;
        else if (args[i] == QLatin1String("--dark"))
            dark = true;
    }
    Language::apply(lang.section(QLatin1Char('-'), 0, 0));
    QSettings().setValue(QStringLiteral("staff/name"), QStringLiteral("小王")); // exports need an operator
    if (dark) { // check the charts and tables on a dark palette
        QApplication::setStyle(QStringLiteral("Fusion"));
        QPalette p;
        p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        p.setColor(QPalette::AlternateBase, QColor(0x33, 0x33, 0x33));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc0));
        QApplication::setPalette(p);
        lang += QStringLiteral("-dark");
    }
    QString error;
    // A store file or a shop server (postgresql://login@host/shop: that login's role).
    if (!Database::open(StoreLocation::fromString(db), QStringLiteral("gui"), &error)) {
        qCritical("%s", qPrintable(error));
        return 1;
    }
    QDir().mkpath(out);
    {
        MainWindow window(db, QStringLiteral("gui"));
        window.resize(1440, 900);
        window.show();
        settle(1500);
        if (!settingsShot.isEmpty()) {
            window.showPage(MainWindow::Settings);
            if (auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("settingsTabs")))
                tabs->setCurrentIndex(tabs->count() - 1);
            settle(1500);
            window.grab().save(out + QStringLiteral("/%1-%2.png").arg(settingsShot, lang));
            return 0;
        }
        if (!connectShot.isEmpty()) {
            QTimer::singleShot(800, [&] {
                if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("connectServerDialog"))) {
                    dialog->grab().save(out + QStringLiteral("/%1-%2.png").arg(connectShot, lang));
                    dialog->reject();
                }
            });
            window.findChild<QAction *>(QStringLiteral("connectServerAction"))->trigger();
            return 0;
        }
        if (!conflictShot.isEmpty()) {
            // Another workstation sets the birthday while staff type another one.
            QSqlQuery first(Database::connection(QStringLiteral("gui")));
            const qint64 id = first.exec(QStringLiteral("SELECT MIN(id) FROM customers")) && first.next()
                ? first.value(0).toLongLong()
                : 0;
            window.openCustomer(id);
            settle(1000);
            QString error;
            if (!Database::openAnother(Database::connection(QStringLiteral("gui")), QStringLiteral("other"), &error))
                qFatal("%s", qPrintable(error));
            {
                ProfileStore other(Database::connection(QStringLiteral("other")));
                CustomerProfile hers = other.load(id);
                hers.birthday = QStringLiteral("03-08");
                other.save(id, hers, &error, QStringLiteral("小李"));
            }
            ProfilePane *pane = window.customersPage()->profile();
            pane->findChild<QLineEdit *>(QStringLiteral("birthdayEdit"))->setText(QStringLiteral("05-01"));
            QTimer::singleShot(800, [&] {
                if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                    window.grab().save(out + QStringLiteral("/%1-window-%2.png").arg(conflictShot, lang));
                    box->grab().save(out + QStringLiteral("/%1-%2.png").arg(conflictShot, lang));
                    box->reject();
                }
            });
            pane->commitProfile();
            Database::close(QStringLiteral("other"));
            return 0;
        }
        if (demo) {
            window.grab().save(out + QStringLiteral("/welcome-%1.png").arg(lang));
            window.openDemoShop();
            settle(15000);
        }
        seedCare(Database::connection(QStringLiteral("gui")));
        emit window.workspace()->careChanged();
        window.showPage(MainWindow::Today);
        settle(2000);
        window.grab().save(out + QStringLiteral("/today-%1.png").arg(lang));
        window.showPage(MainWindow::Callbacks);
        settle(1500);
        window.grab().save(out + QStringLiteral("/callbacks-%1.png").arg(lang));
        window.showPage(MainWindow::Reviews);
        settle(800);
        window.grab().save(out + QStringLiteral("/reviews-%1.png").arg(lang));
        if (const qint64 id = seededCustomer(Database::connection(QStringLiteral("gui")))) {
            window.openCustomer(id);
            settle(1500);
            if (auto *timeline = window.findChild<QWidget *>(QStringLiteral("timelineTree")))
                for (QWidget *w = timeline->parentWidget(); w; w = w->parentWidget())
                    if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                        scroll->ensureWidgetVisible(timeline, 0, 0);
                        break;
                    }
            settle(500);
            window.grab().save(out + QStringLiteral("/timeline-%1.png").arg(lang));
        }
        window.showPage(MainWindow::Customers);
        settle(1500);
        auto *table = window.customersPage()->findChild<QTableView *>(QStringLiteral("customerTable"));
        if (table && table->model()->rowCount() > 3)
            table->selectRow(3);
        settle(800);
        window.grab().save(out + QStringLiteral("/customers-%1.png").arg(lang));
        // The whole profile, orders included, not only what the pane shows.
        if (auto *scroll = window.customersPage()->findChild<QScrollArea *>(QStringLiteral("profileScroll"))) {
            scroll->widget()->grab().save(out + QStringLiteral("/profile-%1.png").arg(lang));
            // Her orders as the pane shows them, scrolled down.
            scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
            settle(500);
            scroll->grab().save(out + QStringLiteral("/profile-orders-%1.png").arg(lang));
            scroll->verticalScrollBar()->setValue(0);
        }
        // A small laptop screen: nothing clipped, the window keeps its size.
        window.resize(1024, 700);
        settle(800);
        if (table && table->model()->rowCount() > 5)
            table->selectRow(5);
        settle(800);
        window.grab().save(out + QStringLiteral("/customers-1024-%1.png").arg(lang));
        window.resize(1440, 900);
        settle(500);
        window.showPage(MainWindow::Import);
        settle(500);
        window.grab().save(out + QStringLiteral("/import-%1.png").arg(lang));
        window.showPage(MainWindow::Reports);
        settle(3000);
        window.grab().save(out + QStringLiteral("/reports-%1.png").arg(lang));
        auto *tabs = window.reportsPage()->findChild<QTabWidget *>(QStringLiteral("reportTabs"));
        for (int i = 1; tabs && i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            settle(300);
            window.grab().save(out + QStringLiteral("/report%1-%2.png").arg(i).arg(lang));
        }
        window.showPage(MainWindow::Outreach);
        settle(2500);
        window.grab().save(out + QStringLiteral("/outreach-%1.png").arg(lang));
        // The campaign list on a small screen: every column in reach.
        window.resize(1024, 700);
        settle(800);
        window.grab().save(out + QStringLiteral("/outreach-1024-%1.png").arg(lang));
        window.resize(1440, 900);
        settle(300);
        {
            // The example: sleeping returning customers, VIP and above, who bought a dress.
            Segment s;
            s.stages << Stage::Sleeping;
            s.types << CustomerType::Returning;
            s.tiers << Tier::Vip << Tier::SupremeVip;
            s.productTitle = QStringLiteral("连衣裙");
            window.outreachPage()->showSegment(s);
            settle(1500);
            window.grab().save(out + QStringLiteral("/outreach-builder-%1.png").arg(lang));
            window.outreachPage()->showSegment(Segment());
            settle(500);
        }
        if (auto *button = window.outreachPage()->findChild<QPushButton *>(QStringLiteral("exportSegmentButton"))) {
            button->click();
            settle(2500);
            if (auto *dialog = window.outreachPage()->findChild<ExportContactsDialog *>()) {
                if (auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("templateEdit")))
                    edit->setPlainText(QStringLiteral("【回头小店】{name}您好，好久不见！送您一张{coupon}，7天内有效，"
                                                      "上次买的{last_item}还合身吗？回T退订"));
                if (auto *coupon = dialog->findChild<QLineEdit *>(QStringLiteral("couponEdit")))
                    coupon->setText(QStringLiteral("满199减30券"));
                settle(1500);
                dialog->grab().save(out + QStringLiteral("/export-dialog-%1.png").arg(lang));
                dialog->close();
            }
        }
        window.showPage(MainWindow::Settings);
        settle(2000);
        window.grab().save(out + QStringLiteral("/settings-%1.png").arg(lang));
        // File → Backups… (the dialog the menu entry opens).
        if (QAction *backups = window.findChild<QAction *>(QStringLiteral("backupsAction"))) {
            backups->trigger();
            settle(500);
            if (auto *dialog = window.findChild<QDialog *>(QStringLiteral("backupsDialog"))) {
                dialog->grab().save(out + QStringLiteral("/backups-%1.png").arg(lang));
                dialog->close();
            }
        }
        // The last complete month's PDF, to look at with pdftoppm.
        QString pdfError;
        const int lastMonth = months::of(AnalyticsService::today()) - 1;
        if (!MonthlyReportPdf::write(Database::connection(QStringLiteral("gui")), lastMonth,
                                     out + QStringLiteral("/monthly-%1.pdf").arg(lang), &pdfError))
            qWarning("PDF: %s", qPrintable(pdfError));
    }
    Database::close(QStringLiteral("gui"));
    return 0;
}
