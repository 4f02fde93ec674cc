#pragma once

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace huitou {

class TodayModel;
class Workspace;

// 今日待办: the care list of a day (default today) with Done / Skip / open
// the profile; counts per kind on the left. Computed off the GUI thread.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    explicit TodayPage(Workspace *workspace, QWidget *parent = nullptr);
    void refresh();
    TodayModel *model() const { return m_model; }
    int total() const;

signals:
    void openCustomer(qint64 customerId);
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void close(const QString &status);
    void updateButtons();
    void updateKinds();

    Workspace *m_workspace;
    QDateEdit *m_date;
    QListWidget *m_kinds;
    QTableView *m_table;
    TodayModel *m_model;
    QPushButton *m_done, *m_skip, *m_open;
    QLabel *m_summary;
    int m_generation = 0;
    bool m_stale = true;
};

} // namespace huitou
