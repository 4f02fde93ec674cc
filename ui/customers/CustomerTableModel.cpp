#include "CustomerTableModel.h"

#include "analytics/Money.h"
#include "common/Labels.h"
#include "format/Format.h"

#include <algorithm>

namespace huitou {

CustomerTableModel::CustomerTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(std::move(db))
{
}

void CustomerTableModel::setIds(std::vector<qint64> ids)
{
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    endResetModel();
}

qint64 CustomerTableModel::customerId(int row) const
{
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int CustomerTableModel::rowOf(qint64 customerId) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), customerId);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

void CustomerTableModel::refreshRows()
{
    m_pages.clear();
    if (!m_ids.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(CustomerColumn::Count);
}

const CustomerRow *CustomerTableModel::rowAt(int row) const
{
    const int page = row / kPage;
    QList<CustomerRow> *rows = m_pages.object(page);
    if (!rows) {
        const size_t begin = size_t(page) * kPage;
        const size_t end = std::min(m_ids.size(), begin + kPage);
        QString error;
        rows = new QList<CustomerRow>(CustomerListQuery(m_db).rows(std::vector<qint64>(m_ids.begin() + qsizetype(begin),
                                                                                       m_ids.begin() + qsizetype(end)),
                                                                   &error));
        m_pages.insert(page, rows);
    }
    const int offset = row % kPage;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == Qt::TextAlignmentRole) {
        switch (CustomerColumn(index.column())) {
        case CustomerColumn::Frequency:
        case CustomerColumn::Monetary:
        case CustomerColumn::Recency: return int(Qt::AlignRight | Qt::AlignVCenter);
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const CustomerRow *r = rowAt(index.row());
    if (!r)
        return {};
    switch (CustomerColumn(index.column())) {
    case CustomerColumn::Nick: return r->nick;
    case CustomerColumn::Name: return r->name;
    case CustomerColumn::Phone: return labels::maskedPhone(r->phone);
    case CustomerColumn::Province: return r->province;
    case CustomerColumn::Frequency: return r->hasMetrics ? QVariant(r->frequency) : QVariant();
    case CustomerColumn::Monetary: return r->hasMetrics ? QVariant(format::amount(r->monetaryFen)) : QVariant();
    case CustomerColumn::LastPurchase: return r->lastPurchase;
    case CustomerColumn::Recency: return r->recency >= 0 ? QVariant(r->recency) : QVariant();
    case CustomerColumn::Stage: return labels::stage(r->stage);
    case CustomerColumn::Type: return labels::type(r->type);
    case CustomerColumn::Tier: return labels::tier(r->tier);
    case CustomerColumn::Segment: return labels::segment(r->segment);
    case CustomerColumn::Tags: return r->tags;
    default: return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (CustomerColumn(section)) {
    case CustomerColumn::Nick: return tr("Buyer nick");
    case CustomerColumn::Name: return tr("Name");
    case CustomerColumn::Phone: return tr("Phone");
    case CustomerColumn::Province: return tr("Province");
    case CustomerColumn::Frequency: return tr("F");
    case CustomerColumn::Monetary: return tr("M (¥)");
    case CustomerColumn::LastPurchase: return tr("Last purchase");
    case CustomerColumn::Recency: return tr("R (days)");
    case CustomerColumn::Stage: return tr("Stage");
    case CustomerColumn::Type: return tr("Type");
    case CustomerColumn::Tier: return tr("Tier");
    case CustomerColumn::Segment: return tr("RFM segment");
    case CustomerColumn::Tags: return tr("Tags");
    default: return {};
    }
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < int(CustomerColumn::Tags))
        emit sortRequested(CustomerColumn(column), order == Qt::AscendingOrder);
}

} // namespace huitou
