#pragma once

#include "storage/ReasonStore.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace huitou {

class Workspace;

// Logs a complaint, return or below-5-star review against the taxonomy,
// optionally tied to one of the customer's orders and one of its item lines.
class LogReasonDialog : public QDialog
{
    Q_OBJECT
public:
    LogReasonDialog(Workspace *workspace, qint64 customerId, QWidget *parent = nullptr);
    ReasonEntry entry() const;

private:
    void fillItems();

    Workspace *m_workspace;
    qint64 m_customerId;
    QComboBox *m_kind, *m_reason, *m_order, *m_item;
    QLineEdit *m_text;
    QDateEdit *m_day;
};

} // namespace huitou
