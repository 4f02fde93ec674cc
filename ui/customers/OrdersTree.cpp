#include "OrdersTree.h"

#include "format/Format.h"

#include <QHeaderView>
#include <QLocale>

namespace huitou {

OrdersTree::OrdersTree(QWidget *parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("ordersTree"));
    setAccessibleName(tr("Her orders"));
    // Three columns fit the pane; the payment time and order number share the first, whole.
    setHeaderLabels({tr("Paid at · order / status, items"), tr("Amount (¥)"), tr("Refund (¥)")});
    setTextElideMode(Qt::ElideNone);
    setMinimumHeight(220);
    setWordWrap(true);
    setUniformRowHeights(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 3; ++c)
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void OrdersTree::showOrders(const QList<OrderSummary> &orders)
{
    // A reload that changes nothing (a change elsewhere in the store) keeps
    // the list as it is: scrolled, expanded and selected where staff left it.
    QStringList shown;
    for (const OrderSummary &o : orders) {
        shown << o.orderNo + QLatin1Char('|') + o.status + QLatin1Char('|') + o.paidAt + QLatin1Char('|')
                + QString::number(o.paidFen) + QLatin1Char('|') + QString::number(o.refundFen)
                + QLatin1Char(o.valid ? '1' : '0');
        for (const OrderLine &line : o.lines)
            shown << line.title + QLatin1Char('|') + line.sku + QLatin1Char('|') + QString::number(line.quantity)
                    + QLatin1Char('|') + QString::number(line.priceFen);
    }
    if (shown == m_shown && topLevelItemCount() == orders.size())
        return;
    m_shown = shown;
    clear();
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const OrderSummary &o : orders) {
        const QString head = o.paidAt + QLatin1Char('\n') + o.orderNo;
        auto *item = new QTreeWidgetItem(this,
                                         {head, format::amount(o.paidFen),
                                          o.refundFen ? format::amount(o.refundFen) : QString()});
        item->setToolTip(0, head);
        if (!o.valid) {
            for (int c = 0; c < 3; ++c)
                item->setForeground(c, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(0, head + QLatin1Char('\n') + tr("Not a valid order: not counted in the figures"));
        }
        if (!o.status.isEmpty()) {
            // The status on a line of its own: long ones ("买家已付款，等待卖家发货") wrap there.
            auto *status = new QTreeWidgetItem(item, {o.status});
            status->setToolTip(0, o.status);
            status->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        }
        for (const OrderLine &line : o.lines) {
            // "颜色分类:雾霾蓝;尺码:S" → "颜色分类：雾霾蓝；尺码：S" / "颜色分类: 雾霾蓝; 尺码: S"
            QString sku = line.sku;
            sku.replace(QLatin1Char(':'), chinese ? QStringLiteral("：") : QStringLiteral(": "));
            sku.replace(QLatin1Char(';'), chinese ? QStringLiteral("；") : QStringLiteral("; "));
            const QString title = tr("%1 × %2", "item title × quantity").arg(line.title).arg(line.quantity);
            const QString text = sku.isEmpty() ? title : title + QLatin1Char('\n') + sku;
            auto *child = new QTreeWidgetItem(item, {text, format::amount(line.priceFen)});
            child->setToolTip(0, text);
        }
        item->setExpanded(topLevelItemCount() <= 5);
    }
}

} // namespace huitou
