#include "LogReasonDialog.h"

#include "analytics/AnalyticsService.h"
#include "app/Workspace.h"
#include "feedback/ReasonReports.h"
#include "format/Format.h"
#include "storage/CustomerListQuery.h"
#include "storage/TaxonomyStore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace huitou {

LogReasonDialog::LogReasonDialog(Workspace *workspace, qint64 customerId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_customerId(customerId)
{
    setObjectName(QStringLiteral("logReasonDialog"));
    setWindowTitle(tr("Log a complaint, return or review"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reasonKind"));
    for (const char *k : {"complaint", "return", "review"})
        m_kind->addItem(ReasonReports::kindName(QString::fromLatin1(k)), QString::fromLatin1(k));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCode"));
    // No reason is chosen for her: a preselected first reason was saved unread.
    m_reason->addItem(tr("(choose a reason)"), QString());
    const Taxonomy taxonomy = TaxonomyStore(workspace->db()).load();
    for (const Reason &r : taxonomy.activeReasons())
        m_reason->addItem(QStringLiteral("%1 · %2").arg(taxonomy.categoryDisplayName(r.category),
                                                        taxonomy.displayName(r.code)),
                          r.code);
    m_order = new QComboBox(this);
    m_order->setObjectName(QStringLiteral("reasonOrder"));
    m_order->addItem(tr("(no order)"), QString());
    // Newest first, with the amount, so the order she means is told apart; the newest is
    // the usual subject of a complaint and comes selected.
    for (const OrderSummary &o : CustomerListQuery(workspace->db()).orders(customerId))
        m_order->addItem(QStringLiteral("%1 · %2 · %3").arg(o.paidAt.left(10), format::money(o.paidFen), o.orderNo),
                         o.orderNo);
    if (m_order->count() > 1)
        m_order->setCurrentIndex(1);
    m_item = new QComboBox(this);
    m_item->setObjectName(QStringLiteral("reasonItem"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("reasonText"));
    m_text->setPlaceholderText(tr("What the customer said"));
    m_day = new QDateEdit(AnalyticsService::today(), this);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setCalendarPopup(true);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Reason"), m_reason);
    form->addRow(tr("Order"), m_order);
    form->addRow(tr("Item"), m_item);
    form->addRow(tr("Text"), m_text);
    form->addRow(tr("Day"), m_day);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, QOverload<int>::of(&QComboBox::currentIndexChanged), this,
            [this, ok] { ok->setEnabled(!m_reason->currentData().toString().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_order, QOverload<int>::of(&QComboBox::currentIndexChanged), this, &LogReasonDialog::fillItems);
    fillItems();
}

void LogReasonDialog::fillItems()
{
    m_item->clear();
    m_item->addItem(tr("(whole order)"), 0);
    const QString orderNo = m_order->currentData().toString();
    if (orderNo.isEmpty())
        return;
    ReasonStore store(m_workspace->db());
    QString error;
    const qint64 orderId = store.orderOfCustomer(m_customerId, orderNo, &error);
    for (const auto &[id, title] : store.itemsOfOrder(orderId))
        m_item->addItem(title, id);
}

ReasonEntry LogReasonDialog::entry() const
{
    ReasonEntry e;
    e.customerId = m_customerId;
    e.kind = m_kind->currentData().toString();
    e.reasonCode = m_reason->currentData().toString();
    e.text = m_text->text().trimmed();
    e.loggedDay = m_day->date();
    const QString orderNo = m_order->currentData().toString();
    if (!orderNo.isEmpty()) {
        QString error;
        e.orderId = ReasonStore(m_workspace->db()).orderOfCustomer(m_customerId, orderNo, &error);
        e.itemId = m_item->currentData().toLongLong();
    }
    return e;
}

} // namespace huitou
