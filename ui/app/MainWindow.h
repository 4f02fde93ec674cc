#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace huitou {

class CallbacksPage;
class CustomersPage;
class ImportPage;
class OutreachPage;
class ReportsPage;
class SettingsPage;
class TodayPage;
class ToConfirmPage;
class StoreLock;
class WelcomePage;
class Workspace;

// The staff workspace: navigation on the left (Customers, Import, Reports,
// Settings), the page on the right, the store and its size in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Today, Customers, Callbacks, Reviews, Import, Reports, Outreach, Settings, PageCount };

    MainWindow(const QString &storePath, const QString &connectionName, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    TodayPage *todayPage() const { return m_today; }
    CallbacksPage *callbacksPage() const { return m_callbacks; }
    ToConfirmPage *toConfirmPage() const { return m_toConfirm; }
    CustomersPage *customersPage() const { return m_customers; }
    void openCustomer(qint64 customerId);
    ImportPage *importPage() const { return m_import; }
    ReportsPage *reportsPage() const { return m_reports; }
    OutreachPage *outreachPage() const { return m_outreach; }
    SettingsPage *settingsPage() const { return m_settings; }
    void showPage(Page page);
    void openDemoShop();
    void setLanguage(const QString &language);

    // Stores: File → New store…, Open store…, recent stores. Switching keeps
    // the window; the old store's edits are saved first.
    bool openStore(const QString &path);
    void newStore();
    void chooseStore();
    // Takes the store's lock; when another window or process holds it, says
    // so and asks. Returns the lock, or null when the user declined.
    static std::unique_ptr<StoreLock> lockStore(const QString &path, QWidget *parent);
    void adoptLock(std::unique_ptr<StoreLock> lock);
    // File → Connect to a shop server…
    void connectToServer();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildPages();
    void buildMenus();
    void updateStatus();
    void fillRecentStores();
    void rememberStore(const QString &path);

    Workspace *m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    TodayPage *m_today = nullptr;
    CallbacksPage *m_callbacks = nullptr;
    ToConfirmPage *m_toConfirm = nullptr;
    CustomersPage *m_customers = nullptr;
    QLabel *m_staffLabel = nullptr;
    void updateTodayCount();
    ImportPage *m_import = nullptr;
    ReportsPage *m_reports = nullptr;
    OutreachPage *m_outreach = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<StoreLock> m_lock;
    bool m_storeEmpty = true;
    int m_countGeneration = 0; // the status bar shows the latest count only
};

} // namespace huitou
