#pragma once

#include "storage/TagStore.h"

#include <QGroupBox>
#include <QPointer>

class QFormLayout;

namespace huitou {

class Workspace;

// The profile's tags: one editor per tag group of the shop's taxonomy (a
// combo for single-value groups, a menu of ticks for multi-value ones), with
// the automatic tags shown where staff have set none. Each change is saved at
// once through the undo stack.
class TagEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit TagEditor(Workspace *workspace, QWidget *parent = nullptr);
    // Shows the customer's tags; while one of the menus is open the rebuild
    // waits until it closes, so ticking is not interrupted.
    void showCustomer(qint64 customerId);

signals:
    void saved(const QString &what);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void addSingleValueEditor(const TagGroup &group, const QStringList &manual, const QString &autoText);
    void addMultiValueEditor(const TagGroup &group, const QStringList &manual, const QString &autoText);
    void setValues(const QString &group, const QStringList &values);
    QWidget *editorOf(QWidget *child) const;

    QPointer<Workspace> m_workspace;
    qint64 m_customerId = 0;
    QFormLayout *m_form = nullptr;
    QStringList m_shown; // what the editors were built from
    bool m_rebuilding = false;
    bool m_stale = false; // rebuild once the open tag menu closes
};

} // namespace huitou
