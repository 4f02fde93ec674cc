#include "BackupsDialog.h"

#include "Workspace.h"
#include "common/Dialogs.h"
#include "storage/BackupStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <memory>

namespace huitou {

namespace {

QString reasonText(const QString &reason)
{
    if (reason == QLatin1String("import"))
        return BackupsDialog::tr("before an import");
    if (reason == QLatin1String("revert"))
        return BackupsDialog::tr("before a revert");
    if (reason == QLatin1String("migration"))
        return BackupsDialog::tr("before an upgrade");
    if (reason == QLatin1String("settings"))
        return BackupsDialog::tr("before a settings change");
    if (reason == QLatin1String("restore"))
        return BackupsDialog::tr("before a restore");
    return BackupsDialog::tr("made by hand");
}

} // namespace

BackupsDialog::BackupsDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setObjectName(QStringLiteral("backupsDialog"));
    setWindowTitle(tr("Backups"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A backup of the store is made before every import, revert, upgrade and settings "
                                "change; the newest ones are kept next to the store. Restoring first backs up the "
                                "store as it is, so a restore can be undone."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setAccessibleName(tr("Backups"));
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backUp = buttons->addButton(tr("Back up now"), QDialogButtonBox::ActionRole);
    m_backUp->setObjectName(QStringLiteral("backUpNow"));
    m_restore = buttons->addButton(tr("Restore…"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreBackup"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUp, &QPushButton::clicked, this, &BackupsDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &BackupsDialog::restoreSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this] { m_restore->setEnabled(m_list->currentRow() >= 0); });
    resize(560, 400);
    reload();
}

void BackupsDialog::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &b : BackupStore(m_workspace->db()).list()) {
        auto *item = new QListWidgetItem(tr("%1 · %2 · %3 · %4")
                                             .arg(b.id)
                                             .arg(locale.toString(b.createdAt, QLocale::ShortFormat),
                                                  reasonText(b.reason), locale.formattedDataSize(b.bytes)),
                                         m_list);
        item->setData(Qt::UserRole, b.id);
    }
    m_restore->setEnabled(m_list->currentRow() >= 0);
}

void BackupsDialog::setBusy(bool busy)
{
    m_backUp->setEnabled(!busy);
    m_restore->setEnabled(!busy && m_list->currentRow() >= 0);
    if (busy)
        m_status->setText(tr("Working…"));
}

void BackupsDialog::backUpNow()
{
    setBusy(true);
    auto created = std::make_shared<BackupInfo>();
    m_workspace->runInBackground(
        this,
        [created](QSqlDatabase db, QString *error) {
            return BackupStore(db).create(QStringLiteral("manual"), created.get(), error);
        },
        [this, created](bool ok, const QString &error) {
            setBusy(false);
            reload();
            m_status->setText(ok ? tr("Backup %1 made.").arg(created->id) : error);
        });
}

void BackupsDialog::restoreSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (dialogs::question(this, tr("Restore backup"),
                          tr("Replace the store with backup %1? The store as it is now is backed up first, so you "
                             "can undo this by restoring that backup.")
                              .arg(id))
        != QMessageBox::Yes)
        return;
    setBusy(true);
    auto before = std::make_shared<BackupInfo>();
    m_workspace->runInBackground(
        this,
        [id, before](QSqlDatabase db, QString *error) { return BackupStore(db).restore(id, before.get(), error); },
        [this, id, before](bool ok, const QString &error) {
            setBusy(false);
            reload();
            if (!ok) {
                m_status->setText(error);
                return;
            }
            m_status->setText(tr("Backup %1 restored. The store as it was is backup %2: restore it to undo.")
                                  .arg(id)
                                  .arg(before->id));
            emit m_workspace->dataChanged();
        });
}

} // namespace huitou
