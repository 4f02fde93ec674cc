#pragma once

#include "storage/ProfileStore.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QTimer;

namespace huitou {

class OrdersTree;
class TagEditor;
class TimelineTree;
class Workspace;

// One customer at a glance while chatting with her: identity, figures,
// orders with their SKUs, tags, birthday, consent and notes. Every field is
// saved when it is committed (a tag or consent picked, the birthday or note
// left, another customer chosen, the window closed), through the undo stack,
// and says so.
class ProfilePane : public QWidget
{
    Q_OBJECT
public:
    explicit ProfilePane(Workspace *workspace, QWidget *parent = nullptr);
    void showCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Saves whatever was typed and not yet saved. Returns false when the
    // birthday is not a valid date (the other fields are saved regardless).
    bool commitProfile();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void reload();
    void addNote();
    void logReason();
    void revealPhone();
    void reloadTimeline();
    void showSaved(const QString &what);

    QPointer<Workspace> m_workspace; // gone first when the window is destroyed
    qint64 m_customerId = 0;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_contact = nullptr;
    QHash<QString, QLabel *> m_figures;
    TagEditor *m_tags = nullptr;
    QLineEdit *m_birthday = nullptr;
    QComboBox *m_consent = nullptr;
    QPlainTextEdit *m_newNote = nullptr;
    bool m_addingNote = false;
    QLabel *m_saved = nullptr;
    QTimer *m_savedFade = nullptr;
    OrdersTree *m_orders = nullptr;
    TimelineTree *m_timeline = nullptr;
    QString m_fullPhone;
    QPushButton *m_reveal = nullptr;
    CustomerProfile m_loaded; // what the fields showed when loaded
    bool m_loading = false;
    bool m_edited = false; // the user typed since the last load or save
    bool m_committing = false;
};

} // namespace huitou
