#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace huitou {

class CustomersPage;
class ImportPage;
class OutreachPage;
class ReportsPage;
class SettingsPage;
class StoreLock;
class WelcomePage;
class Workspace;

// The staff workspace: navigation on the left (Customers, Import, Reports,
// Settings), the page on the right, the store and its size in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Customers, Import, Reports, Outreach, Settings };

    MainWindow(const QString &storePath, const QString &connectionName, QWidget *parent = nullptr);
    ~MainWindow() override;

    Workspace *workspace() const { return m_workspace; }
    CustomersPage *customersPage() const { return m_customers; }
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
    CustomersPage *m_customers = nullptr;
    ImportPage *m_import = nullptr;
    ReportsPage *m_reports = nullptr;
    OutreachPage *m_outreach = nullptr;
    SettingsPage *m_settings = nullptr;
    QLabel *m_storeLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QMenu *m_recentMenu = nullptr;
    std::unique_ptr<StoreLock> m_lock;
    qint64 m_customerCount = 0;
};

} // namespace huitou
