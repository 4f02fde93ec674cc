#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;
class QTreeWidget;
class QFormLayout;

namespace huitou {

class Workspace;

// One customer at a glance while chatting with her: identity, figures,
// orders with their SKUs, tags, birthday, consent and notes. Every edit goes
// through the undo stack.
class ProfilePane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePane(Workspace *workspace, QWidget *parent = nullptr);
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }

private:
    void reload();
    void rebuildTags();
    void setTagValues(const QString &group, const QStringList &values);
    void saveProfile();
    void addNote();
    void logReason();
    void revealPhone();
    void reloadTimeline();

    Workspace *m_workspace;
    qint64 m_customerId = 0;
    QLabel *m_title = nullptr;
    QLabel *m_contact = nullptr;
    QHash<QString, QLabel *> m_figures;
    QFormLayout *m_tagsForm = nullptr;
    QWidget *m_tagsBox = nullptr;
    QLineEdit *m_birthday = nullptr;
    QComboBox *m_consent = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QTreeWidget *m_orders = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QString m_fullPhone;
    bool m_loading = false;
};

} // namespace huitou
