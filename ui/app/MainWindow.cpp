#include "MainWindow.h"

#include "AppIcon.h"
#include "BackupsDialog.h"
#include "ConnectServerDialog.h"
#include "Language.h"
#include "Staff.h"
#include "WelcomePage.h"
#include "Workspace.h"
#include "analytics/AnalyticsService.h"
#include "care/CallbacksPage.h"
#include "care/TodayModel.h"
#include "care/TodayPage.h"
#include "common/Dialogs.h"
#include "common/WheelGuard.h"
#include "customers/CustomersPage.h"
#include "demo/DemoShop.h"
#include "feedback/ToConfirmPage.h"
#include "format/Format.h"
#include "importing/ImportPage.h"
#include "outreach/OutreachPage.h"
#include "reports/ReportsPage.h"
#include "settings/SettingsPage.h"
#include "storage/AnalyticsStore.h"
#include "storage/CustomerStore.h"
#include "storage/Database.h"
#include "storage/StoreLock.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QUndoStack>

#include <memory>

namespace huitou {

MainWindow::MainWindow(const QString &storePath, const QString &connectionName, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(new Workspace(StoreLocation::fromString(storePath), connectionName, this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setWindowIcon(appIcon());
    WheelGuard::install(); // no value changes under a passing mouse wheel, anywhere
    m_storeLabel = new QLabel(this);
    // A long store path is elided by the status bar, never widens the window.
    m_storeLabel->setMinimumWidth(1);
    m_storeLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("statusCustomerCount"));
    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(QStringLiteral("statusStaff"));
    m_asOfLabel = new QLabel(this);
    m_asOfLabel->setObjectName(QStringLiteral("statusAsOf"));
    statusBar()->addWidget(m_storeLabel, 1);
    statusBar()->addPermanentWidget(m_staffLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    buildPages();
    connect(m_workspace, &Workspace::dataChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    rememberStore(storePath);
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: roomy, but never larger than the screen (a 1024 × 700
        // laptop showed a 1360 × 860 window cut off at the right); the margin
        // leaves room for the frame and title bar.
        const QRect available = screen()->availableGeometry();
        const QSize size = QSize(1360, 860).boundedTo(available.size() - QSize(16, 48));
        resize(size);
        move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateStatus();
    // Figures are as of today: refresh them once a day has passed.
    auto recomputed = std::make_shared<bool>(false);
    m_workspace->runInBackground(
        this,
        [recomputed](QSqlDatabase db, QString *error) {
            AnalyticsService service(db);
            if (AnalyticsStore(db).metricsAsOf() == AnalyticsService::today())
                return true;
            *recomputed = true;
            return service.recompute(AnalyticsService::today(), error);
        },
        [this, recomputed](bool, const QString &) {
            if (*recomputed)
                emit m_workspace->dataChanged();
        });
}

MainWindow::~MainWindow() = default;

std::unique_ptr<StoreLock> MainWindow::lockStore(const QString &path, QWidget *parent)
{
    auto lock = std::make_unique<StoreLock>(path);
    if (lock->tryLock())
        return lock;
    const QString text =
        tr("This store is already open in another Huitou window (process %1 on %2):\n%3\n\nTwo windows on one store "
           "can overwrite each other's edits. Open it here anyway?")
            .arg(lock->holderPid())
            .arg(lock->holderHost(), QDir::toNativeSeparators(path));
    if (dialogs::question(parent, tr("Store already open"), text) != QMessageBox::Yes)
        return nullptr;
    return lock; // not holding: the other window keeps the lock
}

void MainWindow::adoptLock(std::unique_ptr<StoreLock> lock)
{
    m_lock = std::move(lock);
}

bool MainWindow::openStore(const QString &path)
{
    if (path.isEmpty())
        return false;
    // A file or a shop server's address (postgresql://…).
    const StoreLocation location = StoreLocation::fromString(path);
    if (location.isServer()
            ? location.toString() == m_workspace->storePath()
            : QFileInfo(path).absoluteFilePath() == QFileInfo(m_workspace->storePath()).absoluteFilePath())
        return true;
    // A server serves several workstations at once; a file is one window's.
    std::unique_ptr<StoreLock> lock = location.isServer() ? nullptr : lockStore(path, this);
    if (!location.isServer() && !lock)
        return false;
    // Save what is typed in the old store, then leave it.
    if (QWidget *central = centralWidget())
        central->hide();
    const QString connection = QStringLiteral("gui");
    Workspace *old = m_workspace;
    Database::close(connection);
    QString error;
    const bool ok = Database::open(location, connection, &error);
    if (!ok) {
        dialogs::warning(this, tr("Open store"), error);
        Database::open(old->location(), connection, &error); // back to the store we had
        if (QWidget *central = centralWidget())
            central->show();
        return false;
    }
    m_lock = std::move(lock);
    m_workspace = new Workspace(location, connection, this);
    buildPages();
    old->deleteLater();
    connect(m_workspace, &Workspace::dataChanged, this, &MainWindow::updateStatus);
    connect(m_workspace, &Workspace::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    rememberStore(path);
    updateStatus();
    m_workspace->setAsOf(QDate()); // figures as of today
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

void MainWindow::connectToServer()
{
    // Starts from the last server used (the recent stores remember it, never a password).
    StoreLocation last = m_workspace->location();
    if (!last.isServer()) {
        for (const QString &recent : QSettings().value(QStringLiteral("stores/recent")).toStringList()) {
            const StoreLocation l = StoreLocation::fromString(recent);
            if (l.isServer()) {
                last = l;
                break;
            }
        }
    }
    ConnectServerDialog dialog(last, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const StoreLocation location = dialog.location();
    Database::setSessionPassword(location, dialog.password()); // this session's memory only
    openStore(location.toString());
}

void MainWindow::newStore()
{
    const QString path = dialogs::saveFile(this, tr("New store"), tr("shop.huitou.db"), tr("Huitou stores (*.db)"));
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::chooseStore()
{
    const QString path = dialogs::openFiles(this, tr("Open store"), tr("Huitou stores (*.db);;All files (*)")).value(0);
    if (!path.isEmpty())
        openStore(path);
}

void MainWindow::rememberStore(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("stores/recent")).toStringList();
    const StoreLocation location = StoreLocation::fromString(path);
    const QString absolute = location.isServer() ? location.toString() : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("stores/recent"), recent);
    fillRecentStores();
}

void MainWindow::fillRecentStores()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("stores/recent")).toStringList();
    for (const QString &path : recent) {
        const bool server = StoreLocation::fromString(path).isServer();
        if (!server && !QFileInfo::exists(path))
            continue;
        QAction *a = m_recentMenu->addAction(server ? path : QDir::toNativeSeparators(path), this,
                                             [this, path] { openStore(path); });
        a->setEnabled(server ? path != m_workspace->storePath()
                             : QFileInfo(path).absoluteFilePath()
                              != QFileInfo(m_workspace->storePath()).absoluteFilePath());
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::buildPages()
{
    const int current = m_navigation ? m_navigation->currentRow() : 0;
    setWindowTitle(tr("Huitou · repeat-customer CRM"));
    menuBar()->clear();
    // The old menus go later too (this may run inside one of their actions).
    for (QMenu *old : menuBar()->findChildren<QMenu *>(QString(), Qt::FindDirectChildrenOnly)) {
        old->setObjectName(QString());
        old->deleteLater();
    }
    m_recentMenu = nullptr;
    auto *central = new QWidget(this);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->addItems({tr("Today"), tr("Customers"), tr("Callbacks"), tr("Reviews"), tr("Import"), tr("Reports"),
                            tr("Outreach"), tr("Settings")});
    m_navigation->setFixedWidth(m_navigation->fontMetrics().horizontalAdvance(QStringLiteral("Customers----")) + 40);
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_navigation->setSpacing(4);
    m_stack = new QStackedWidget(central);
    m_welcome = new WelcomePage(m_stack);
    m_today = new TodayPage(m_workspace, m_stack);
    m_customers = new CustomersPage(m_workspace, m_stack);
    m_callbacks = new CallbacksPage(m_workspace, m_stack);
    m_toConfirm = new ToConfirmPage(m_workspace, m_stack);
    m_import = new ImportPage(m_workspace, m_stack);
    m_reports = new ReportsPage(m_workspace, m_stack);
    m_outreach = new OutreachPage(m_workspace, m_stack);
    m_settings = new SettingsPage(m_workspace, m_stack);
    for (QWidget *page : std::initializer_list<QWidget *>{m_today, m_customers, m_callbacks, m_toConfirm, m_import,
                                                          m_reports, m_outreach, m_settings, m_welcome})
        m_stack->addWidget(page);
    auto *layout = new QHBoxLayout(central);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    // The old pages go later: a language switch runs inside one of their signals.
    if (QWidget *old = takeCentralWidget()) {
        old->hide();
        old->deleteLater();
    }
    setCentralWidget(central);
    central->show();

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) { showPage(Page(row)); });
    connect(m_welcome, &WelcomePage::importRequested, this, [this] {
        showPage(Import);
        m_import->chooseFiles();
    });
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemoShop);
    connect(m_reports, &ReportsPage::bucketActivated, this,
            [this](const QString &stage, const QString &type, const QDate &asOf) {
                showPage(Customers);
                m_customers->showBucket(stage, type, asOf); // the day the report counted them
            });
    connect(m_import, &ImportPage::importFinished, this, &MainWindow::updateStatus);
    connect(m_customers, &CustomersPage::exportRequested, this,
            [this](const std::vector<qint64> &ids, const QString &definition, const QString &label) {
                showPage(Outreach);
                m_outreach->exportAudience(ids, definition, label);
            });
    connect(m_customers, &CustomersPage::segmentRequested, this, [this](const Segment &segment) {
        showPage(Outreach);
        m_outreach->showSegment(segment);
    });
    connect(m_today, &TodayPage::openCustomer, this, &MainWindow::openCustomer);
    connect(m_callbacks, &CallbacksPage::openCustomer, this, &MainWindow::openCustomer);
    connect(m_today, &TodayPage::refreshed, this, &MainWindow::updateTodayCount);
    connect(m_settings, &SettingsPage::languageRequested, this, &MainWindow::setLanguage);
    buildMenus();
    m_navigation->setCurrentRow(current);
    showPage(Page(current));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newStore = file->addAction(tr("&New store…"), this, &MainWindow::newStore);
    newStore->setShortcut(QKeySequence::New);
    QAction *open = file->addAction(tr("&Open store…"), this, &MainWindow::chooseStore);
    open->setShortcut(QKeySequence::Open);
    QAction *server = file->addAction(tr("&Connect to a shop server…"), this, &MainWindow::connectToServer);
    server->setObjectName(QStringLiteral("connectServerAction"));
    m_recentMenu = file->addMenu(tr("Open &recent store"));
    m_recentMenu->setObjectName(QStringLiteral("recentStoresMenu"));
    fillRecentStores();
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import orders…"), this, [this] {
        showPage(Import);
        m_import->chooseFiles();
    });
    import->setObjectName(QStringLiteral("importAction"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    file->addAction(tr("Open the &demo shop"), this, &MainWindow::openDemoShop);
    file->addAction(tr("Change &staff name…"), this, [this] {
        if (Staff::ask(this))
            updateStatus();
    });
    QAction *backups = file->addAction(tr("&Backups…"), this, [this] {
        auto *dialog = new BackupsDialog(m_workspace, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    backups->setObjectName(QStringLiteral("backupsAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_workspace->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction *redo = m_workspace->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("redoAction"));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QString names[] = {tr("&Today"),  tr("&Customers"), tr("Call&backs"), tr("Re&views"),
                             tr("&Import"), tr("&Reports"),   tr("&Outreach"),  tr("&Settings")};
    for (int i = 0; i < PageCount; ++i) {
        QAction *a = go->addAction(names[i], this, [this, i] { showPage(Page(i)); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    QAction *find = go->addAction(tr("&Find customer"), this, [this] {
        showPage(Customers);
        if (auto *search = m_customers->findChild<QWidget *>(QStringLiteral("customerSearch")))
            search->setFocus();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Huitou"), this, [this] {
        QMessageBox::about(this, tr("About Huitou"),
                           tr("<b>Huitou %1</b><br>A repeat-customer CRM for small online shops.<br>Store: %2")
                               .arg(QApplication::applicationVersion(), m_workspace->storePath().toHtmlEscaped()));
    });
}

void MainWindow::showPage(Page page)
{
    if (m_navigation->currentRow() != int(page)) {
        const QSignalBlocker block(m_navigation);
        m_navigation->setCurrentRow(int(page));
    }
    // An empty store shows the welcome instead of an empty customer list.
    if ((page == Customers || page == Today) && m_storeEmpty)
        m_stack->setCurrentWidget(m_welcome);
    else
        m_stack->setCurrentIndex(int(page));
}

void MainWindow::updateStatus()
{
    // Whether there is anyone decides between the welcome and the lists, now;
    // the counts walk two indexes (tens of milliseconds at a million
    // customers) and arrive from a worker thread.
    m_storeEmpty = CustomerStore(m_workspace->db()).isEmpty();
    const QString path = QDir::toNativeSeparators(m_workspace->storePath());
    m_storeLabel->setText(tr("Store: %1").arg(path));
    m_storeLabel->setToolTip(path);
    auto counts = std::make_shared<std::pair<qint64, qint64>>(0, 0);
    const int generation = ++m_countGeneration;
    m_workspace->runInBackground(
        this,
        [counts](QSqlDatabase db, QString *) {
            const CustomerStore customers(db);
            *counts = {customers.count(), customers.countWithoutPaidOrder()};
            return true;
        },
        [this, counts, generation](bool ok, const QString &) {
            if (!ok || generation != m_countGeneration) // a newer count is on its way
                return;
            // The same count the reports give, and what the difference is.
            const auto [all, unpaid] = *counts;
            QString count = tr("%1 customer(s)", nullptr, int(all - unpaid)).arg(format::integer(all - unpaid));
            if (unpaid > 0)
                count += tr(" · %1 without a paid order", nullptr, int(unpaid)).arg(format::integer(unpaid));
            m_countLabel->setText(count);
        });
    // On a shop server the login's role too: it decides what the pages offer.
    m_staffLabel->setText(m_workspace->location().isServer()
                              ? tr("Staff: %1 (%2)").arg(Staff::name(), StoreRoles::displayName(m_workspace->role()))
                              : tr("Staff: %1").arg(Staff::name()));
    const QDate asOf = m_workspace->asOf();
    m_asOfLabel->setText(m_workspace->asOfIsToday() ? tr("Figures as of today (%1)").arg(asOf.toString(Qt::ISODate))
                                                    : tr("Figures as of %1").arg(asOf.toString(Qt::ISODate)));
    if (m_stack->currentWidget() == m_welcome || m_navigation->currentRow() == Customers
        || m_navigation->currentRow() == Today)
        showPage(Page(m_navigation->currentRow()));
}

void MainWindow::openCustomer(qint64 customerId)
{
    showPage(Customers);
    m_customers->showCustomer(customerId, CustomerStore(m_workspace->db()).keyOf(customerId));
}

void MainWindow::updateTodayCount()
{
    const int total = m_today->total();
    if (QListWidgetItem *item = m_navigation->item(Today)) {
        item->setText(total ? tr("Today (%1)").arg(total) : tr("Today"));
        QStringList parts;
        const auto &counts = m_today->model()->result().counts;
        for (int k = 0; k < int(TodayKind::Count); ++k)
            parts << QStringLiteral("%1: %2").arg(TodayList::kindName(TodayKind(k))).arg(counts[size_t(k)]);
        item->setToolTip(parts.join(QLatin1Char('\n')));
    }
}

void MainWindow::openDemoShop()
{
    auto *progress = new QProgressDialog(tr("Creating the demo shop…"), QString(), 0, 0, this);
    progress->setObjectName(QStringLiteral("demoProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(0);
    progress->show();
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo");
    m_workspace->runInBackground(
        this,
        [directory](QSqlDatabase db, QString *error) {
            return DemoShop::create(db, directory, AnalyticsService::today(), error);
        },
        [this, progress](bool ok, const QString &error) {
            dialogs::finishProgress(progress);
            if (!ok)
                dialogs::warning(this, tr("Demo shop"), error);
            emit m_workspace->dataChanged();
            showPage(Customers);
        });
}

void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    Language::apply(language);
    // Rebuild the pages in the new language; the store and undo history stay.
    const QByteArray state = saveState();
    buildPages();
    restoreState(state);
    showPage(Settings);
    updateStatus();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty())
        return;
    showPage(Import);
    m_import->addFiles(files);
    event->acceptProposedAction();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (QWidget *central = centralWidget())
        central->hide(); // the profile saves what was typed

    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace huitou
