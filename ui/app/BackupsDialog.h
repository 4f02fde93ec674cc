#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace huitou {

class Workspace;

// File → Backups…: the store's backups (made before every import, revert,
// upgrade and settings change), "Back up now" and "Restore". A restore first
// backs up the current store, so it can be undone by restoring that backup.
// The work runs off the GUI thread.
class BackupsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupsDialog(Workspace *workspace, QWidget *parent = nullptr);

private:
    void reload();
    void backUpNow();
    void restoreSelected();
    void setBusy(bool busy);

    Workspace *m_workspace;
    QListWidget *m_list;
    QLabel *m_status;
    QPushButton *m_backUp;
    QPushButton *m_restore;
};

} // namespace huitou
